import { Badge, type BadgeTone } from "./Badge";
import { cx } from "./cx";

export type Health = "ON_TRACK" | "AT_RISK" | "OFF_TRACK" | "NOT_ENOUGH_DATA";

export const HEALTH_LABELS: Record<Health, string> = {
  ON_TRACK: "On track",
  AT_RISK: "At risk",
  OFF_TRACK: "Off track",
  NOT_ENOUGH_DATA: "Not enough data yet",
};
export const HEALTH_TONES: Record<Health, BadgeTone> = { ON_TRACK: "green", AT_RISK: "amber", OFF_TRACK: "red", NOT_ENOUGH_DATA: "neutral" };

/** The colour dot beside a health, wherever one is drawn. */
export const HEALTH_DOTS: Record<Health, string> = {
  ON_TRACK: "bg-emerald-500",
  AT_RISK: "bg-amber-500",
  OFF_TRACK: "bg-red-500",
  NOT_ENOUGH_DATA: "bg-slate-400",
};

/**
 * A goal's health or an owner's confidence as a coloured badge that always says it in words
 * ("On track" / "At risk" / "Off track"); `prefix` adds context such as "Owner says".
 */
export function HealthBadge({
  health,
  size = "sm",
  prefix,
  className,
  title,
}: {
  health: Health;
  size?: "sm" | "md";
  prefix?: string;
  className?: string;
  title?: string;
}) {
  return (
    <Badge tone={HEALTH_TONES[health]} title={title} className={cx(size === "md" && "px-2.5 py-1 text-sm", className)}>
      <span aria-hidden className={cx("inline-block shrink-0 rounded-full", HEALTH_DOTS[health], size === "md" ? "size-2" : "size-1.5")} />
      {prefix ? <span className="font-normal">{prefix}</span> : null}
      {HEALTH_LABELS[health]}
    </Badge>
  );
}
