import { Children, Fragment, type ReactNode } from "react";
import { cx } from "./cx";

// One rule for "a · b · c" lines: only the parts that are present, with a separator between them,
// so a missing part never leaves a "·" at the start or end of a line. Text: joinParts (join-parts.ts).

/**
 * The present children (null, false and "" are left out) with a decorative "·" between them.
 * `wrap`: the separators are hidden on phones, where each part wraps onto its own line.
 */
export function Separated({ children, wrap = false, className }: { children: ReactNode; wrap?: boolean; className?: string }) {
  // toArray already drops null, undefined and booleans.
  const present = Children.toArray(children).filter((c) => c !== "");
  return present.map((child, i) => (
    <Fragment key={i}>
      {i > 0 ? (
        <span aria-hidden className={cx("text-slate-300", wrap && "hidden sm:inline", className)}>
          ·
        </span>
      ) : null}
      {child}
    </Fragment>
  ));
}
