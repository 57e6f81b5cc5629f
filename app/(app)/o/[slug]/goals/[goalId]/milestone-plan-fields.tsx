"use client";

import { Select, TextField } from "@/app/_components/fields";
import type { Person } from "./assignee-picker";
import type { MilestoneFormValues } from "./milestone-form-values";

/** Who owns the milestone, its weight in the goal's progress, and its estimated duration. */
export function MilestonePlanFields({
  mode,
  title,
  values,
  errors,
  set,
  people,
  ownerOptions,
  meId,
}: {
  mode: "create" | "edit";
  /** The milestone's title as loaded, for the owner field's name in edit mode. */
  title: string;
  values: MilestoneFormValues;
  errors: Record<string, string | undefined>;
  set: (field: "ownerId" | "weight" | "durationDays") => (e: { target: { value: string } }) => void;
  people: readonly Person[] | undefined;
  ownerOptions: readonly Person[];
  meId?: string;
}) {
  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <Select
        label={mode === "edit" ? `Owner of ${title}` : "Owner"}
        name="ownerId"
        value={values.ownerId}
        onChange={set("ownerId")}
        error={errors.ownerId}
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
        name="weight"
        type="number"
        inputMode="decimal"
        min={0}
        max={1000}
        step="any"
        value={values.weight}
        onChange={set("weight")}
        error={errors.weight}
        description="Its share of the goal's progress."
      />
      <TextField
        label="Estimated duration (days)"
        name="durationDays"
        type="number"
        inputMode="numeric"
        min={0}
        max={3650}
        step={1}
        value={values.durationDays}
        onChange={set("durationDays")}
        error={errors.durationDays}
        description="For backward planning."
      />
    </div>
  );
}
