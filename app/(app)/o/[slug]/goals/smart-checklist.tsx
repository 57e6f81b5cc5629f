import { Check, Minus } from "lucide-react";
import type { ReactNode } from "react";
import { cx } from "@/app/_components/cx";

export type SmartChecklistItem = { criterion: string; label: string; met: boolean; detail: string };

/**
 * The SMART checklist (from `smartCheck` while drafting, or the API's `Goal.smart`): each criterion
 * with met / missing in words and the detail that says why. Advisory only.
 */
export function SmartChecklist({
  items,
  title = "SMART check",
  description,
  footer,
  className,
}: {
  items: readonly SmartChecklistItem[];
  title?: string;
  description?: ReactNode;
  footer?: ReactNode;
  className?: string;
}) {
  const met = items.filter((i) => i.met).length;
  const all = met === items.length;
  return (
    <section aria-labelledby="smart-checklist-heading" className={cx("rounded-xl border border-slate-200 bg-white shadow-sm", className)}>
      <div className="flex items-start justify-between gap-3 border-b border-slate-100 px-5 py-4">
        <div className="min-w-0">
          <h2 id="smart-checklist-heading" className="text-sm font-semibold text-slate-900">
            {title}
          </h2>
          {description ? <p className="mt-0.5 text-xs text-slate-500">{description}</p> : null}
        </div>
        <p
          aria-live="polite"
          className={cx(
            "shrink-0 rounded-full px-2 py-0.5 text-xs font-semibold tabular-nums ring-1 ring-inset",
            all ? "bg-emerald-50 text-emerald-700 ring-emerald-600/20" : "bg-slate-100 text-slate-700 ring-slate-500/15",
          )}
        >
          {met} of {items.length} met
        </p>
      </div>
      <ul className="divide-y divide-slate-100">
        {items.map((item) => (
          <li key={item.criterion} className="flex gap-3 px-5 py-3">
            <span
              aria-hidden
              className={cx(
                "mt-0.5 flex size-5 shrink-0 items-center justify-center rounded-full",
                item.met ? "bg-emerald-100 text-emerald-700" : "bg-amber-100 text-amber-700",
              )}
            >
              {item.met ? (
                <Check aria-hidden className="size-3.5" />
              ) : (
                <Minus aria-hidden className="size-3.5" />
              )}
            </span>
            <div className="min-w-0 flex-1">
              <p className="flex flex-wrap items-center gap-x-2 text-sm font-medium text-slate-900">
                {item.label}{" "}
                <span
                  className={cx(
                    "rounded px-1.5 text-xs font-medium",
                    item.met ? "bg-emerald-50 text-emerald-700" : "bg-amber-50 text-amber-800",
                  )}
                >
                  {item.met ? "Met" : "Missing"}
                </span>
              </p>
              <p className="mt-0.5 text-xs leading-relaxed text-slate-600">{item.detail}</p>
            </div>
          </li>
        ))}
      </ul>
      {footer ? <div className="border-t border-slate-100 px-5 py-3 text-xs text-slate-500">{footer}</div> : null}
    </section>
  );
}
