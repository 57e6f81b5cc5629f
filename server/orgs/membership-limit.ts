import "server-only";
import { refuseAtLimit } from "../capacity.ts";
import type { Tx } from "../db.ts";
import { PLANNED_PER_PERSON } from "../../domain/limits.ts";

/** Before a person joins one more organization (creating it, or accepting an invitation). */
export function refuseAtMembershipLimit(tx: Tx, userId: string): Promise<void> {
  return refuseAtLimit(
    tx,
    {
      subject: `memberships:${userId}`,
      max: PLANNED_PER_PERSON,
      message: `You can belong to at most ${PLANNED_PER_PERSON} organizations. Leave one first.`,
    },
    () => tx.membership.count({ where: { userId } }),
  );
}
