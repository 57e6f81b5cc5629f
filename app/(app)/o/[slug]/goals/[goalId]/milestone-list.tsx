"use client";

import { useLazyQuery, useMutation } from "@apollo/client/react";
import { useRef, useState } from "react";
import { Alert } from "@/app/_components/Alert";
import { Button } from "@/app/_components/Button";
import { Card } from "@/app/_components/Card";
import { ConfirmDialog } from "@/app/_components/ConfirmDialog";
import { errorMessage } from "@/app/_components/form-errors";
import { useStaleEdit } from "@/app/_components/stale-edit";
import { StaleEditNotice } from "@/app/_components/StaleEditNotice";
import type { VariablesOf } from "@/graphql/client/graphql";
import { effectiveStatus } from "@/domain/schedule.ts";
import { todayIn } from "@/app/_components/goals/dates";
import { Icon } from "@/app/_components/goals/icons";
import type { Person } from "./assignee-picker";
import { CriticalPath } from "./critical-path";
import { MilestoneForm, type MilestoneFormValues, parsedNumbers } from "./milestone-form";
import { type MilestoneData, MilestoneRow, type MilestoneStatus, STATUS_LABELS } from "./milestone-row";
import {
  AssignPageMilestoneMutation,
  CreatePageMilestoneMutation,
  DeletePageMilestoneMutation,
  MovePageMilestoneMutation,
  ReloadPageMilestoneQuery,
  UnassignPageMilestoneMutation,
  UpdatePageMilestoneMutation,
} from "./operations";
import type { PageGoal } from "./progress-panel";

type UpdateInput = VariablesOf<typeof UpdatePageMilestoneMutation>["input"];

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * The goal's milestones in order. Ticking a box or moving a row shows at once (optimistic
 * responses built from what the page already has); every number — progress, health, slack, the
 * critical path — is then replaced by what the server computed, since each mutation answers with
 * the whole goal.
 */
