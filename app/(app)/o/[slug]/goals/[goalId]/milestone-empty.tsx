import { Icon } from "@/app/_components/goals/icons";

/** What an empty milestone list says depends on who reads it and what drives the goal's progress. */
export function MilestoneEmpty({
  goal,
  canEdit,
}: {
  goal: { title: string; kind: string; children: readonly unknown[] };
  canEdit: boolean;
}) {
  const subGoals = goal.children.length;
  return (
    <div className="flex flex-col items-center px-6 py-10 text-center">
      <div className="mb-3 flex size-11 items-center justify-center rounded-full bg-indigo-50 text-indigo-600">
        <Icon name="flag" className="size-5" />
      </div>
      <p className="font-medium text-slate-900">{subGoals > 0 ? "No milestones of its own" : "No milestones yet"}</p>
      <p className="mt-1 max-w-sm text-sm text-slate-500">
        {subGoals > 0
          ? `Its progress comes from its ${subGoals === 1 ? "sub-goal" : `${subGoals} sub-goals`} (see Progress above).${canEdit ? " Add milestones here for work that belongs to this goal itself." : ""}`
          : !canEdit
            ? "When milestones are added, they'll show up here in order with their due dates."
            : goal.kind === "METRIC"
              ? "Optional for a metric goal: checkpoints with due dates plan the way to the target."
              : `Break “${goal.title}” into checkpoints with due dates. Add durations and dependencies to see the critical path.`}
      </p>
    </div>
  );
}
