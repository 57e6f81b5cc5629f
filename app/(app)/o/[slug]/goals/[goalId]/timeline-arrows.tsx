import { cx } from "@/app/_components/cx";
import { at, gapAround, ROW } from "./timeline-marks";

export type Side = "above" | "below";
/** A dependency between two rows of the timeline (by index), critical when both ends are. */
export type Link = { from: number; to: number; critical: boolean };

/**
 * Arrows reach a dependent's marker from above when its prerequisite is listed before it, from
 * below otherwise; the value says whether any of them is on the critical path.
 */
export function arrowSides(to: number, links: readonly Link[]): Map<Side, boolean> {
  const sides = new Map<Side, boolean>();
  for (const link of links) {
    if (link.to !== to) continue;
    const side: Side = link.from < to ? "above" : "below";
    sides.set(side, (sides.get(side) ?? false) || link.critical);
  }
  return sides;
}

/**
 * Elbow lines from each prerequisite's marker along its row to the dependent's date, then down (or
 * up) into the dependent's marker: the dependent's own row stays clear for its baseline and plan.
 */
export function Arrows({
  links,
  xs,
  halos,
}: {
  links: readonly Link[];
  xs: readonly number[];
  halos: readonly boolean[];
}) {
  if (links.length === 0) return null;
  const height = xs.length * ROW;
  const mid = (i: number) => i * ROW + ROW / 2;
  // Critical links last, so they are drawn over the others.
  const ordered = [...links].sort((a, b) => Number(a.critical) - Number(b.critical));
  return (
    // x in percent of the plot's width, y in px: stretched sideways only, with non-scaling strokes.
    <svg className="absolute inset-0 h-full w-full overflow-visible" viewBox={`0 0 100 ${height}`} preserveAspectRatio="none">
      {ordered.map(({ from, to, critical }) => {
        const x1 = xs[from]!;
        const x2 = xs[to]!;
        const down = to > from ? 1 : -1;
        // Starts under the prerequisite's marker, which is drawn over it.
        const y1 = x1 === x2 ? mid(from) + down * gapAround(halos[from]!) : mid(from);
        const y2 = mid(to) - down * gapAround(halos[to]!);
        const d = x1 === x2 ? `M ${x1} ${y1} V ${y2}` : `M ${x1} ${y1} H ${x2} V ${y2}`;
        return (
          <path
            key={`${from}-${to}`}
            d={d}
            fill="none"
            vectorEffect="non-scaling-stroke"
            strokeWidth={1.5}
            className={critical ? "stroke-indigo-500" : "stroke-slate-400"}
          />
        );
      })}
    </svg>
  );
}

/** Places the arrowhead's tip just outside the marker (or its halo), pointing at it. */
function arrowPosition(side: Side, gap: number): { transform: string; rotate: number } {
  return side === "above"
    ? { transform: `translate(-50%, calc(-100% - ${gap}px))`, rotate: 90 }
    : { transform: `translate(-50%, ${gap}px)`, rotate: -90 };
}

export function ArrowHead({ side, critical, halo, x }: { side: Side; critical: boolean; halo: boolean; x: number }) {
  const { transform, rotate } = arrowPosition(side, gapAround(halo) - 2);
  return (
    <svg
      viewBox="0 0 8 8"
      className={cx("absolute top-1/2 size-2", critical ? "fill-indigo-500" : "fill-slate-500")}
      style={at(x, { transform })}
    >
      <path d="M0 0 8 4 0 8Z" transform={`rotate(${rotate} 4 4)`} />
    </svg>
  );
}
