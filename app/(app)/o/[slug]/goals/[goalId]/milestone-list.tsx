"use client";

import { useMutation } from "@apollo/client/react";
import { useRef, useState } from "react";
import { Alert } from "@/app/_components/Alert";
import { Button } from "@/app/_components/Button";
import { Card } from "@/app/_components/Card";
import { ConfirmDialog } from "@/app/_components/ConfirmDialog";
import { errorMessage } from "@/app/_components/form-errors";
import type { ResultOf } from "@/graphql/client/graphql";
import { isBeforeToday } from "../dates";
import { Icon } from "../icons";
import {
  AssignMilestoneMutation,
  CreateMilestoneMutation,
  DeleteMilestoneMutation,
  GoalPageQuery,
  MoveMilestoneMutation,
  UnassignMilestoneMutation,
  UpdateMilestoneMutation,
} from "../operations";
import type { Person } from "./assignee-picker";
import { MilestoneForm, type MilestoneFormValues } from "./milestone-form";
import { type MilestoneData, MilestoneRow, type MilestoneStatus, STATUS_LABELS } from "./milestone-row";

type GoalMilestones = ResultOf<typeof GoalPageQuery>["goal"];

/**
 * The goal's milestones in order, with every change applied to the Apollo cache at once
 * (optimistic responses) so the progress bar and counts move as soon as a box is ticked; the
 * server's answer then replaces the guess, or the guess is rolled back and an error shown.
 */
