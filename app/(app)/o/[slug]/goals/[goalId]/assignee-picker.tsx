"use client";

import Link from "next/link";
import { Avatar } from "@/app/_components/Avatar";
import { cx } from "@/app/_components/cx";
import { Dropdown } from "@/app/_components/Dropdown";
import { Spinner } from "@/app/_components/Spinner";
import { Icon } from "@/app/_components/goals/icons";

export type Person = { id: string; name: string; email: string };

/**
 * Checkboxes for the org's members who can help (stakeholders can't; the owner already owns it and
 * is left out, server/milestones/assignments.ts). Each change is saved at once; `busyIds` marks the
 * rows whose change is in flight.
 */
export function AssigneePicker({
  milestoneTitle,
  ownerId,
  assignees,
  candidates,
  membersHref,
  busyIds,
  error,
  onToggle,
}: {
  milestoneTitle: string;
  ownerId: string | null;
  assignees: readonly Person[];
  candidates: readonly Person[] | undefined;
  membersHref: string;
  busyIds: ReadonlySet<string>;
  error?: string | null;
  onToggle: (person: Person, assign: boolean) => void;
}) {
  const assigned = new Set(assignees.map((a) => a.id));
  const helpers = candidates?.filter((c) => c.id !== ownerId);
  return (
    <Dropdown
      label={`Add helpers to ${milestoneTitle}`}
      align="right"
      buttonClassName="inline-flex size-8 items-center justify-center rounded-full border border-dashed border-slate-300 text-slate-500 hover:border-indigo-400 hover:bg-indigo-50 hover:text-indigo-700 aria-expanded:border-indigo-500 aria-expanded:bg-indigo-50 aria-expanded:text-indigo-700"
      panelClassName="w-72"
      button={() => <Icon name="userPlus" className="size-4" />}
    >
      {() => (
        <div>
          <p className="px-2.5 pt-1.5 pb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">Helpers</p>
          {!helpers ? (
            <div className="flex items-center gap-2 px-2.5 py-3 text-sm text-slate-500">
              <Spinner /> Loading members…
            </div>
          ) : helpers.length === 0 ? (
            <p className="px-2.5 py-3 text-sm text-slate-500">
              Nobody else to ask for help yet.{" "}
              <Link href={membersHref} className="font-medium text-indigo-700 hover:underline">
                Invite members
              </Link>
            </p>
          ) : (
            <ul className="max-h-72 overflow-y-auto">
              {helpers.map((person) => {
                const checked = assigned.has(person.id);
                const busy = busyIds.has(person.id);
                const id = `assign-${milestoneTitle}-${person.id}`.replace(/[^\w-]/g, "_");
                return (
                  <li key={person.id}>
                    <label
                      htmlFor={id}
                      className={cx(
                        "flex cursor-pointer items-center gap-2.5 rounded-lg px-2.5 py-2 text-sm hover:bg-slate-100",
                        checked && "bg-indigo-50/60",
                      )}
                    >
                      <input
                        id={id}
                        type="checkbox"
                        checked={checked}
                        disabled={busy}
                        onChange={(e) => onToggle(person, e.target.checked)}
                        className="size-4 shrink-0 rounded border-slate-300 accent-indigo-600"
                      />
                      <Avatar name={person.name} size="xs" decorative />
                      <span className="min-w-0 flex-1">
                        <span className="block truncate font-medium text-slate-800">{person.name}</span>
                        <span aria-hidden className="block truncate text-xs text-slate-500">
                          {person.email}
                        </span>
                      </span>
                      {busy ? <Spinner /> : null}
                    </label>
                  </li>
                );
              })}
            </ul>
          )}
          {error ? (
            <p role="alert" className="mx-2.5 mt-1 mb-1.5 rounded-md bg-red-50 px-2.5 py-2 text-sm text-red-700">
              {error}
            </p>
          ) : null}
        </div>
      )}
    </Dropdown>
  );
}
