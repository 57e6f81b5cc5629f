"use client";

import { Cell, Pie, PieChart } from "recharts";
import { cx } from "@/app/_components/cx";
import { Disclosure } from "@/app/_components/Disclosure";
import { type Health, HEALTH_DOTS, HEALTH_LABELS } from "@/app/_components/HealthBadge";
import { HEALTH_RULE } from "@/app/_components/goals/health";
import type { DashboardData } from "./operations";

type Counts = DashboardData["healthCounts"];

const SLICES = [
  { health: "OFF_TRACK", key: "offTrack", fill: "fill-red-500" },
  { health: "AT_RISK", key: "atRisk", fill: "fill-amber-500" },
  { health: "ON_TRACK", key: "onTrack", fill: "fill-emerald-500" },
  { health: "NOT_ENOUGH_DATA", key: "notEnoughData", fill: "fill-slate-300" },
] as const satisfies readonly { health: Health; key: keyof Counts; fill: string }[];

/**
 * How many goals are off track, at risk and on track: a donut to take in at a glance, and tiles
 * with the numbers that also filter the list (the donut is decorative; the tiles are its text).
 */
export function HealthOverview({
  counts,
  selected,
  onSelect,
}: {
  counts: Counts;
  selected: Health | null;
  onSelect: (health: Health | null) => void;
}) {
  const open = counts.onTrack + counts.atRisk + counts.offTrack + counts.notEnoughData;
  const data = SLICES.map((s) => ({ ...s, value: counts[s.key] })).filter((s) => s.value > 0);
  return (
    <section aria-labelledby="health-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6 print:break-inside-avoid print:shadow-none">
      <h2 id="health-heading" className="text-base font-semibold text-slate-900">
        Goal health
      </h2>
      <div className="mt-4 flex flex-col gap-6 sm:flex-row sm:items-center">
        <div aria-hidden className="relative mx-auto size-36 shrink-0 sm:mx-0">
          <PieChart width={144} height={144} accessibilityLayer={false}>
            {open === 0 ? (
              <Pie data={[{ value: 1 }]} dataKey="value" innerRadius={48} outerRadius={68} isAnimationActive={false} stroke="none" rootTabIndex={-1}>
                <Cell className="fill-slate-200" />
              </Pie>
            ) : (
              <Pie
                data={data}
                dataKey="value"
                innerRadius={48}
                outerRadius={68}
                paddingAngle={data.length > 1 ? 2 : 0}
                startAngle={90}
                endAngle={-270}
                // Decorative: the tiles beside it carry the numbers, so it takes no keyboard stop.
                rootTabIndex={-1}
                isAnimationActive={false}
                stroke="none"
              >
                {data.map((slice) => (
                  <Cell key={slice.key} className={cx(slice.fill, selected && selected !== slice.health && "opacity-30")} />
                ))}
              </Pie>
            )}
          </PieChart>
          <div className="absolute inset-0 flex flex-col items-center justify-center">
            <span className="text-2xl font-semibold text-slate-900 tabular-nums">{open}</span>
            <span className="text-xs text-slate-500">open</span>
          </div>
        </div>
        <div className="min-w-0 flex-1">
          <p className="sr-only">
            {open} open {open === 1 ? "goal" : "goals"}. Choose a health to list only those goals.
          </p>
          <ul className="grid grid-cols-2 gap-3 lg:grid-cols-4">
            {[...SLICES].reverse().map((s) => {
              const pressed = selected === s.health;
              // New goals get a tile only while there are some, so the usual grid stays four across.
              if (s.health === "NOT_ENOUGH_DATA" && counts[s.key] === 0 && !pressed) return null;
              return (
                <li key={s.key}>
                  <button
                    type="button"
                    aria-pressed={pressed}
                    onClick={() => onSelect(pressed ? null : s.health)}
                    className={cx(
                      "w-full rounded-lg border px-3 py-2.5 text-left transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600",
                      pressed ? "border-indigo-600 bg-indigo-50 ring-1 ring-indigo-600" : "border-slate-200 hover:border-slate-300 hover:bg-slate-50",
                    )}
                  >
                    <span className="flex items-center gap-2 text-sm text-slate-600">
                      <span aria-hidden className={cx("size-2 shrink-0 rounded-full", HEALTH_DOTS[s.health])} />
                      {HEALTH_LABELS[s.health]}
                    </span>
                    <span className="mt-0.5 block text-2xl font-semibold text-slate-900 tabular-nums">{counts[s.key]}</span>
                  </button>
                </li>
              );
            })}
            <li className="rounded-lg border border-dashed border-slate-200 px-3 py-2.5">
              <span className="flex items-center gap-2 text-sm text-slate-600">
                <span aria-hidden className="size-2 shrink-0 rounded-full bg-slate-400" />
                Closed
              </span>
              <span className="mt-0.5 block text-2xl font-semibold text-slate-900 tabular-nums">{counts.closed}</span>
            </li>
          </ul>
          <Disclosure summary="How is health computed?" className="mt-3 print:hidden">
            <p className="leading-relaxed">
              {HEALTH_RULE} On each bar below, the tick marks where progress is expected to be today. Each goal’s page shows its numbers
              and formulas.
            </p>
          </Disclosure>
        </div>
      </div>
    </section>
  );
}
