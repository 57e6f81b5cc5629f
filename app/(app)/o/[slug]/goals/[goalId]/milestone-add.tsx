"use client";

import { type ReactNode, useLayoutEffect, useRef, useState } from "react";
import { Button } from "@/app/_components/Button";
import { Icon } from "@/app/_components/goals/icons";
import type { Person } from "./assignee-picker";
import { MilestoneForm } from "./milestone-form";
import type { MilestoneFormValues } from "./milestone-form-values";

/**
 * "Add milestone": a button that opens the form in place (its title field takes the focus). The
 * form stays open after each add for the next one; Cancel or Escape closes it and puts the focus
 * back on the button.
 */
export function MilestoneAdd({
  targetDate,
  people,
  meId,
  others,
  onCreate,
  aside,
}: {
  targetDate: string;
  people: readonly Person[] | undefined;
  meId?: string;
  others: readonly { id: string; title: string }[];
  onCreate: (values: MilestoneFormValues) => Promise<void>;
  /** Shown beside the button, e.g. "Add from template". */
  aside?: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  useLayoutEffect(() => {
    if (wasOpen.current && !open) buttonRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  if (!open) {
    return (
      <div className="flex flex-wrap items-center gap-2 border-t border-slate-200 px-5 py-3 sm:px-6 print:hidden">
        <Button ref={buttonRef} variant="secondary" size="sm" icon={<Icon name="plus" />} onClick={() => setOpen(true)}>
          Add milestone
        </Button>
        {aside}
      </div>
    );
  }
  return (
    <div className="rounded-b-xl border-t border-slate-200 bg-slate-50/70 px-5 py-5 sm:px-6 print:hidden">
      <h3 className="mb-3 text-sm font-semibold text-slate-800">Add a milestone</h3>
      <MilestoneForm
        mode="create"
        targetDate={targetDate}
        people={people}
        meId={meId}
        others={others}
        onSubmit={onCreate}
        onCancel={() => setOpen(false)}
      />
    </div>
  );
}