export function MilestoneList({
  goal,
  canEdit,
  timeZone,
  candidates,
  meId,
  membersHref,
  onCelebrate,
}: {
  goal: PageGoal;
  /** False for stakeholders and on archived or closed goals: rows and the add form are read-only. */
  canEdit: boolean;
  timeZone: string;
  candidates: readonly Person[] | undefined;
  meId?: string;
  membersHref: string;
  onCelebrate: (message: string, origin: Element | null) => void;
}) {
  const milestones = goal.milestones.edges.map((e) => e.node);
  const count = milestones.length;
  const subGoals = goal.children.length;

  const [editingId, setEditingId] = useState<string | null>(null);
  // The version the open editor was loaded at (sent as expectedVersion), and a stale save's conflict.
  const [editVersion, setEditVersion] = useState<number | null>(null);
  const { conflict, clear, resolving, trySave, resolve } = useStaleEdit<UpdateInput>();
  const [pendingDelete, setPendingDelete] = useState<MilestoneData | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [assigneeBusy, setAssigneeBusy] = useState<Record<string, Set<string>>>({});
  const [assigneeError, setAssigneeError] = useState<Record<string, string | null>>({});
  // What a milestone was before it was ticked done here, so unticking restores it.
  const statusBeforeDone = useRef(new Map<string, MilestoneStatus>());
  // Moves are sent one after another so quick key presses reach the server in order.
  const moveQueue = useRef<Promise<unknown>>(Promise.resolve());

  const refetchActivity = { refetchQueries: ["GoalActivity"] };
  const [createMilestone] = useMutation(CreatePageMilestoneMutation, refetchActivity);
  const [updateMilestone] = useMutation(UpdatePageMilestoneMutation, refetchActivity);
  const [moveMilestone] = useMutation(MovePageMilestoneMutation);
  const [deleteMilestone, { loading: deleting }] = useMutation(DeletePageMilestoneMutation, refetchActivity);
  const [assignMilestone] = useMutation(AssignPageMilestoneMutation);
  const [unassignMilestone] = useMutation(UnassignPageMilestoneMutation);
  const [reloadMilestone] = useLazyQuery(ReloadPageMilestoneQuery, { fetchPolicy: "network-only" });

  const announce = (text: string) => {
    // Re-setting identical text would not be announced again.
    setAnnouncement((prev) => (prev === text ? `${text}\u00a0` : text));
  };

  async function setStatus(m: MilestoneData, status: MilestoneStatus, origin: Element | null) {
    if (status === m.status) return;
    setActionError(null);
    if (status === "DONE") statusBeforeDone.current.set(m.id, m.status);
    const state = effectiveStatus(status, m.dueDate, todayIn(timeZone));
    const optimistic: MilestoneData = {
      ...m,
      status,
      effectiveStatus: state,
      isMissed: state === "MISSED",
      completedAt: status === "DONE" ? (m.completedAt ?? new Date().toISOString()) : null,
    };
    try {
      await updateMilestone({
        variables: { input: { milestoneId: m.id, status } },
        // The tick shows at once; the goal's numbers wait for the server's answer.
        optimisticResponse: {
          updateMilestone: {
            __typename: "UpdateMilestonePayload",
            milestone: {
              ...optimistic,
              goal: {
                ...goal,
                milestones: {
                  ...goal.milestones,
                  edges: goal.milestones.edges.map((e) => (e.node.id === m.id ? { ...e, node: optimistic } : e)),
                },
              },
            },
          },
        },
      });
      announce(`${m.title}: ${STATUS_LABELS[status]}.`);
      if (status === "DONE") onCelebrate("Milestone done — nice work!", origin);
    } catch (error) {
      setActionError(`Couldn't update “${m.title}”. ${errorMessage(error)}`);
    }
  }

  function toggleDone(m: MilestoneData, done: boolean, origin: Element | null) {
    if (done) return setStatus(m, "DONE", origin);
    const previous = statusBeforeDone.current.get(m.id);
    statusBeforeDone.current.delete(m.id);
    return setStatus(m, previous && previous !== "DONE" ? previous : "PLANNED", origin);
  }

  function move(m: MilestoneData, direction: "up" | "down") {
    const from = milestones.findIndex((x) => x.id === m.id);
    const to = direction === "up" ? from - 1 : from + 1;
    if (from < 0 || to < 0 || to >= count) return;
    setActionError(null);
    const edges = [...goal.milestones.edges];
    const [moved] = edges.splice(from, 1);
    edges.splice(to, 0, moved!);
    const reordered = edges.map((e, i) => ({ ...e, node: { ...e.node, position: i } }));
    const run = () =>
      moveMilestone({
        variables: { input: { milestoneId: m.id, position: to } },
        optimisticResponse: {
          moveMilestone: {
            __typename: "MoveMilestonePayload",
            goal: { ...goal, milestones: { ...goal.milestones, edges: reordered } },
          },
        },
      }).then(
        () => announce(`Moved “${m.title}” to position ${to + 1} of ${count}.`),
        (error: unknown) => setActionError(`Couldn't move “${m.title}”. ${errorMessage(error)}`),
      );
    moveQueue.current = moveQueue.current.then(run, run);
  }

  function startEdit(m: MilestoneData) {
    setEditingId(m.id);
    setEditVersion(m.version);
    clear();
  }

  function stopEdit() {
    setEditingId(null);
    clear();
  }

  async function save(m: MilestoneData, values: MilestoneFormValues) {
    const { weight, durationDays } = parsedNumbers(values);
    const ownerId = values.ownerId || null;
    // Only what changed: an unchanged due date must not look like a move.
    const input: UpdateInput = {
      milestoneId: m.id,
      ...(values.title !== m.title ? { title: values.title } : {}),
      ...(values.dueDate !== m.dueDate ? { dueDate: values.dueDate } : {}),
      ...(values.description !== m.description ? { description: values.description } : {}),
      ...(ownerId !== (m.owner?.id ?? null) ? { ownerId } : {}),
      ...(weight !== m.weight ? { weight } : {}),
      ...(durationDays !== m.durationDays ? { durationDays } : {}),
      ...(!sameSet(values.dependsOnIds, m.dependsOn.map((d) => d.id)) ? { dependsOnIds: values.dependsOnIds } : {}),
    };
    await saveOnTopOf(input, editVersion ?? m.version, values.title);
  }

  /** A stale version keeps the editor open with who changed it, instead of failing the form. */
  async function saveOnTopOf(input: UpdateInput, expectedVersion: number, title: string) {
    if (!(await trySave(input, () => updateMilestone({ variables: { input: { ...input, expectedVersion } } })))) return;
    stopEdit();
    announce(`Saved “${title}”.`);
  }

  function resolveConflict(m: MilestoneData, how: "reload" | "overwrite") {
    setActionError(null);
    return resolve(
      async (c) => {
        if (how === "overwrite") return saveOnTopOf(c.input, c.currentVersion, c.input.title ?? m.title);
        const { data } = await reloadMilestone({ variables: { id: m.id } });
        setEditVersion(data?.node?.__typename === "Milestone" ? data.node.version : c.currentVersion);
        clear();
      },
      (error) => setActionError(`Couldn't save “${m.title}”. ${errorMessage(error)}`),
    );
  }

  async function create(values: MilestoneFormValues) {
    const { weight, durationDays } = parsedNumbers(values);
    await createMilestone({
      variables: {
        input: {
          goalId: goal.id,
          title: values.title,
          dueDate: values.dueDate,
          description: values.description || undefined,
          ownerId: values.ownerId || undefined,
          weight,
          durationDays,
          dependsOnIds: values.dependsOnIds.length ? values.dependsOnIds : undefined,
        },
      },
    });
    announce(`Added “${values.title}”.`);
  }

  async function confirmDelete() {
    if (!pendingDelete) return;
    const m = pendingDelete;
    setDeleteError(null);
    try {
      await deleteMilestone({
        variables: { input: { milestoneId: m.id } },
        update(cache, { data }) {
          const id = data?.deleteMilestone.deletedMilestoneId;
          if (id) {
            cache.evict({ id: cache.identify({ __typename: "Milestone", id }) });
            cache.gc();
          }
        },
      });
      setPendingDelete(null);
      announce(`Deleted “${m.title}”.`);
    } catch (error) {
      setDeleteError(errorMessage(error));
    }
  }

  async function toggleAssignee(m: MilestoneData, person: Person, assign: boolean) {
    setAssigneeError((e) => ({ ...e, [m.id]: null }));
    setAssigneeBusy((b) => ({ ...b, [m.id]: new Set([...(b[m.id] ?? []), person.id]) }));
    const assignees = assign
      ? [...m.assignees, { __typename: "User" as const, ...person }]
      : m.assignees.filter((a) => a.id !== person.id);
    const milestone = { __typename: "Milestone" as const, id: m.id, assignees };
    try {
      if (assign) {
        await assignMilestone({
          variables: { input: { milestoneId: m.id, userId: person.id } },
          optimisticResponse: { assignMilestone: { __typename: "AssignMilestonePayload", milestone } },
        });
      } else {
        await unassignMilestone({
          variables: { input: { milestoneId: m.id, userId: person.id } },
          optimisticResponse: { unassignMilestone: { __typename: "UnassignMilestonePayload", milestone } },
        });
      }
      announce(assign ? `Assigned ${person.name} to “${m.title}”.` : `Removed ${person.name} from “${m.title}”.`);
    } catch (error) {
      setAssigneeError((e) => ({ ...e, [m.id]: errorMessage(error) }));
    } finally {
      setAssigneeBusy((b) => {
        const next = new Set(b[m.id]);
        next.delete(person.id);
        return { ...b, [m.id]: next };
      });
    }
  }

  const empty = new Set<string>();
  const summary =
    count === 0
      ? "Checkpoints on the way to the goal."
      : `${goal.doneMilestoneCount} of ${goal.milestoneCount} done${goal.missedMilestoneCount ? ` · ${goal.missedMilestoneCount} missed` : ""}`;

  return (
    <section aria-labelledby="milestones-heading">
      <div className="mb-3 flex flex-wrap items-end justify-between gap-2">
        <div>
          <h2 id="milestones-heading" className="text-lg font-semibold text-slate-900">
            Milestones
          </h2>
          <p className="text-sm text-slate-500">{summary}</p>
        </div>
      </div>

      <CriticalPath goal={goal} timeZone={timeZone} />

      {actionError ? (
        <Alert
          tone="error"
          className="mb-4"
          action={
            <Button size="sm" variant="ghost" onClick={() => setActionError(null)}>
              Dismiss
            </Button>
          }
        >
          {actionError}
        </Alert>
      ) : null}

      <Card padded={false} className="overflow-visible">
        {count === 0 ? (
          <div className="flex flex-col items-center px-6 py-10 text-center">
            <div className="mb-3 flex size-11 items-center justify-center rounded-full bg-indigo-50 text-indigo-600">
              <Icon name="flag" className="size-5" />
            </div>
            <p className="font-medium text-slate-900">
              {subGoals > 0 ? "No milestones of its own" : "No milestones yet"}
            </p>
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
        ) : (
          <ol className="divide-y divide-slate-100">
            {milestones.map((m, index) => (
              <MilestoneRow
                key={m.id}
                milestone={m}
                canEdit={canEdit && m.viewerCanEdit}
                index={index}
                count={count}
                timeZone={timeZone}
                targetDate={goal.targetDate}
                editing={editingId === m.id}
                formKey={editingId === m.id ? editVersion : null}
                editNotice={
                  conflict && editingId === m.id ? (
                    <StaleEditNotice
                      conflict={conflict}
                      thing="milestone"
                      busy={resolving}
                      onReload={() => void resolveConflict(m, "reload")}
                      onOverwrite={() => void resolveConflict(m, "overwrite")}
                    />
                  ) : null
                }
                candidates={candidates}
                meId={meId}
                others={milestones.filter((o) => o.id !== m.id).map((o) => ({ id: o.id, title: o.title }))}
                membersHref={membersHref}
                assigneeBusy={assigneeBusy[m.id] ?? empty}
                assigneeError={assigneeError[m.id]}
                onEdit={() => startEdit(m)}
                onCancelEdit={stopEdit}
                onSave={(values) => save(m, values)}
                onDelete={() => {
                  setDeleteError(null);
                  setPendingDelete(m);
                }}
                onMove={(direction) => move(m, direction)}
                onStatus={(status, origin) => void setStatus(m, status, origin)}
                onToggleDone={(done, origin) => void toggleDone(m, done, origin)}
                onToggleAssignee={(person, assign) => void toggleAssignee(m, person, assign)}
              />
            ))}
          </ol>
        )}
        {goal.milestones.pageInfo.hasNextPage ? (
          <p className="border-t border-slate-100 px-6 py-3 text-sm text-slate-500">
            Showing the first {count} of {goal.milestones.totalCount} milestones.
          </p>
        ) : null}

        {/* One form at a time: while a milestone is edited in place, the add form steps aside. */}
        {canEdit && !editingId ? (
          <div className="rounded-b-xl border-t border-slate-200 bg-slate-50/70 px-5 py-5 sm:px-6 print:hidden">
            <h3 className="mb-3 text-sm font-semibold text-slate-800">Add a milestone</h3>
            <MilestoneForm
              mode="create"
              targetDate={goal.targetDate}
              people={candidates}
              meId={meId}
              others={milestones.map((o) => ({ id: o.id, title: o.title }))}
              onSubmit={create}
            />
          </div>
        ) : null}
      </Card>

      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>

      <ConfirmDialog
        open={!!pendingDelete}
        title="Delete milestone?"
        description={
          pendingDelete ? (
            <>
              “{pendingDelete.title}” and its assignments will be removed for everyone. The goal&apos;s progress is
              recalculated. This can&apos;t be undone.
            </>
          ) : null
        }
        confirmLabel="Delete"
        tone="danger"
        loading={deleting}
        error={deleteError}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setPendingDelete(null)}
      />
    </section>
  );
}
