// Mentions and links in a comment's body (issue #10 §3). A mention is stored as a token that keeps
// the person's id — `@[Dana Lee](user:ck1…)` — so renaming them never breaks it: the label is only
// what the author saw, the UI shows the person's current name. Pure: the composer, the renderer and
// the server (who to notify) all read a body through `tokenizeComment`.

export type CommentToken =
  | { kind: "text"; text: string }
  | { kind: "mention"; userId: string; label: string }
  | { kind: "link"; href: string; text: string };

// A label is what the author picked from the list: no brackets or line breaks (see `mentionToken`).
// Ids are cuids; the class is wider so a test factory's ids parse too, and bounded.
const MENTION = String.raw`@\[([^\[\]\n]{1,100})\]\(user:([A-Za-z0-9_-]{1,64})\)`;
// A URL runs to the next space or angle bracket or quote; trailing punctuation is trimmed below.
const LINK = String.raw`\bhttps?:\/\/[^\s<>"'\u0060]+`;
const TOKENS = new RegExp(`${MENTION}|${LINK}`, "gi");

// "See https://x.test/a." — the full stop ends the sentence, not the URL. A closing parenthesis
// stays only when the URL opened one (Wikipedia's "Foo_(bar)").
const TRAILING = /[.,;:!?*'"]+$/;

function trimLink(url: string): string {
  let end = url.replace(TRAILING, "");
  while (end.endsWith(")") && (end.match(/\(/g)?.length ?? 0) < (end.match(/\)/g)?.length ?? 0)) {
    end = end.slice(0, -1).replace(TRAILING, "");
  }
  return end;
}

/** The link's address when it is a well-formed http(s) URL, else null (it stays text). */
function safeHref(text: string): string | null {
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** A comment body as text, mentions and links, in order; adjacent text is merged. */
export function tokenizeComment(body: string): CommentToken[] {
  const tokens: CommentToken[] = [];
  const text = (value: string) => {
    if (!value) return;
    const last = tokens.at(-1);
    if (last?.kind === "text") last.text += value;
    else tokens.push({ kind: "text", text: value });
  };
  let at = 0;
  for (const match of body.matchAll(TOKENS)) {
    const start = match.index;
    if (match[1] !== undefined) {
      text(body.slice(at, start));
      tokens.push({ kind: "mention", label: match[1], userId: match[2]! });
      at = start + match[0].length;
      continue;
    }
    const url = trimLink(match[0]);
    const href = safeHref(url);
    text(body.slice(at, start));
    if (href) tokens.push({ kind: "link", href, text: url });
    else text(url);
    at = start + url.length;
  }
  text(body.slice(at));
  return tokens;
}

/** Who a body mentions: distinct user ids, in order of first mention. */
export function mentionedUserIds(body: string): string[] {
  const ids = new Set<string>();
  for (const token of tokenizeComment(body)) if (token.kind === "mention") ids.add(token.userId);
  return [...ids];
}

/** The label a token keeps: the name as written, without what would end the token early. */
const labelOf = (name: string) => name.replace(/[\[\]\n\r]+/g, " ").trim().slice(0, 100) || "someone";

/** The stored form of a mention. */
export const mentionToken = (user: { id: string; name: string }) => `@[${labelOf(user.name)}](user:${user.id})`;

/**
 * The body to send, from what the composer shows: each `@Name` the author picked from the list
 * becomes a mention token. Only picked people are encoded (typing "@Dana" by hand stays text), and
 * a name that was edited away after being picked is simply not found. Longest names first, so
 * "@Dana Lee" wins over a picked "@Dana".
 */
export function encodeMentions(text: string, picked: readonly { id: string; name: string }[]): string {
  const people = [...new Map(picked.map((p) => [p.id, p] as const)).values()].sort((a, b) => b.name.length - a.name.length);
  if (people.length === 0) return text;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // A name counts only as a whole word: "@Dana" in "@Danaë" is not Dana.
  const pattern = new RegExp(`@(${people.map((p) => escape(p.name)).join("|")})(?![\\p{L}\\p{N}_])`, "gu");
  const byName = new Map(people.map((p) => [p.name, p] as const));
  // Already-encoded tokens are kept as they are (a retried send encodes once). Splitting on a
  // pattern with three groups gives text, token, label, id, text, …: encode only the text parts.
  return text
    .split(new RegExp(`(${MENTION})`, "g"))
    .map((part, i) => (i % 4 === 0 ? part.replace(pattern, (_m, name: string) => mentionToken(byName.get(name)!)) : i % 4 === 1 ? part : ""))
    .join("");
}

/**
 * While typing: the "@query" just before the caret, when it opens a mention — at the start or after
 * a space or an opening bracket, at most 40 characters, no line break. Null when the caret is not in one.
 */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = /(^|[\s(\[{"'])@([^\s@\[\]()]{0,40}(?: [^\s@\[\]()]{1,40})?)$/u.exec(before);
  if (!match) return null;
  return { start: caret - match[2]!.length - 1, query: match[2]! };
}

/** Picking a person: the "@query" from `start` to the caret becomes "@Name ", the caret after it. */
export function insertMention(text: string, start: number, caret: number, name: string): { text: string; caret: number } {
  const inserted = `@${name} `;
  const after = text.slice(caret).replace(/^ /, "");
  return { text: text.slice(0, start) + inserted + after, caret: start + inserted.length };
}

/**
 * A body as plain text, mentions as "@Label" (the name when it was written): for excerpts and
 * notification texts, where a person's current name is not at hand and a raw token would show.
 */
export const commentPlainText = (body: string) =>
  tokenizeComment(body)
    .map((token) => (token.kind === "mention" ? `@${token.label}` : token.text))
    .join("");

/**
 * The people offered for an "@query": those whose name, or one of its words, starts with it
 * (ignoring case), in the order given, at most `limit`.
 */
export function matchPeople<P extends { name: string }>(people: readonly P[], query: string, limit = 6): P[] {
  const q = query.trim().toLocaleLowerCase();
  return people
    .filter(({ name }) => {
      const lower = name.toLocaleLowerCase();
      return lower.startsWith(q) || lower.split(/\s+/).some((word) => word.startsWith(q));
    })
    .slice(0, limit);
}
