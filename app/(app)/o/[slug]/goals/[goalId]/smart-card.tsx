import { Card } from "@/app/_components/Card";
import { cx } from "@/app/_components/cx";
import type { SmartCriteria } from "./smart-card-fields";

/** The SMART checklist from the API: each criterion met (✓) or what is missing. */
export function SmartCard({ smart }: { smart: SmartCriteria }) {
  const met = smart.filter((s) => s.met).length;
  return (
    <Card>
      <div className="flex items-baseline justify-between gap-3">
        <h2 className="text-base font-semibold text-slate-900">SMART check</h2>
        <p className={cx("text-sm tabular-nums", met === smart.length ? "text-emerald-700" : "text-slate-500")}>
          {met} of {smart.length} met
        </p>
      </div>
      <ul className="mt-4 space-y-3.5" aria-label="SMART criteria">
        {smart.map((item) => (
          <li key={item.criterion} className="flex gap-3">
            <span
              aria-hidden
              className={cx(
                "mt-0.5 flex size-5 shrink-0 items-center justify-center rounded-full text-xs font-bold",
                item.met ? "bg-emerald-100 text-emerald-700" : "bg-amber-100 text-amber-800",
              )}
            >
              {item.met ? "✓" : "!"}
            </span>
            <div className="min-w-0 text-sm">
              <p className="font-medium text-slate-900">
                {item.label}
                <span className={cx("ml-2 text-xs font-normal", item.met ? "text-emerald-700" : "text-amber-800")}>
                  {item.met ? "Met" : "Missing"}
                </span>
              </p>
              <p className="mt-0.5 text-slate-600">{item.detail}</p>
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}
