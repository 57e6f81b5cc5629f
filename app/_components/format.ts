import { format, formatDistanceToNowStrict, parseISO } from "date-fns";

/** "2026-03-31" or an ISO timestamp -> "31 Mar 2026". */
export function formatDate(value: string | null | undefined): string {
  if (!value) return "—";
  return format(parseISO(value), "d MMM yyyy");
}

/** An ISO timestamp -> "31 Mar 2026, 14:05" in the reader's local time. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return "—";
  return format(parseISO(value), "d MMM yyyy, HH:mm");
}

/** An ISO timestamp -> "3 days ago" / "in 2 hours". */
export function formatRelative(value: string | null | undefined): string {
  if (!value) return "—";
  const date = parseISO(value);
  if (Math.abs(Date.now() - date.getTime()) < 60_000) return "just now";
  return formatDistanceToNowStrict(date, { addSuffix: true });
}
