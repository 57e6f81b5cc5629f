"use client";

import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { errorMessage } from "@/app/_components/form-errors";
import type { MilestoneData } from "@/app/_components/goals/milestone-row-fields";
import type { Person } from "./assignee-picker";
import { AssignPageMilestoneMutation, UnassignPageMilestoneMutation } from "./operations";

const none: ReadonlySet<string> = new Set();

/** Adding and removing milestones' helpers: shown at once, with per-row busy people and errors. */
export function useMilestoneAssignees(announce: (text: string) => void) {
  const [busy, setBusy] = useState<Record<string, Set<string>>>({});
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  const [assignMilestone] = useMutation(AssignPageMilestoneMutation);
  const [unassignMilestone] = useMutation(UnassignPageMilestoneMutation);

  async function toggle(m: MilestoneData, person: Person, assign: boolean) {
    setErrors((e) => ({ ...e, [m.id]: null }));
    setBusy((b) => ({ ...b, [m.id]: new Set([...(b[m.id] ?? []), person.id]) }));
    const helpers = assign
      ? [...m.helpers, { __typename: "User" as const, ...person }]
      : m.helpers.filter((a) => a.id !== person.id);
    const milestone = { __typename: "Milestone" as const, id: m.id, helpers };
    const variables = { input: { milestoneId: m.id, userId: person.id } };
    try {
      if (assign) {
        await assignMilestone({
          variables,
          optimisticResponse: { addMilestoneHelper: { __typename: "AssignMilestonePayload", milestone } },
        });
      } else {
        await unassignMilestone({
          variables,
          optimisticResponse: { removeMilestoneHelper: { __typename: "RemoveMilestoneHelperPayload", milestone } },
        });
      }
      announce(assign ? `${person.name} helps with “${m.title}”.` : `${person.name} no longer helps with “${m.title}”.`);
    } catch (error) {
      setErrors((e) => ({ ...e, [m.id]: errorMessage(error) }));
    } finally {
      setBusy((b) => {
        const next = new Set(b[m.id]);
        next.delete(person.id);
        return { ...b, [m.id]: next };
      });
    }
  }

  return {
    toggle,
    busyFor: (id: string): ReadonlySet<string> => busy[id] ?? none,
    errorFor: (id: string) => errors[id],
  };
}
