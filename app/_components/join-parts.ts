// The text form of Separated (separated.tsx): only the present parts, a separator between them.

type Part = string | null | undefined | false;

/** The present parts joined by `separator`: ["Due 3 Mar", null, "late"] → "Due 3 Mar · late". */
export function joinParts(parts: readonly Part[], separator = " · "): string {
  return parts.filter((p): p is string => typeof p === "string" && p.trim() !== "").join(separator);
}
