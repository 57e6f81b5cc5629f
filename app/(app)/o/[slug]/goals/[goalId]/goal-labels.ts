import { formatPercent } from "@/domain/progress.ts";

export type Direction = "INCREASE" | "DECREASE" | "STAY_ABOVE" | "STAY_BELOW";

export { formatPercent };

const numberFormat = new Intl.NumberFormat("en", { maximumFractionDigits: 2 });

/** A metric value with its unit: "140 users", "99.9%", "180 ms". */
export function formatMetric(value: number | null | undefined, unit?: string | null): string {
  if (value == null || !Number.isFinite(value)) return "—";
  const n = numberFormat.format(value).replace("-", "−");
  if (!unit) return n;
  return unit === "%" ? `${n}%` : `${n} ${unit}`;
}

/** "stay above 99.9%", "increase to 300 users" … the goal's direction in words. */
export function directionPhrase(direction: Direction | null | undefined, target: string): string {
  switch (direction) {
    case "INCREASE":
      return `increase to ${target}`;
    case "DECREASE":
      return `decrease to ${target}`;
    case "STAY_ABOVE":
      return `stay above ${target}`;
    case "STAY_BELOW":
      return `stay below ${target}`;
    default:
      return `target ${target}`;
  }
}

/** A weight for people: "1", "2", "0.5". */
export const formatWeight = (weight: number) => numberFormat.format(weight);

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
