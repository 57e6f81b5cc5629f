import { Badge } from "@/app/_components/Badge";
import { HealthBadge } from "@/app/_components/HealthBadge";
import { formatDate } from "@/app/_components/format";
import { MilestoneStateBadge } from "@/app/_components/MilestoneStateBadge";
import { OutcomeBadge } from "@/app/_components/goals/health";
import { PaceProgressBar } from "@/app/_components/PaceProgressBar";
import { SharedApproval } from "./shared-approval";
import type { SharedGoalData } from "./shared-view";

const number = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });
const withUnit = (value: number, unit: string | null) => `${number.format(value)}${unit ? ` ${unit}` : ""}`;

const section = "rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6 print:break-inside-avoid print:rounded-none print:border-0 print:border-t print:p-0 print:pt-4 print:shadow-none";
const sectionTitle = "text-base font-semibold text-slate-900";

/** One goal as a stakeholder sees it: where it stands, the plan, and what the owner last said. */
export function SharedGoalView({ goal, organizationName }: { goal: SharedGoalData; organizationName: string | null }) {
  const isMetric = goal.kind === "METRIC" && goal.targetValue !== null;
  return (
    <article className="space-y-6 print:space-y-5">
      <header>
        <p className="text-sm font-medium text-indigo-700 print:text-slate-600">{organizationName} · Goal</p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl">{goal.title}</h1>
        <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-600">
          <div className="flex gap-1.5">
            <dt className="text-slate-500">Owner</dt>
            <dd className="font-medium text-slate-800">{goal.ownerName}</dd>
          </div>
          <div className="flex gap-1.5">
            <dt className="text-slate-500">Dates</dt>
            <dd className="font-medium text-slate-800">
              {formatDate(goal.startDate)} → {formatDate(goal.targetDate)}
            </dd>
          </div>
        </dl>
        {goal.description ? <p className="mt-4 max-w-prose whitespace-pre-line text-slate-700">{goal.description}</p> : null}
      </header>

      <section aria-labelledby="progress-heading" className={section}>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="progress-heading" className={sectionTitle}>
            Progress
          </h2>
          <div className="flex flex-wrap items-center gap-2">
            {goal.isClosed && goal.outcome ? (
              <OutcomeBadge outcome={goal.outcome} />
            ) : goal.health ? (
              <HealthBadge health={goal.health} size="md" title={goal.healthExplanation ?? undefined} />
            ) : null}
            {goal.confidence ? <HealthBadge health={goal.confidence} prefix="Owner says" /> : null}
          </div>
        </div>
        <PaceProgressBar
          className="mt-4"
          value={goal.progress}
          expected={goal.isClosed ? null : goal.expectedProgress}
          label={`Progress of ${goal.title}`}
          size="lg"
        />
        {isMetric ? (
          <p className="mt-3 text-sm text-slate-700">
            <span className="font-semibold text-slate-900">{withUnit(goal.currentValue ?? goal.startValue ?? 0, goal.unit)}</span>{" "}
            of {withUnit(goal.targetValue!, goal.unit)}
            {goal.startValue !== null ? <span className="text-slate-500"> (started at {number.format(goal.startValue)})</span> : null}
          </p>
        ) : null}
        <p className="mt-3 text-xs text-slate-500">
          <span className="font-medium text-slate-600">How it&apos;s computed:</span> {goal.progressFormula}
        </p>
        {goal.healthExplanation && !goal.isClosed ? <p className="mt-1 text-xs text-slate-500">{goal.healthExplanation}</p> : null}
      </section>

      <section aria-labelledby="milestones-heading" className={section}>
        <h2 id="milestones-heading" className={sectionTitle}>
          Milestones
        </h2>
        {goal.milestones.length === 0 ? (
          <p className="mt-3 text-sm text-slate-500">No milestones planned.</p>
        ) : (
          <ol className="mt-3 divide-y divide-slate-100">
            {goal.milestones.map((m, i) => {
              const slipped = m.baselineDueDate !== m.dueDate;
              return (
                <li key={i} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-3 print:break-inside-avoid">
                  <div className="min-w-0 flex-1">
                    <p className="font-medium text-slate-900">
                      {m.title}
                      {m.isCritical ? (
                        <Badge tone="indigo" className="ml-2 align-middle" title="On the critical path: no slack left">
                          Critical path
                        </Badge>
                      ) : null}
                    </p>
                    <p className="mt-0.5 text-sm text-slate-500">
                      Due {formatDate(m.dueDate)}
                      {slipped ? (
                        <span className="text-amber-700">
                          {" "}
                          · planned for {formatDate(m.baselineDueDate)}
                          {m.slipCount > 0 ? ` (moved ${m.slipCount === 1 ? "once" : `${m.slipCount} times`})` : ""}
                        </span>
                      ) : null}
                    </p>
                    {m.isApproval ? <SharedApproval milestone={m} /> : null}
                  </div>
                  <MilestoneStateBadge state={m.effectiveStatus} />
                </li>
              );
            })}
          </ol>
        )}
      </section>

      <section aria-labelledby="checkins-heading" className={section}>
        <h2 id="checkins-heading" className={sectionTitle}>
          Recent check-ins
        </h2>
        {goal.recentCheckIns.length === 0 ? (
          <p className="mt-3 text-sm text-slate-500">No check-ins yet.</p>
        ) : (
          <ul className="mt-3 space-y-4">
            {goal.recentCheckIns.map((c, i) => (
              <li key={i} className="border-l-2 border-slate-200 pl-4 print:break-inside-avoid">
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
                  <span className="font-medium text-slate-900">{c.authorName}</span>
                  <time dateTime={c.date} className="text-slate-500">
                    {formatDate(c.date)}
                  </time>
                  <HealthBadge health={c.confidence} />
                  {c.value !== null ? <span className="text-slate-600">Value: {withUnit(c.value, goal.unit)}</span> : null}
                </div>
                {c.note ? <p className="mt-1 text-sm whitespace-pre-line text-slate-700">{c.note}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
