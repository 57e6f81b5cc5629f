"use client";

import { format, parseISO, subDays } from "date-fns";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import { Avatar } from "@/app/_components/Avatar";
import { Button, ButtonLink } from "@/app/_components/Button";
import { Card } from "@/app/_components/Card";
import { cx } from "@/app/_components/cx";
import { EmptyState } from "@/app/_components/EmptyState";
import { formatDateTime, formatRelative, formatWeekdayDate } from "@/app/_components/format";
import { LoadMore } from "@/app/_components/LoadMore";
import { PageHeader } from "@/app/_components/PageHeader";
import { SkeletonList } from "@/app/_components/Skeleton";
import { useLoadMore } from "@/app/_components/use-load-more";
import type { ResultOf, VariablesOf } from "@/graphql/client/graphql";
import { Icon } from "@/app/_components/goals/icons";
import { goalHref, goalsHref, newGoalHref } from "@/app/_components/goals/paths";
import { LoadError } from "@/app/_components/LoadError";
import { Separated } from "@/app/_components/separated";
import { dayIn, todayIn } from "@/app/_components/goals/dates";
import { type Seed, useSeededQuery } from "@/app/_components/use-seeded-query";
import { activityVariables, OrgActivityQuery } from "./operations";

type ActivityData = ResultOf<typeof OrgActivityQuery>;
type Entry = ActivityData["organization"]["activity"]["edges"][number]["node"];

/**
 * "Today", "Yesterday" or the day in the viewer's locale ("Tue, Mar 3, 2026" / "Tue, 3 Mar 2026"),
 * in the organization's time zone: the day its due dates are read in, and the same on the server and
 * in the browser, so the first view hydrates as rendered.
 */
function dayLabel(iso: string, timeZone: string): string {
  const day = dayIn(timeZone, iso);
  const today = todayIn(timeZone);
  if (day === today) return "Today";
  if (day === format(subDays(parseISO(today), 1), "yyyy-MM-dd")) return "Yesterday";
  return formatWeekdayDate(day);
}

type ActivitySeed = Seed<ResultOf<typeof OrgActivityQuery>, VariablesOf<typeof OrgActivityQuery>>;

export function ActivityFeed({ slug, initial }: { slug: string; initial?: ActivitySeed }) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  // Kept in the URL so the filter survives a reload and "Back".
  const winsInUrl = searchParams.get("wins") === "1";
  const [winsOnly, setWinsOnly] = useState(winsInUrl);
  useEffect(() => setWinsOnly(winsInUrl), [winsInUrl]);

  const query = useSeededQuery(OrgActivityQuery, activityVariables(slug, winsOnly), initial);
  const { data, loading, error, refetch } = query;
  const more = useLoadMore(query, {
    connection: (data) => data.organization.activity,
    withConnection: (data, activity) => ({ ...data, organization: { ...data.organization, activity } }),
  });
  const org = data?.organization;
  const entries = useMemo(() => org?.activity.edges.map((e) => e.node) ?? [], [org]);
  const timeZone = org?.timeZone ?? "UTC";
  const groups = useMemo(() => {
    const out: { day: string; entries: Entry[] }[] = [];
    for (const entry of entries) {
      const day = dayLabel(entry.createdAt, timeZone);
      const last = out[out.length - 1];
      if (last && last.day === day) last.entries.push(entry);
      else out.push({ day, entries: [entry] });
    }
    return out;
  }, [entries, timeZone]);

  function toggleWins(next: boolean) {
    setWinsOnly(next);
    const params = new URLSearchParams(searchParams.toString());
    if (next) params.set("wins", "1");
    else params.delete("wins");
    const qs = params.toString();
    router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
  }

  const total = org?.activity.totalCount ?? 0;
  const canEdit = !!org?.viewerCan.editGoals;

  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title="Activity"
        description={
          org
            ? `Who did what in ${org.name}, newest first: goals set, milestones done, check-ins and more.`
            : "Who did what, newest first: goals set, milestones done, check-ins and more."
        }
      />

      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-500" aria-live="polite">
          {org ? (
            <>
              <span className="font-medium text-slate-700 tabular-nums">{total}</span>{" "}
              {winsOnly ? (total === 1 ? "win" : "wins") : total === 1 ? "event" : "events"}
            </>
          ) : (
            "\u00a0"
          )}
        </p>
        <WinsToggle checked={winsOnly} onChange={toggleWins} />
      </div>

      {error && !data ? (
        <LoadError title="Couldn't load activity" error={error} onRetry={refetch} />
      ) : !org && loading ? (
        <SkeletonList rows={5} label="Loading activity…" />
      ) : org && entries.length === 0 ? (
        winsOnly ? (
          <EmptyState
            icon={
              <span aria-hidden className="text-2xl">
                🎉
              </span>
            }
            title="No wins yet"
            description="Completing a milestone or achieving a goal is a win, and it will be celebrated here."
            action={<Button onClick={() => toggleWins(false)}>Show all activity</Button>}
          />
        ) : (
          <EmptyState
            icon={<Icon name="clock" className="size-6" />}
            title="Nothing has happened yet"
            description="When people set goals, complete milestones and check in, it shows up here."
            action={
              canEdit ? (
                <ButtonLink href={newGoalHref(slug)} variant="primary" icon={<Icon name="plus" />}>
                  New goal
                </ButtonLink>
              ) : (
                <ButtonLink href={goalsHref(slug)}>Go to goals</ButtonLink>
              )
            }
          />
        )
      ) : org ? (
        <>
          <Card padded={false}>
            {groups.map((group, i) => (
              <section key={`${group.day}-${i}`} aria-labelledby={`activity-day-${i}`}>
                <h2
                  id={`activity-day-${i}`}
                  className={cx(
                    "bg-slate-50/80 px-5 py-2 text-xs font-semibold tracking-wide text-slate-500 uppercase sm:px-6",
                    i === 0 ? "rounded-t-xl" : "border-t border-slate-100",
                  )}
                >
                  {group.day}
                </h2>
                <ol>
                  {group.entries.map((entry) => (
                    <ActivityItem key={entry.id} entry={entry} slug={slug} />
                  ))}
                </ol>
              </section>
            ))}
          </Card>
          <LoadMore
            hasMore={org.activity.pageInfo.hasNextPage}
            loading={more.loadingMore}
            error={more.error}
            onLoadMore={more.loadMore}
            shown={entries.length}
            total={total}
          />
        </>
      ) : null}
    </div>
  );
}

