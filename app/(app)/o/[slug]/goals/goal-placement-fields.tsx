import { useFormContext, useWatch } from "react-hook-form";
import { Select, TextArea, TextField } from "@/app/_components/fields";
import type { ParentOption } from "./goal-form-options";
import { FormSection, useGoalField } from "./goal-form-section";
import type { GoalFormValues } from "./goal-form-schema";

/** Where the goal fits: its parent goal and weight there, and why it matters and is achievable. */
export function GoalPlacementFields({ parents }: { parents: ParentOption[] }) {
  const field = useGoalField();
  const { control } = useFormContext<GoalFormValues>();
  const parentId = useWatch({ control, name: "parentId" });
  // The current parent stays selectable if it has since been closed or archived (the server decides if it may stay).
  const choices =
    !parentId || parents.some((p) => p.id === parentId)
      ? parents
      : [...parents, { id: parentId, title: "Current parent goal (closed or archived)", depth: 0 }];

  return (
    <FormSection
      title="Where it fits"
      description="Optional. A parent goal or a stated reason makes a goal Relevant; a rationale supports Achievable."
    >
      <Select
        label="Parent goal"
        {...field("parentId")}
        description="Make this goal an objective of a bigger one: its progress rolls up into the parent’s."
      >
        <option value="">None (a top-level goal)</option>
        {choices.map((p) => (
          <option key={p.id} value={p.id}>
            {"\u00a0\u00a0\u00a0".repeat(Math.min(p.depth, 4))}
            {p.depth > 0 ? "↳ " : ""}
            {p.title}
          </option>
        ))}
      </Select>
      {parentId ? (
        <TextField
          label="Weight in parent"
          {...field("weight")}
          type="number"
          inputMode="decimal"
          min={0}
          max={1000}
          step="any"
          description="Its share of the parent’s progress next to the parent’s other sub-goals and milestones (each 1 by default); 0 leaves it out."
          wrapperClassName="sm:max-w-sm"
        />
      ) : null}
      <TextArea
        label="Why it matters (relevance)"
        {...field("relevance")}
        dir="auto"
        description="The bigger aim it serves. Optional."
        rows={3}
        maxLength={2000}
      />
      <TextArea
        label="Why it’s achievable (rationale)"
        {...field("rationale")}
        dir="auto"
        description="What makes the target reachable: past results, capacity, a plan. Optional."
        rows={3}
        maxLength={2000}
      />
    </FormSection>
  );
}
