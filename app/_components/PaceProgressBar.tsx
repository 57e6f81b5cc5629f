import { formatPercent } from "@/domain/progress.ts";
import { cx } from "./cx";

/** A share 0..1 as a whole-number percentage, the same number `formatPercent` prints. */
const percentOf = (share: number) => Number.parseInt(formatPercent(Math.min(1, Math.max(0, share))), 10) || 0;

/**
 * Progress as a bar with the percentage as text, plus a thin tick where progress is expected to be
 * by today (`expected`, 0..1). The bar is `role="progressbar"` named by `label` (e.g. "Progress of
 * Launch v2"); the tick is an image named "Expected by today: 40%" so the pace is not colour or
 * position alone. Both numbers come from the API; nothing is computed here.
 */
export function PaceProgressBar({
  value,
  expected,
  label,
  size = "md",
  legend = true,
  className,
}: {
  value: number;
  expected?: number | null;
  label: string;
  size?: "sm" | "md" | "lg";
  /** Show "Expected by today: 40%" under the bar. */
  legend?: boolean;
  className?: string;
}) {
  const percent = percentOf(value);
  const text = formatPercent(Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0)));
  const hasExpected = typeof expected === "number" && Number.isFinite(expected);
  const expectedShare = hasExpected ? Math.min(1, Math.max(0, expected)) : 0;
  const expectedText = `Expected by today: ${formatPercent(expectedShare)}`;
  const height = { sm: "h-1.5", md: "h-2.5", lg: "h-3" }[size];
  return (
    <div className={className}>
      <div className="flex items-center gap-3">
        <div className="relative flex-1">
          <div
            role="progressbar"
            aria-label={label}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            aria-valuetext={text}
            className={cx("overflow-hidden rounded-full bg-slate-200", height)}
          >
            <div
              className={cx(
                "h-full rounded-full transition-[width] duration-500 motion-reduce:transition-none",
                percent >= 100 ? "bg-emerald-500" : "bg-indigo-600",
              )}
              style={{ width: `${percent}%` }}
            />
          </div>
          {hasExpected ? (
            <span
              role="img"
              aria-label={expectedText}
              title={expectedText}
              className="absolute -top-1.5 -bottom-1.5 w-[3px] -translate-x-1/2 rounded-full bg-slate-800 ring-2 ring-white"
              style={{ left: `${expectedShare * 100}%` }}
            />
          ) : null}
        </div>
        <span
          className={cx(
            "shrink-0 text-right font-semibold text-slate-800 tabular-nums",
            size === "lg" ? "w-12 text-base" : "w-10 text-sm",
          )}
        >
          {text}
        </span>
      </div>
      {hasExpected && legend ? (
        <p aria-hidden className="mt-2 flex items-center gap-1.5 text-xs text-slate-500">
          <span className="inline-block h-3 w-[3px] rounded-full bg-slate-800" />
          {expectedText}
        </p>
      ) : null}
    </div>
  );
}
