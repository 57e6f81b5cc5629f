import type { ReactNode } from "react";
import { Avatar } from "@/app/_components/Avatar";
import { cx } from "@/app/_components/cx";

type Person = { id: string; name: string };

/**
 * A milestone's people, the same on every page: the owner (avatar and name, or "No owner"), then
 * the helpers as smaller avatars labelled "Helpers". `ownerAction` (e.g. "Suggest an owner") and
 * `helperAction` (add helpers) are editors' controls placed beside what they change.
 */
export function MilestonePeople({
  owner,
  helpers,
  ownerAction,
  helperAction,
  maxHelpers = 4,
  className,
}: {
  owner: Person | null;
  helpers: readonly Person[];
  ownerAction?: ReactNode;
  helperAction?: ReactNode;
  maxHelpers?: number;
  className?: string;
}) {
  const shown = helpers.slice(0, maxHelpers);
  const rest = helpers.slice(maxHelpers);
  return (
    <span className={cx("inline-flex flex-wrap items-center gap-x-3 gap-y-1 text-sm", className)}>
      <span className="inline-flex items-center gap-1.5" data-testid="milestone-owner">
        <span className="sr-only">Owner:</span>
        {owner ? (
          <>
            <Avatar name={owner.name} size="xs" decorative />
            <span className="font-medium text-slate-800">{owner.name}</span>
          </>
        ) : (
          <span className={cx("whitespace-nowrap text-slate-600", ownerAction ? "font-medium" : null)}>No owner</span>
        )}
        {ownerAction}
      </span>
      {helpers.length || helperAction ? (
        <span className="inline-flex items-center gap-1.5">
          {helpers.length ? (
            <>
              <span className="text-xs text-slate-500">Helpers</span>
              <span className="flex items-center -space-x-1" role="group" aria-label={`Helpers: ${helpers.map((p) => p.name).join(", ")}`}>
                {shown.map((p) => (
                  <Avatar key={p.id} name={p.name} size="xs" />
                ))}
                {rest.length ? (
                  <span
                    title={rest.map((p) => p.name).join(", ")}
                    className="inline-flex size-6 items-center justify-center rounded-full bg-slate-100 text-[10px] font-semibold text-slate-600 ring-2 ring-white"
                  >
                    +{rest.length}
                  </span>
                ) : null}
              </span>
            </>
          ) : null}
          {helperAction}
        </span>
      ) : null}
    </span>
  );
}
