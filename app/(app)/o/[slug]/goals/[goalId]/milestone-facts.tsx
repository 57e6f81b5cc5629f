"use client";

import { cx } from "@/app/_components/cx";
import { formatDate, formatDayIn } from "@/app/_components/format";
import { shortDate } from "@/app/_components/format";
import { daysFromToday, todayIn } from "@/app/_components/goals/dates";
import { Icon } from "@/app/_components/goals/icons";
import { milestoneAnchor } from "@/app/_components/goals/milestone-anchor";
import type { MilestoneData } from "@/app/_components/goals/milestone-row-fields";
import { slackText } from "./critical-path-text";
import { formatWeight, plural } from "./goal-labels";

/** "in 3 days" / "due today" / "5 days late": wording only; whether it is missed is the server's `isMissed`. */
function dueHint(m: MilestoneData, timeZone: string): { text: string; tone: "late" | "soon" | "normal" } | null {
  if (m.status === "DONE") return null;
  const days = daysFromToday(m.dueDate, timeZone);
  if (m.isMissed) return { text: `${plural(Math.max(1, -days), "day")} late`, tone: "late" };
  if (days <= 0) return { text: "due today", tone: "soon" };
  if (days === 1) return { text: "due tomorrow", tone: "soon" };
  if (days <= 7) return { text: `in ${plural(days, "day")}`, tone: "soon" };
  if (days <= 60) return { text: `in ${plural(days, "day")}`, tone: "normal" };
  return null;
}

/** A milestone at a glance: due date (and any slip), slack, then what it waits for (its people: MilestonePeople). */
export function MilestoneFacts({ milestone: m, timeZone }: { milestone: MilestoneData; timeZone: string }) {
  const done = m.status === "DONE";
  const missed = m.effectiveStatus === "MISSED";
  const hint = dueHint(m, timeZone);
  const slipped = m.slipCount > 0 || m.baselineDueDate !== m.dueDate;
  const planned = !done && m.latestStart != null && m.slackDays != null && m.durationDays != null;

  return (
    <div className="space-y-1.5 text-sm">
      <p className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <span className={cx("inline-flex items-center gap-1.5", missed ? "text-red-700" : "text-slate-600")}>
          <Icon name="calendar" className={cx("size-4 shrink-0", missed ? "text-red-500" : "text-slate-400")} />
          <span>
            Due <time dateTime={m.dueDate}>{formatDate(m.dueDate)}</time>
            {slipped ? (
              <span
                className="text-amber-800"
                title={`First planned for ${formatDate(m.baselineDueDate)}${
                  m.slipCount > 0 ? `; moved later ${plural(m.slipCount, "time")} (${m.slipDays > 0 ? "+" : ""}${plural(m.slipDays, "day")} in all)` : ""
                }.`}
              >
                {" "}
                · was {shortDate(m.baselineDueDate, m.dueDate)}
                {m.slipCount > 0 ? ` · slipped ${m.slipCount}×` : ""}
              </span>
            ) : null}
            {hint ? (
              <span
                className={cx(
                  hint.tone === "late" && "font-medium text-red-700",
                  hint.tone === "soon" && "font-medium text-amber-700",
                  hint.tone === "normal" && "text-slate-500",
                )}
              >
                {" "}
                · {hint.text}
              </span>
            ) : null}
          </span>
        </span>
        {done && m.completedAt ? <span className="text-slate-500">Completed {formatDayIn(m.completedAt, timeZone)}</span> : null}
        {planned ? <PlanFact milestone={m} timeZone={timeZone} /> : null}
        {m.durationDays != null ? <span className="text-slate-500">Est. {plural(m.durationDays, "day")}</span> : null}
        {m.weight !== 1 ? <span className="text-slate-500 tabular-nums">Weight {formatWeight(m.weight)}</span> : null}
        {m.skills.length ? (
          <span className="inline-flex flex-wrap gap-1">
            <span className="sr-only">Skills:</span>
            {m.skills.map((s) => (
              <span key={s} className="rounded bg-slate-100 px-1.5 text-xs text-slate-600" dir="auto">
                {s}
              </span>
            ))}
          </span>
        ) : null}
      </p>

      {m.dependsOn.length > 0 ? (
        <p className="flex flex-wrap items-center gap-x-1.5 gap-y-1 text-slate-600">
          <span className="text-slate-500">After:</span>{" "}
          {m.dependsOn.map((d, i) => (
            <span key={d.id}>
              <a
                href={`#${milestoneAnchor(d.id)}`}
                className="font-medium text-indigo-700 underline decoration-indigo-200 underline-offset-2 hover:decoration-indigo-500"
              >
                {d.title}
              </a>
              {i < m.dependsOn.length - 1 ? ", " : ""}
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}

/** Backward planning: when a planned milestone must start, and how much slack it has. */
function PlanFact({ milestone: m, timeZone }: { milestone: MilestoneData; timeZone: string }) {
  if (m.status === "PLANNED") {
    return (
      <span className={cx("inline-flex items-center gap-1.5", m.startAtRisk ? "font-medium text-amber-800" : "text-slate-600")}>
        <Icon name="clock" className={cx("size-4 shrink-0", m.startAtRisk ? "text-amber-500" : "text-slate-400")} />
        Start by <time dateTime={m.latestStart!}>{shortDate(m.latestStart!, todayIn(timeZone))}</time> · {slackText(m.slackDays!)}
      </span>
    );
  }
  return (
    <span className="inline-flex items-center gap-1.5 text-slate-600">
      <Icon name="clock" className="size-4 shrink-0 text-slate-400" />
      {slackText(m.slackDays!)}
    </span>
  );
}
