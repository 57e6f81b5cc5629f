// The viewer's locale, from the request's Accept-Language header: the first tag (by q-value, then
// order) that this runtime can format dates in. Pure, so it is unit-tested without a request.

/** The locale when the request names none we can use. */
export const DEFAULT_LOCALE = "en-US";

// A header is a few dozen characters; a hostile one could be megabytes. Only the start matters.
const MAX_HEADER = 512;

/** "en-GB,en;q=0.9,de;q=0.8" -> "en-GB"; nothing usable -> "en-US". */
export function pickLocale(acceptLanguage: string | null | undefined): string {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .slice(0, MAX_HEADER)
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.tag && entry.tag !== "*" && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranked) {
    const locale = usableLocale(tag);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}

/** The canonical form of `tag` when dates can be formatted in it ("en-gb" -> "en-GB"), else null. */
export function usableLocale(tag: string | null | undefined): string | null {
  if (!tag) return null;
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical && Intl.DateTimeFormat.supportedLocalesOf(canonical).length > 0 ? canonical : null;
  } catch {
    return null; // not a well-formed language tag
  }
}

/**
 * The `lang` of the page: the UI's words are English, so a screen reader must read them as English
 * even when dates follow, say, de-DE. An English locale keeps its region ("en-GB").
 */
export function documentLang(locale: string): string {
  return /^en(-|$)/i.test(locale) ? locale : "en";
}
