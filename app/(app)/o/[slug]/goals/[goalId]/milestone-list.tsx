"use client";

import { useState } from "react";
import { Alert } from "@/app/_components/Alert";
import { Button } from "@/app/_components/Button";
import { Card } from "@/app/_components/Card";
import { MilestonePeople } from "@/app/_components/goals/milestone-people";
import { AssigneePicker, type Person } from "./assignee-picker";
import { CriticalPath } from "./critical-path";
import { MilestoneAdd } from "./milestone-add";
import { MilestoneDeleteDialog } from "./milestone-delete-dialog";
import { MilestoneEmpty } from "./milestone-empty";
import { MilestoneEditor } from "./milestone-editor";
import { MilestoneRow } from "./milestone-row";
import { OwnerSuggestions } from "./owner-suggestions";
import { TemplateAdd } from "./template-add";
import type { MilestoneListGoal } from "./milestone-list-fields";
import type { PageGoal } from "./operations";
import { useMilestoneActions } from "./use-milestone-actions";
import { useMilestoneAssignees } from "./use-milestone-assignees";
import { useMilestoneEditor } from "./use-milestone-editor";
import type { MilestoneData } from "@/app/_components/goals/milestone-row-fields";

/** The goal's milestones in order, each editable in place, and the "Add milestone" form. */
export function MilestoneList({
  goal,
  canEdit,
  timeZone,
  candidates,
  meId,
  membersHref,
  onCelebrate,
}: {
  /** The page's whole goal: optimistic answers rebuild it (see useMilestoneActions). */
  goal: PageGoal;
  /** False for stakeholders and on archived or closed goals: rows and the add form are read-only. */
  canEdit: boolean;
  timeZone: string;
  candidates: readonly Person[] | undefined;
  meId?: string;
  membersHref: string;
  onCelebrate: (message: string, origin: Element | null) => void;
}) {
  // Read through the list's own fragment: the page's goal holds these milestones under several fragments.
  const list: MilestoneListGoal = goal;
  const milestones = list.milestones.edges.map((e) => e.node);
  const count = milestones.length;
  const [announcement, setAnnouncement] = useState("");
  const [pendingDelete, setPendingDelete] = useState<MilestoneData | null>(null);
  // Re-setting identical text would not be announced again.
  const announce = (text: string) => setAnnouncement((prev) => (prev === text ? `${text}\u00a0` : text));
  const actions = useMilestoneActions({ goal, timeZone, announce, onCelebrate });
  const editor = useMilestoneEditor({ updateMilestone: actions.updateMilestone, announce, onError: actions.setActionError });
  const assignees = useMilestoneAssignees(announce);
  // A suggested owner is saved like any other edit: on top of the version the row shows.
  async function makeOwner(m: MilestoneData, person: Person) {
    await actions.updateMilestone({ variables: { input: { milestoneId: m.id, ownerId: person.id, expectedVersion: m.version } } });
    announce(`${person.name} owns “${m.title}”.`);
  }
  const titles = (except?: string) => milestones.filter((o) => o.id !== except).map((o) => ({ id: o.id, title: o.title }));

  const summary =
    count === 0
      ? "Checkpoints on the way to the goal."
      : `${goal.doneMilestoneCount} of ${goal.milestoneCount} done${goal.missedMilestoneCount ? ` · ${goal.missedMilestoneCount} missed` : ""}`;

  return (
    <section aria-labelledby="milestones-heading">
      <div className="mb-3">
        <h2 id="milestones-heading" className="text-lg font-semibold text-slate-900">
          Milestones
        </h2>
        <p className="text-sm text-slate-500">{summary}</p>
      </div>

      <CriticalPath goal={goal} timeZone={timeZone} />

      {actions.actionError ? (
        <Alert
          tone="error"
          className="mb-4"
          action={
            <Button size="sm" variant="ghost" onClick={() => actions.setActionError(null)}>
              Dismiss
            </Button>
          }
        >
          {actions.actionError}
        </Alert>
      ) : null}

      <Card padded={false} className="overflow-visible">
        {count === 0 ? (
          <MilestoneEmpty goal={goal} canEdit={canEdit} />
        ) : (
          <ol className="divide-y divide-slate-100">
            {milestones.map((m, index) => {
              const rowCanEdit = canEdit && m.viewerCanEdit;
              const editing = editor.editingId === m.id;
              return (
                <MilestoneRow
                  key={m.id}
                  milestone={m}
                  canEdit={rowCanEdit}
                  index={index}
                  count={count}
                  timeZone={timeZone}
                  editor={
                    editing ? (
                      <MilestoneEditor
                        milestone={m}
                        editor={editor}
                        targetDate={goal.targetDate}
                        people={candidates}
                        meId={meId}
                        others={titles(m.id)}
                      />
                    ) : null
                  }
                  people={
                    <MilestonePeople
                      owner={m.owner}
                      helpers={m.helpers}
                      ownerAction={
                        rowCanEdit ? (
                          <OwnerSuggestions
                            milestoneId={m.id}
                            milestoneTitle={m.title}
                            hasOwner={m.owner !== null}
                            onPick={(person) => makeOwner(m, person)}
                          />
                        ) : null
                      }
                      helperAction={
                        rowCanEdit ? (
                          <AssigneePicker
                            milestoneTitle={m.title}
                            ownerId={m.owner?.id ?? null}
                            assignees={m.helpers}
                            candidates={candidates}
                            membersHref={membersHref}
                            busyIds={assignees.busyFor(m.id)}
                            error={assignees.errorFor(m.id)}
                            onToggle={(person, assign) => void assignees.toggle(m, person, assign)}
                          />
                        ) : null
                      }
                    />
                  }
                  onEdit={() => editor.start(m)}
                  onDelete={() => setPendingDelete(m)}
                  onMove={(direction) => actions.move(m, direction)}
                  onStatus={(status, origin) => void actions.setStatus(m, status, origin)}
                  onToggleDone={(done, origin) => void actions.toggleDone(m, done, origin)}
                />
              );
            })}
          </ol>
        )}
        {goal.milestones.pageInfo.hasNextPage ? (
          <p className="border-t border-slate-100 px-6 py-3 text-sm text-slate-500">
            Showing the first {count} of {goal.milestones.totalCount} milestones.
          </p>
        ) : null}

        {/* One form at a time: while a milestone is edited in place, the add form steps aside. */}
        {canEdit && !editor.editingId ? (
          <MilestoneAdd
            targetDate={goal.targetDate}
            people={candidates}
            meId={meId}
            others={titles()}
            onCreate={actions.create}
            aside={<TemplateAdd goalId={goal.id} startDate={goal.startDate} targetDate={goal.targetDate} people={candidates} onAdded={announce} />}
          />
        ) : null}
      </Card>

      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>

      <MilestoneDeleteDialog
        milestone={pendingDelete}
        deleting={actions.deleting}
        onDelete={actions.remove}
        onClose={() => setPendingDelete(null)}
      />
    </section>
  );
}