export function MilestoneList({
  queryId,
  goal,
  goalTitle,
  canEdit,
  timeZone,
  startDate,
  candidates,
  membersHref,
}: {
  /** The id the page's GoalPage query was run with (the cache key of its result). */
  queryId: string;
  goal: GoalMilestones;
  goalTitle: string;
  /** False for stakeholders and on archived goals: rows and the add form are read-only. */
  canEdit: boolean;
  timeZone: string;
  startDate: string;
  candidates: readonly Person[] | undefined;
  membersHref: string;
}) {
  const milestones = goal.milestones.edges.map((e) => e.node);
  const count = milestones.length;

  const [editingId, setEditingId] = useState<string | null>(null);
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

  const [createMilestone] = useMutation(CreateMilestoneMutation);
  const [updateMilestone] = useMutation(UpdateMilestoneMutation);
  const [moveMilestone] = useMutation(MoveMilestoneMutation);
  const [deleteMilestone, { loading: deleting }] = useMutation(DeleteMilestoneMutation);
  const [assignMilestone] = useMutation(AssignMilestoneMutation);
  const [unassignMilestone] = useMutation(UnassignMilestoneMutation);

  const announce = (text: string) => {
    // Re-setting identical text would not be announced again.
    setAnnouncement((prev) => (prev === text ? `${text}\u00a0` : text));
  };

  async function setStatus(m: MilestoneData, status: MilestoneStatus) {
    if (status === m.status) return;
    setActionError(null);
    if (status === "DONE") statusBeforeDone.current.set(m.id, m.status);
    const wasDone = m.status === "DONE";
    const isDone = status === "DONE";
    const done = goal.doneMilestoneCount + (isDone && !wasDone ? 1 : !isDone && wasDone ? -1 : 0);
    const isOverdue = isDone ? false : wasDone ? isBeforeToday(m.dueDate, timeZone) : m.isOverdue;
    const overdue = goal.overdueMilestoneCount - (m.isOverdue ? 1 : 0) + (isOverdue ? 1 : 0);
    try {
      await updateMilestone({
        variables: { input: { milestoneId: m.id, status } },
        optimisticResponse: {
          updateMilestone: {
            __typename: "UpdateMilestonePayload",
            milestone: {
              ...m,
              status,
              isOverdue,
              completedAt: isDone ? (m.completedAt ?? new Date().toISOString()) : null,
              goal: {
                __typename: "Goal",
                id: goal.id,
                progress: goal.milestoneCount ? done / goal.milestoneCount : 0,
                milestoneCount: goal.milestoneCount,
                doneMilestoneCount: done,
                overdueMilestoneCount: Math.max(0, overdue),
              },
            },
          },
        },
      });
      announce(`${m.title}: ${STATUS_LABELS[status]}.`);
    } catch (error) {
      setActionError(`Couldn't update “${m.title}”. ${errorMessage(error)}`);
    }
  }

  function toggleDone(m: MilestoneData, done: boolean) {
    if (done) return setStatus(m, "DONE");
    const previous = statusBeforeDone.current.get(m.id);
    statusBeforeDone.current.delete(m.id);
    return setStatus(m, previous && previous !== "DONE" ? previous : "PLANNED");
  }

  function move(m: MilestoneData, direction: "up" | "down") {
    const from = milestones.findIndex((x) => x.id === m.id);
    const to = direction === "up" ? from - 1 : from + 1;
    if (from < 0 || to < 0 || to >= count) return;
    setActionError(null);
    const edges = [...goal.milestones.edges];
    const [moved] = edges.splice(from, 1);
    edges.splice(to, 0, moved!);
    const reordered = edges.map((e, i) => ({
      __typename: e.__typename,
      cursor: e.cursor,
      node: { __typename: e.node.__typename, id: e.node.id, position: i },
    }));
    const run = () =>
      moveMilestone({
        variables: { input: { milestoneId: m.id, position: to } },
        optimisticResponse: {
          moveMilestone: {
            __typename: "MoveMilestonePayload",
            goal: {
              __typename: "Goal",
              id: goal.id,
              progress: goal.progress,
              milestoneCount: goal.milestoneCount,
              doneMilestoneCount: goal.doneMilestoneCount,
              overdueMilestoneCount: goal.overdueMilestoneCount,
              milestones: { ...goal.milestones, edges: reordered },
            },
          },
        },
      }).then(
        () => announce(`Moved “${m.title}” to position ${to + 1} of ${count}.`),
        (error: unknown) => setActionError(`Couldn't move “${m.title}”. ${errorMessage(error)}`),
      );
    moveQueue.current = moveQueue.current.then(run, run);
  }

  async function save(m: MilestoneData, values: MilestoneFormValues) {
    await updateMilestone({
      variables: {
        input: { milestoneId: m.id, title: values.title, dueDate: values.dueDate, description: values.description },
      },
    });
    setEditingId(null);
    announce(`Saved “${values.title}”.`);
  }

  async function create(values: MilestoneFormValues) {
    await createMilestone({
      variables: {
        input: { goalId: goal.id, title: values.title, dueDate: values.dueDate, description: values.description || undefined },
      },
      // New milestones go to the end; append it to the cached list instead of refetching the page.
      update(cache, { data }) {
        const created = data?.createMilestone.milestone;
        if (!created) return;
        const { goal: _counts, ...node } = created;
        cache.updateQuery({ query: GoalPageQuery, variables: { id: queryId } }, (prev) => {
          if (!prev || prev.goal.milestones.edges.some((e) => e.node.id === node.id)) return prev;
          const { milestones } = prev.goal;
          return {
            ...prev,
            goal: {
              ...prev.goal,
              milestones: {
                ...milestones,
                totalCount: milestones.totalCount + 1,
                edges: [...milestones.edges, { __typename: "GoalMilestonesConnectionEdge" as const, cursor: node.id, node }],
              },
            },
          };
        });
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
          // The payload's assignment is not read here; the optimistic write only touches assignees.
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

  return (
    <section aria-labelledby="milestones-heading">
      <div className="mb-3 flex flex-wrap items-end justify-between gap-2">
        <div>
          <h2 id="milestones-heading" className="text-lg font-semibold text-slate-900">
            Milestones
          </h2>
          <p className="text-sm text-slate-500">
            {count === 0
              ? "Checkpoints on the way to the goal."
              : `${goal.doneMilestoneCount} of ${goal.milestoneCount} done${
                  goal.overdueMilestoneCount ? ` · ${goal.overdueMilestoneCount} overdue` : ""
                }`}
          </p>
        </div>
      </div>

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
            <p className="font-medium text-slate-900">No milestones yet</p>
            <p className="mt-1 max-w-sm text-sm text-slate-500">
              {canEdit
                ? "Break “" + goalTitle + "” into checkpoints with due dates. Progress is the share of milestones done."
                : "When milestones are added, they'll show up here in order with their due dates."}
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
                editing={editingId === m.id}
               
                candidates={candidates}
                membersHref={membersHref}
                assigneeBusy={assigneeBusy[m.id] ?? empty}
                assigneeError={assigneeError[m.id]}
                onEdit={() => setEditingId(m.id)}
                onCancelEdit={() => setEditingId(null)}
                onSave={(values) => save(m, values)}
                onDelete={() => {
                  setDeleteError(null);
                  setPendingDelete(m);
                }}
                onMove={(direction) => move(m, direction)}
                onStatus={(status) => void setStatus(m, status)}
                onToggleDone={(done) => void toggleDone(m, done)}
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
          <div className="rounded-b-xl border-t border-slate-200 bg-slate-50/70 px-5 py-5 sm:px-6">
            <h3 className="mb-3 text-sm font-semibold text-slate-800">Add a milestone</h3>
            <MilestoneForm mode="create" onSubmit={create} />
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
              “{pendingDelete.title}” and its assignments will be removed for everyone. The goal&apos;s progress
              is recalculated. This can&apos;t be undone.
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
