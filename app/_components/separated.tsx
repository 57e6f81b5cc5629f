import { Children, type ReactNode } from "react";

// One rule for "a · b · c" lines: only the parts that are present, with a separator between them,
// so a missing part never leaves a "·" at the start or end of a line. Text: joinParts (join-parts.ts).

/**
 * The present children (null, false and "" are left out) on a line that wraps, with a decorative
 * "·" between them, and never one at the start or end of a line, however the parts wrap (a narrow
 * column at any width, a long name, a phone).
 *
 * Each part carries the separator before it, so a part that wraps takes its separator to the start
 * of the next line; the line is shifted left by one separator's width and clipped, so the separator
 * that starts each line (the first part's included) falls outside and is cut off. A block: give it
 * a wrapper for margins and text style (a span inside a <p> is fine).
 */
export function Separated({ children }: { children: ReactNode }) {
  // toArray already drops null, undefined and booleans.
  const present = Children.toArray(children).filter((c) => c !== "");
  return (
    // p-1/-m-1: room for focus rings inside the clip.
    <span className="-m-1 block overflow-hidden p-1">
      <span className="-ml-6 flex flex-wrap items-center gap-y-0.5">
        {present.map((child, i) => (
          <span key={i} className="flex max-w-full min-w-0 items-center">
            <span aria-hidden className="w-6 shrink-0 text-center text-slate-300">
              ·
            </span>
            {child}
          </span>
        ))}
      </span>
    </span>
  );
}
