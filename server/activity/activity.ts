import "server-only";
import type { ActivityKind } from "../../prisma/generated/client/enums.ts";
import type { Prisma } from "../../prisma/generated/client/client.ts";
import type { Tx } from "../db.ts";
import type { ActivityData } from "../../domain/activity-summary.ts";

export interface ActivityInput {
  organizationId: string;
  /** Null for what the server records on its own (MILESTONE_MISSED, by the milestone sweep). */
  actorId: string | null;
  kind: ActivityKind;
  goalId?: string | null;
  milestoneId?: string | null;
  /** A celebration-worthy event (milestone done, goal achieved), listed among the wins. */
  isWin?: boolean;
  data?: ActivityData;
}

/** Records who did what; called inside the transaction that makes the change, so both or neither happen. */
export function recordActivity(tx: Tx, input: ActivityInput) {
  return tx.activity.create({
    data: {
      organizationId: input.organizationId,
      actorId: input.actorId,
      kind: input.kind,
      goalId: input.goalId ?? null,
      milestoneId: input.milestoneId ?? null,
      isWin: input.isWin ?? false,
      data: (input.data ?? {}) as Prisma.InputJsonValue,
    },
  });
}

/** Many entries in one statement (the server's own sweeps record a batch at a time). */
export function recordActivities(tx: Tx, inputs: readonly ActivityInput[]) {
  return tx.activity.createMany({
    data: inputs.map((input) => ({
      organizationId: input.organizationId,
      actorId: input.actorId,
      kind: input.kind,
      goalId: input.goalId ?? null,
      milestoneId: input.milestoneId ?? null,
      isWin: input.isWin ?? false,
      data: (input.data ?? {}) as Prisma.InputJsonValue,
    })),
  });
}
