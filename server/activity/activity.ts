import "server-only";
import type { ActivityKind } from "../../prisma/generated/client/enums.ts";
import type { Prisma } from "../../prisma/generated/client/client.ts";
import type { Tx } from "../db.ts";
import type { ActivityData } from "../../domain/activity-summary.ts";

export interface ActivityInput {
  organizationId: string;
  actorId: string;
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
