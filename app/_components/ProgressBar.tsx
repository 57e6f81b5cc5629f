import { cx } from "./cx";

/**
 * Progress as a bar plus the percentage as text. `value` is a share from 0 to 1 (as the API's
 * `progress`); `label` becomes the aria-label, e.g. "Progress of Launch v2".
 */
export function ProgressBar({
  value,
  label,
  showValue = true,
  size = "md",
  tone = "indigo",
  className,
}: {
  value: number;
  label: string;
  showValue?: boolean;
  size?: "sm" | "md";
  tone?: "indigo" | "green" | "amber" | "red";
  className?: string;
}) {
  const percent = Math.round(Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0)) * 100);
  const fill = { indigo: "bg-indigo-600", green: "bg-emerald-500", amber: "bg-amber-500", red: "bg-red-500" }[
    percent === 100 && tone === "indigo" ? "green" : tone
  ];
  return (
    <div className={cx("flex items-center gap-3", className)}>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}%`}
        className={cx("relative flex-1 overflow-hidden rounded-full bg-slate-200", size === "sm" ? "h-1.5" : "h-2.5")}
      >
        <div className={cx("h-full rounded-full transition-[width] duration-500", fill)} style={{ width: `${percent}%` }} />
      </div>
      {showValue ? (
        <span className="w-10 shrink-0 text-right text-sm font-medium text-slate-700 tabular-nums">
          {percent}%
        </span>
      ) : null}
    </div>
  );
}
