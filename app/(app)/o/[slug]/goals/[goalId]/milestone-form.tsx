"use client";

import { Alert } from "@/app/_components/Alert";
import { Button } from "@/app/_components/Button";
import { TextArea, TextField } from "@/app/_components/fields";
import { formatDate } from "@/app/_components/format";
import { TitleField } from "@/app/_components/TitleField";
import { isDueAfterTarget } from "@/domain/schedule.ts";
import { Icon } from "@/app/_components/goals/icons";
import type { Person } from "./assignee-picker";
import { MilestoneSkillsField } from "./milestone-skills-field";
import { ApprovalFields } from "./approval-fields";
import { MilestoneDependenciesField } from "./milestone-dependencies-field";
import { MilestonePlanFields } from "./milestone-plan-fields";
import { emptyMilestoneValues, type MilestoneFormValues } from "./milestone-form-values";
import { useMilestoneForm } from "./use-milestone-form";

/**
 * Adds a milestone (mode "create": clears itself and keeps focus in the title for the next one) or
 * edits one in place (mode "edit": Save), with its owner, weight, estimated duration and
 * dependencies. Cancel or Escape calls `onCancel`. `onSubmit` throws the mutation's error; a
 * field-level error (say, a dependency cycle) is shown beside its field.
 */
export function MilestoneForm({
  mode,
  initial = emptyMilestoneValues,
  minDate,
  targetDate,
  people,
  meId,
  others,
  onSubmit,
  onCancel,
}: {
  mode: "create" | "edit";
  initial?: MilestoneFormValues;
  minDate?: string;
  /** The goal's target date: a due date after it is allowed, with a warning (a schedule risk). */
  targetDate?: string;
  /** Who can own it; undefined while members load. */
  people: readonly Person[] | undefined;
  meId?: string;
  /** The goal's other milestones, which this one may depend on. */
  others: readonly { id: string; title: string }[];
  onSubmit: (values: MilestoneFormValues) => Promise<void>;
  onCancel?: () => void;
}) {
  const { values, field, formError, dependencyError, busy, toggleDependency, setSkills, skillsError, submit } = useMilestoneForm({ mode, initial, onSubmit });

  // The current owner stays choosable even when they are not in the list (e.g. now a stakeholder).
  const ownerOptions = [...(people ?? [])];
  if (initial.ownerId && !ownerOptions.some((p) => p.id === initial.ownerId)) {
    ownerOptions.unshift({ id: initial.ownerId, name: "Current owner", email: "" });
  }

  return (
    <form
      noValidate
      onSubmit={submit}
      aria-label={mode === "create" ? "Add milestone" : `Edit milestone ${initial.title}`}
      onKeyDown={(e) => {
        if (e.key === "Escape" && onCancel) {
          e.preventDefault();
          onCancel();
        }
      }}
      className="space-y-4"
    >
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-[1fr_11rem]">
        <TitleField
          label="Milestone title"
          {...field("title")}
          value={values.title}
          placeholder={mode === "create" ? "e.g. Beta ready for first customers" : undefined}
          autoComplete="off"
          autoFocus
          required
        />
        <TextField
          label="Due date"
          {...field("dueDate")}
          type="date"
          min={minDate}
          description={
            targetDate && values.dueDate && isDueAfterTarget(values.dueDate, targetDate) ? (
              <span className="font-medium text-amber-700">
                After the goal&apos;s {formatDate(targetDate)} target: it will show as a schedule risk.
              </span>
            ) : mode === "edit" && initial.dueDate && values.dueDate > initial.dueDate ? (
              "Moving it later counts as a slip."
            ) : undefined
          }
          required
        />
      </div>
      <TextArea
        label="Description"
        {...field("description")}
        rows={2}
        maxLength={5000}
        placeholder="What “done” means for this checkpoint (optional)"
      />
      <MilestonePlanFields
        mode={mode}
        title={initial.title}
        field={field}
        people={people}
        ownerOptions={ownerOptions}
        meId={meId}
      />

      <MilestoneSkillsField value={values.skills ?? []} onChange={setSkills} error={skillsError} />

      <ApprovalFields
        kind={values.kind}
        title={mode === "edit" ? initial.title : undefined}
        kindField={field("kind")}
        approverField={field("approverId")}
      />

      <MilestoneDependenciesField
        others={others}
        selected={values.dependsOnIds}
        error={dependencyError}
        onToggle={toggleDependency}
      />

      <div className="flex flex-wrap items-center justify-end gap-2">
        {onCancel ? (
          <Button variant="ghost" size="sm" onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
        ) : null}
        {mode === "edit" ? (
          <Button type="submit" variant="primary" size="sm" loading={busy}>
            Save
          </Button>
        ) : (
          <Button type="submit" variant="primary" loading={busy} icon={<Icon name="plus" />}>
            Add milestone
          </Button>
        )}
      </div>
    </form>
  );
}
