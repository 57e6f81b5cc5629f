"use client";

import { Select, TextField } from "@/app/_components/fields";
import type { Person } from "./assignee-picker";
import type { useMilestoneForm } from "./use-milestone-form";

type FieldProps = ReturnType<typeof useMilestoneForm>["field"];

/** Who owns the milestone, its weight in the goal's progress, and its estimated duration. */
export function MilestonePlanFields({
  mode,
  title,
  field,
  people,
  ownerOptions,
  meId,
}: {
  mode: "create" | "edit";
  /** The milestone's title as loaded, for the owner field's name in edit mode. */
  title: string;
  /** The form's registration of a field, with its message. */
  field: FieldProps;
  people: readonly Person[] | undefined;
  ownerOptions: readonly Person[];
  meId?: string;
}) {
  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <Select
        label={mode === "edit" ? `Owner of ${title}` : "Owner"}
        {...field("ownerId")}
        disabled={!people}
      >
        <option value="">{people ? "No owner" : "Loading members…"}</option>
        {ownerOptions.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
            {p.id === meId ? " (you)" : ""}
          </option>
        ))}
      </Select>
      <TextField
        label="Weight"
        {...field("weight")}
        type="number"
        inputMode="decimal"
        min={0}
        max={1000}
        step="any"
        description="Its share of the goal's progress."
      />
      <TextField
        label="Estimated duration (days)"
        {...field("durationDays")}
        type="number"
        inputMode="numeric"
        min={0}
        max={3650}
        step={1}
        description="For backward planning."
      />
    </div>
  );
}
