"use client";

import { useMutation } from "@apollo/client/react";
import { useRef, useState } from "react";
import { errorMessage } from "@/app/_components/form-errors";
import { effectiveStatus } from "@/domain/schedule.ts";
import { todayIn } from "@/app/_components/goals/dates";
import type { MilestoneData, MilestoneStatus } from "@/app/_components/goals/milestone-row-fields";
import { MILESTONE_STATE_LABELS } from "@/domain/labels.ts";
import { type MilestoneFormValues, parsedNumbers } from "./milestone-form-values";
import type { MilestoneListGoal } from "./milestone-list-fields";
import {
  CreatePageMilestoneMutation,
  DeletePageMilestoneMutation,
  MovePageMilestoneMutation,
  type PageGoal,
  UpdatePageMilestoneMutation,
} from "./operations";

const refetchActivity = { refetchQueries: ["GoalActivity"] };

/**
 * The milestone list's mutations. Ticking a box or moving a row shows at once (optimistic
 * responses built from what the page already has); every number — progress, health, slack, the
 * critical path — is then replaced by what the server computed, since each mutation answers with
 * the whole goal. `goal` is the page's whole goal because those optimistic answers are whole goals.
 */
export function useMilestoneActions({
  goal,
  timeZone,
  announce,
  onCelebrate,
}: {
  goal: PageGoal;
  timeZone: string;
  announce: (text: string) => void;
  onCelebrate: (message: string, origin: Element | null) => void;
}) {
  const [actionError, setActionError] = useState<string | null>(null);
  // What a milestone was before it was ticked done here, so unticking restores it.
  const statusBeforeDone = useRef(new Map<string, MilestoneStatus>());
  // Moves are sent one after another so quick key presses reach the server in order.
  const moveQueue = useRef<Promise<unknown>>(Promise.resolve());

  const [createMilestone] = useMutation(CreatePageMilestoneMutation, refetchActivity);
  const [updateMilestone] = useMutation(UpdatePageMilestoneMutation, refetchActivity);
  const [moveMilestone] = useMutation(MovePageMilestoneMutation);
  const [deleteMilestone, { loading: deleting }] = useMutation(DeletePageMilestoneMutation, refetchActivity);
  // The rows' view of the milestones: full rows, so rebuilt edges fit every fragment that reads them.
  const list: MilestoneListGoal = goal;
  const edges = list.milestones.edges;

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
    const milestones = { ...goal.milestones, edges: edges.map((e) => (e.node.id === m.id ? { ...e, node: optimistic } : e)) };
    try {
      await updateMilestone({
        variables: { input: { milestoneId: m.id, status } },
        // The tick shows at once; the goal's numbers wait for the server's answer.
        optimisticResponse: {
          updateMilestone: { __typename: "UpdateMilestonePayload", milestone: { ...optimistic, goal: { ...goal, milestones } } },
        },
      });
      announce(`${m.title}: ${MILESTONE_STATE_LABELS[status]}.`);
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
    const from = edges.findIndex((e) => e.node.id === m.id);
    const to = direction === "up" ? from - 1 : from + 1;
    if (from < 0 || to < 0 || to >= edges.length) return;
    setActionError(null);
    const next = [...edges];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved!);
    const reordered = next.map((e, i) => ({ ...e, node: { ...e.node, position: i } }));
    const run = () =>
      moveMilestone({
        variables: { input: { milestoneId: m.id, position: to } },
        optimisticResponse: {
          moveMilestone: { __typename: "MoveMilestonePayload", goal: { ...goal, milestones: { ...goal.milestones, edges: reordered } } },
        },
      }).then(
        () => announce(`Moved “${m.title}” to position ${to + 1} of ${edges.length}.`),
        (error: unknown) => setActionError(`Couldn't move “${m.title}”. ${errorMessage(error)}`),
      );
    moveQueue.current = moveQueue.current.then(run, run);
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
          kind: values.kind === "APPROVAL" ? "APPROVAL" : undefined,
          approverId: values.kind === "APPROVAL" ? values.approverId || undefined : undefined,
          skills: values.skills.length ? values.skills : undefined,
        },
      },
    });
    announce(`Added “${values.title}”.`);
  }

  /** Throws the mutation's error for the confirm dialog to show. */
  async function remove(m: MilestoneData) {
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
    announce(`Deleted “${m.title}”.`);
  }

  return { actionError, setActionError, setStatus, toggleDone, move, create, remove, deleting, updateMilestone };
}
