import { Badge } from "@/app/_components/Badge";
import { HealthBadge } from "@/app/_components/HealthBadge";
import { formatDate } from "@/app/_components/format";
import { PaceProgressBar } from "@/app/_components/PaceProgressBar";
import type { SharedGoalData, SharedViewData } from "./shared-view";

const tiles = [
  { key: "onTrack", label: "On track", dot: "bg-emerald-500" },
  { key: "atRisk", label: "At risk", dot: "bg-amber-500" },
  { key: "offTrack", label: "Off track", dot: "bg-red-500" },
  { key: "closed", label: "Closed", dot: "bg-slate-400" },
] as const;

/** The organization's open goals at a glance, for people outside it. */
export function SharedDashboardView({
  organizationName,
  counts,
  goals,
}: {
  organizationName: string | null;
  counts: SharedViewData["healthCounts"];
  goals: readonly SharedGoalData[];
}) {
  return (
    <div className="space-y-8 print:space-y-5">
      <header>
        <p className="text-sm font-medium text-indigo-700 print:text-slate-600">Dashboard</p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl">{organizationName}</h1>
        <p className="mt-2 text-slate-600">Where the open goals stand today, most in need of attention first.</p>
      </header>

      {counts ? (
        <section aria-label="Goal health">
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            {tiles.map((t) => (
              <div key={t.key} className="rounded-xl border border-slate-200 bg-white px-4 py-3 shadow-sm print:shadow-none">
                <dt className="flex items-center gap-2 text-sm text-slate-600">
                  <span aria-hidden className={`size-2 rounded-full ${t.dot}`} />
                  {t.label}
                </dt>
                <dd className="mt-1 text-2xl font-semibold text-slate-900 tabular-nums">{counts[t.key]}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}

      <section aria-labelledby="goals-heading" className="rounded-xl border border-slate-200 bg-white shadow-sm print:border-0 print:shadow-none">
        <h2 id="goals-heading" className="px-5 pt-5 pb-3 text-base font-semibold text-slate-900 sm:px-6 print:px-0">
          Open goals <span className="font-normal text-slate-500">({goals.length})</span>
        </h2>
        {goals.length === 0 ? (
          <p className="px-5 pb-6 text-sm text-slate-500 sm:px-6">No open goals right now.</p>
        ) : (
          <ul className="divide-y divide-slate-100 border-t border-slate-100">
            {goals.map((g, i) => (
              <li
                key={i}
                className="grid gap-x-6 gap-y-2 px-5 py-4 sm:grid-cols-[minmax(0,1fr)_14rem_6.5rem] sm:items-center sm:px-6 print:break-inside-avoid print:px-0"
              >
                <div className="min-w-0">
                  <p className="font-medium text-slate-900">{g.title}</p>
                  <p className="mt-0.5 text-sm text-slate-500">
                    {g.ownerName} · target {formatDate(g.targetDate)}
                  </p>
                </div>
                <PaceProgressBar value={g.progress} expected={g.expectedProgress} label={`Progress of ${g.title}`} size="sm" legend={false} />
                <div className="sm:justify-self-end">
                  {g.health ? <HealthBadge health={g.health} title={g.healthExplanation ?? undefined} /> : <Badge>Not started</Badge>}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
