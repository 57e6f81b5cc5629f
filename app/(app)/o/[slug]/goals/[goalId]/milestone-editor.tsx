"use client";

import { StaleEditNotice } from "@/app/_components/StaleEditNotice";
import type { MilestoneData } from "@/app/_components/goals/milestone-row-fields";
import type { Person } from "./assignee-picker";
import { MilestoneForm } from "./milestone-form";
import type { useMilestoneEditor } from "./use-milestone-editor";

/** One milestone's in-place editor, with the notice when someone else saved it meanwhile. */
export function MilestoneEditor({
  milestone: m,
  editor,
  targetDate,
  people,
  meId,
  others,
}: {
  milestone: MilestoneData;
  editor: ReturnType<typeof useMilestoneEditor>;
  targetDate: string;
  people: readonly Person[] | undefined;
  meId?: string;
  others: readonly { id: string; title: string }[];
}) {
  return (
    <>
      {editor.conflict ? (
        <div className="mb-4">
          <StaleEditNotice
            conflict={editor.conflict}
            thing="milestone"
            busy={editor.resolving}
            onReload={() => void editor.resolveConflict(m, "reload")}
            onOverwrite={() => void editor.resolveConflict(m, "overwrite")}
          />
        </div>
      ) : null}
      {/* Remounted with the milestone's current values after "Reload their version". */}
      <MilestoneForm
        key={editor.editVersion ?? undefined}
        mode="edit"
        initial={{
          title: m.title,
          dueDate: m.dueDate,
          description: m.description,
          ownerId: m.owner?.id ?? "",
          weight: String(m.weight),
          durationDays: m.durationDays == null ? "" : String(m.durationDays),
          dependsOnIds: m.dependsOn.map((d) => d.id),
          kind: m.kind,
          approverId: m.approver?.id ?? "",
          skills: [...m.skills],
        }}
        targetDate={targetDate}
        people={people}
        meId={meId}
        others={others}
        onSubmit={(values) => editor.save(m, values)}
        onCancel={editor.stop}
      />
    </>
  );
}