function ActivityItem({ entry, slug }: { entry: Entry; slug: string }) {
  // No actor: Waymark noticed it on its own (a missed milestone).
  const name = entry.actor?.name ?? "Waymark";
  // The sentence starts with the actor's name: set it in bold.
  const rest = entry.summary.startsWith(name) ? entry.summary.slice(name.length) : null;
  return (
    <li
      className={cx(
        "flex gap-3 border-t border-slate-100 px-5 py-4 sm:gap-4 sm:px-6",
        entry.isWin && "border-l-4 border-l-indigo-500 bg-indigo-50/50 pl-4 sm:pl-5",
      )}
    >
      <div className="relative h-fit shrink-0">
        <Avatar name={name} size="sm" decorative />
        {entry.isWin ? (
          <span aria-hidden className="absolute -right-1.5 -bottom-1.5 text-sm leading-none">
            🎉
          </span>
        ) : null}
      </div>
      <div className="min-w-0 flex-1">
        <p className="text-sm text-pretty text-slate-700">
          {rest !== null ? (
            <>
              <span className="font-semibold text-slate-900">{name}</span>
              {rest}
            </>
          ) : (
            entry.summary
          )}
        </p>
        <p className="mt-1 flex items-center gap-x-2 text-xs text-slate-500">
          {entry.isWin ? (
            // On phones the "Win" label sits here rather than in its own column.
            <span className="shrink-0 rounded-full bg-indigo-100 px-1.5 font-semibold text-indigo-700 sm:hidden">
              <span aria-hidden>🎉 </span>Win
            </span>
          ) : null}
          {/* A long goal title wraps under the time without leaving the "·" at the line's end. */}
          <span className="min-w-0 flex-1">
            <Separated>
              <time dateTime={entry.createdAt} title={formatDateTime(entry.createdAt)}>
                {formatRelative(entry.createdAt)}
              </time>
              {entry.goal ? (
                <Link
                  href={goalHref(slug, entry.goal.id)}
                  className="inline-flex min-w-0 items-center gap-1 rounded font-medium text-slate-600 hover:text-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
                >
                  <Icon name="flag" className="size-3 shrink-0 text-slate-400" />
                  <span className="truncate">{entry.goal.title}</span>
                </Link>
              ) : null}
            </Separated>
          </span>
        </p>
      </div>
      {entry.isWin ? (
        <span className="hidden h-fit shrink-0 rounded-full bg-indigo-100 px-2 py-0.5 text-xs font-semibold text-indigo-700 sm:inline">
          <span aria-hidden>🎉 </span>Win
        </span>
      ) : null}
    </li>
  );
}

/** A switch-styled native checkbox, like "Show archived" on the goals list. */
function WinsToggle({ checked, onChange }: { checked: boolean; onChange: (next: boolean) => void }) {
  return (
    <label className="inline-flex cursor-pointer items-center gap-2.5 text-sm font-medium text-slate-700 select-none">
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        className={cx(
          "relative h-5 w-9 shrink-0 cursor-pointer appearance-none rounded-full bg-slate-300 transition-colors hover:bg-slate-400",
          "checked:bg-indigo-600 checked:hover:bg-indigo-500",
          "before:absolute before:top-0.5 before:left-0.5 before:size-4 before:rounded-full before:bg-white before:shadow-sm before:transition-transform before:content-['']",
          "checked:before:translate-x-4",
          "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600",
        )}
      />
      Wins only
    </label>
  );
}
