"use client";

import Link from "next/link";
import { cx } from "@/app/_components/cx";
import { formatDateTimeIn, formatRelative } from "@/app/_components/format";
import { milestoneAnchor } from "@/app/_components/goals/milestone-anchor";
import { goalHref, orgHref } from "@/app/_components/goals/paths";
import { useHydrated } from "@/app/_components/use-hydrated";
import type { ResultOf } from "@/graphql/client/graphql";
import type { InboxQuery } from "./operations";

export type InboxEntryData = ResultOf<typeof InboxQuery>["viewer"]["notifications"]["edges"][number]["node"];

/** Where an entry leads: the milestone's row, the discussion for comments on the goal, else the goal. */
export function entryHref(latest: InboxEntryData["latest"]): string {
  const slug = latest.organization.slug;
  if (!latest.goal) return orgHref(slug);
  const goal = goalHref(slug, latest.goal.id);
  if (latest.milestone) return `${goal}#${milestoneAnchor(latest.milestone.id)}`;
  if (latest.kind === "COMMENTED" || latest.kind === "MENTIONED") return `${goal}?tab=discussion`;
  return goal;
}

/** One inbox entry: the newest notification's sentence, the others of its group under it. */
export function InboxEntry({ entry, onOpen, onMarkRead }: { entry: InboxEntryData; onOpen: () => void; onMarkRead: () => void }) {
  const hydrated = useHydrated();
  const { latest } = entry;
  const unread = entry.notifications.some((n) => !n.read);
  const others = entry.notifications.slice(1);
  // Relative once in the browser; a fixed UTC time in the server's HTML, so hydration matches.
  const when = hydrated ? formatRelative(latest.createdAt) : formatDateTimeIn(latest.createdAt, "UTC");

  return (
    <li className={cx("flex items-start gap-3 px-4 py-3 sm:px-5", unread ? "bg-indigo-50/60" : "bg-white")}>
      <span
        aria-hidden
        className={cx("mt-2 size-2 shrink-0 rounded-full", unread ? "bg-indigo-600" : "bg-transparent")}
      />
      <div className="min-w-0 flex-1">
        <Link
          href={entryHref(latest)}
          onClick={onOpen}
          className={cx(
            "rounded text-sm hover:underline",
            unread ? "font-semibold text-slate-900" : "font-medium text-slate-700",
          )}
        >
          {unread ? <span className="sr-only">Unread: </span> : null}
          <span dir="auto">{latest.summary}</span>
        </Link>
        {latest.excerpt ? (
          <p dir="auto" className="mt-1 line-clamp-2 border-l-2 border-slate-200 pl-2 text-sm text-slate-600">
            {latest.excerpt}
          </p>
        ) : null}
        {others.length > 0 ? (
          <ul aria-label={`${others.length} more in this update`} className="mt-1.5 space-y-0.5 text-sm text-slate-600">
            {others.slice(0, 3).map((n) => (
              <li key={n.id} dir="auto" className="line-clamp-2">
                {n.summary}
              </li>
            ))}
            {others.length > 3 ? <li className="text-slate-600">and {others.length - 3} more</li> : null}
          </ul>
        ) : null}
        <p className="mt-1 text-xs text-slate-600">
          {latest.organization.name} · <time dateTime={latest.createdAt}>{when}</time>
        </p>
      </div>
      {unread ? (
        <button
          type="button"
          onClick={onMarkRead}
          className="shrink-0 rounded-md px-2 py-1 text-xs font-medium text-indigo-700 hover:bg-indigo-100"
        >
          Mark read<span className="sr-only">: {latest.summary}</span>
        </button>
      ) : null}
    </li>
  );
}
