"use client";

import { useLazyQuery } from "@apollo/client/react";
import { useState } from "react";
import { errorMessage } from "@/app/_components/form-errors";
import { useStaleEdit } from "@/app/_components/stale-edit";
import type { VariablesOf } from "@/graphql/client/graphql";
import type { MilestoneData } from "@/app/_components/goals/milestone-row-fields";
import { type MilestoneFormValues, parsedNumbers } from "./milestone-form-values";
import { ReloadPageMilestoneQuery, type UpdatePageMilestoneMutation } from "./operations";
import type { useMilestoneActions } from "./use-milestone-actions";

type UpdateInput = VariablesOf<typeof UpdatePageMilestoneMutation>["input"];
type Update = ReturnType<typeof useMilestoneActions>["updateMilestone"];

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * Editing one milestone in place: which one is open, the version it was loaded at (sent as
 * expectedVersion), and a stale save's conflict, which keeps the editor open with who changed it.
 */
export function useMilestoneEditor({
  updateMilestone,
  announce,
  onError,
}: {
  updateMilestone: Update;
  announce: (text: string) => void;
  onError: (message: string) => void;
}) {
  const [editingId, setEditingId] = useState<string | null>(null);
  const [editVersion, setEditVersion] = useState<number | null>(null);
  const { conflict, clear, resolving, trySave, resolve } = useStaleEdit<UpdateInput>();
  const [reloadMilestone] = useLazyQuery(ReloadPageMilestoneQuery, { fetchPolicy: "network-only" });

  function start(m: MilestoneData) {
    setEditingId(m.id);
    setEditVersion(m.version);
    clear();
  }

  function stop() {
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
      ...(values.kind !== m.kind ? { kind: values.kind as MilestoneData["kind"] } : {}),
      ...(JSON.stringify(values.skills) !== JSON.stringify(m.skills) ? { skills: values.skills } : {}),
      ...(values.kind === "APPROVAL" && values.approverId !== (m.approver?.id ?? "") ? { approverId: values.approverId || null } : {}),
    };
    await saveOnTopOf(input, editVersion ?? m.version, values.title);
  }

  async function saveOnTopOf(input: UpdateInput, expectedVersion: number, title: string) {
    if (!(await trySave(input, () => updateMilestone({ variables: { input: { ...input, expectedVersion } } })))) return;
    stop();
    announce(`Saved “${title}”.`);
  }

  function resolveConflict(m: MilestoneData, how: "reload" | "overwrite") {
    return resolve(
      async (c) => {
        if (how === "overwrite") return saveOnTopOf(c.input, c.currentVersion, c.input.title ?? m.title);
        const { data } = await reloadMilestone({ variables: { id: m.id } });
        setEditVersion(data?.node?.__typename === "Milestone" ? data.node.version : c.currentVersion);
        clear();
      },
      (error) => onError(`Couldn't save “${m.title}”. ${errorMessage(error)}`),
    );
  }

  return { editingId, editVersion, conflict, resolving, start, stop, save, resolveConflict };
}
