import { LoaderCircle } from "lucide-react";
import { cx } from "./cx";

/** A small spinning ring. Decorative unless `label` is given. */
export function Spinner({ className, label }: { className?: string; label?: string }) {
  return (
    <LoaderCircle
      className={cx("size-4 animate-spin", className)}
      role={label ? "status" : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
    />
  );
}
