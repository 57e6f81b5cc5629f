import type { ComponentProps, ReactNode } from "react";
import { cx } from "./cx";

/** A white surface with a hairline border. `padded={false}` for tables and lists that run edge to edge. */
export function Card({ padded = true, className, ...props }: ComponentProps<"div"> & { padded?: boolean }) {
  return (
    <div
      className={cx("rounded-xl border border-slate-200 bg-white shadow-sm print:shadow-none", padded && "p-5 sm:p-6", className)}
      {...props}
    />
  );
}

/** Title row of a card section: heading, optional description and actions on the right. */
export function CardHeader({
  title,
  description,
  actions,
  className,
  headingLevel = 2,
}: {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  className?: string;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className={cx("flex flex-wrap items-start justify-between gap-3", className)}>
      <div className="min-w-0">
        <Heading className="text-base font-semibold text-slate-900">{title}</Heading>
        {description ? <p className="mt-1 text-sm text-slate-500">{description}</p> : null}
      </div>
      {actions ? <div className="flex shrink-0 items-center gap-2">{actions}</div> : null}
    </div>
  );
}
