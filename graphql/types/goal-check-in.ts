import "server-only";
import { CheckInCadence } from "../../prisma/generated/client/enums.ts";
import { checkInState, type CheckInState } from "../../domain/check-in-cadence.ts";
import { builder } from "../builder.ts";
import { timeZoneOf } from "../loaders.ts";
import { GoalRef } from "./goal.ts";

// A goal's check-in cadence and whether its owner owes a check-in (issue #10 §2). The rule is
// domain/check-in-cadence.ts, the same one the reminder sweep applies.

export const CheckInCadenceEnum = builder.enumType(CheckInCadence, {
  name: "CheckInCadence",
  description: "How often a goal's owner is asked to check in: WEEKLY (the default), BIWEEKLY, MONTHLY or NONE.",
});

const CheckInStateRef = builder.objectRef<CheckInState & { lastCheckInAt: Date | null }>("GoalCheckInState").implement({
  description: "Whether a check-in is owed, by the goal's cadence, counted in calendar days of the organization's time zone.",
  fields: (t) => ({
    due: t.exposeBoolean("due", { description: "A check-in is owed today (never for closed or archived goals, nor with cadence NONE)." }),
    dueSince: t.expose("dueSince", { type: "Date", nullable: true, description: "The day the owed check-in fell due." }),
    silentWeeks: t.exposeInt("silentWeeks", {
      description: "Whole weeks since the latest check-in (since the start date before the first); 0 for closed goals.",
    }),
    lastCheckInAt: t.expose("lastCheckInAt", { type: "DateTime", nullable: true }),
  }),
});

builder.prismaObjectFields(GoalRef, (t) => ({
  checkInCadence: t.expose("checkInCadence", { type: CheckInCadenceEnum }),
  checkIn: t.field({
    type: CheckInStateRef,
    description: "Whether a check-in is due and how long the goal has gone without one (“No check-in for 3 weeks”).",
    resolve: async (goal, _args, ctx) => {
      // Goal.lastCheckInAt is set with each check-in (server/checkins/checkins.ts).
      const { lastCheckInAt } = goal;
      const timeZone = await timeZoneOf(ctx, goal.organizationId);
      const closed = goal.closedAt !== null || goal.archivedAt !== null;
      const state = checkInState({ cadence: goal.checkInCadence, startDate: goal.startDate, lastCheckInAt, closed }, new Date(), timeZone);
      return { ...state, lastCheckInAt };
    },
  }),
}));
