"use client";

import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { useCelebration } from "@/app/_components/Celebration";
import { errorMessage } from "@/app/_components/form-errors";
import type { GoalOutcome as Outcome } from "@/domain/enums.ts";
import { ArchiveGoalPageMutation, CloseGoalMutation, ReopenGoalMutation, UnarchiveGoalPageMutation } from "./operations";

const refetchActivity = { refetchQueries: ["GoalActivity"] };

/** The goal's own life cycle: archive, unarchive, close (with a burst when achieved) and reopen. */
export function useGoalActions(goalId: string) {
  const { celebrate, celebration } = useCelebration();
  const [archiveGoal, { loading: archiving }] = useMutation(ArchiveGoalPageMutation, refetchActivity);
  const [unarchiveGoal, { loading: unarchiving }] = useMutation(UnarchiveGoalPageMutation, refetchActivity);
  const [closeGoal] = useMutation(CloseGoalMutation, refetchActivity);
  const [reopenGoal, { loading: reopening }] = useMutation(ReopenGoalMutation, refetchActivity);
  const [actionError, setActionError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [closing, setClosing] = useState(false);
  const variables = { input: { goalId } };

  async function run(action: () => Promise<unknown>, success: string | null) {
    setActionError(null);
    setNotice(null);
    try {
      await action();
      setNotice(success);
    } catch (e) {
      setActionError(errorMessage(e));
    }
  }

  async function close(outcome: Outcome, note: string) {
    await closeGoal({ variables: { input: { goalId, outcome, note } } });
    setClosing(false);
    setNotice(null);
    // After the dialog has left the top layer, so the burst isn't drawn under its backdrop.
    if (outcome === "ACHIEVED") requestAnimationFrame(() => requestAnimationFrame(() => celebrate("Goal achieved! 🎉")));
  }

  return {
    celebrate,
    celebration,
    notice,
    actionError,
    closing,
    archiving,
    unarchiving,
    reopening,
    archive: () => void run(() => archiveGoal({ variables }), null),
    unarchive: () =>
      void run(() => unarchiveGoal({ variables }), "Goal restored. It's back in the goals list and can be changed again."),
    reopen: () => void run(() => reopenGoal({ variables }), "Goal reopened. It can be changed again."),
    startClosing: () => {
      setActionError(null);
      setClosing(true);
    },
    cancelClosing: () => setClosing(false),
    close,
  };
}

export type GoalActions = ReturnType<typeof useGoalActions>;
