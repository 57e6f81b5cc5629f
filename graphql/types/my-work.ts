import "server-only";
import type { Milestone } from "../../prisma/generated/client/client.ts";
import type { WorkBucket } from "../../server/dashboard/my-work.ts";
import { MAX_AWAITING_APPROVAL, type MyWork, myWork } from "../../server/dashboard/service.ts";
import { PLANNED_MY_WORK } from "../../domain/limits.ts";
import { builder } from "../builder.ts";
import { listSize } from "../complexity.ts";
import type { Context } from "../context.ts";
import { perRequest } from "../loaders.ts";
import { byIds, FIRST } from "./dashboard.ts";
import { MilestoneRef } from "./milestone.ts";
import { milestonesWithGoal } from "../loaded-ahead.ts";

// My work's lists (three buckets and "Waiting for your approval") come from one statement of ids,
// and their milestones from one more, with their goals: whichever lists a query asks for, the
// page costs the same few statements (not a load of each relation per list).

/** The viewer's work, once per request: `myWork` and `waitingForMyApproval` share it. */
const myWorkOf = (ctx: Context) => perRequest<MyWork>(ctx, "MyWork", undefined, async () => [await myWork(ctx.viewer)]).load("viewer");

const MyWorkRef = builder.objectRef<MyWork>("MyWork").implement({
  description:
    "Your open milestones (assigned to you or owned by you) across your organizations, by due date against today in each organization's time zone; soonest first.",
  fields: (t) => {
    const bucket = (key: WorkBucket, description: string) =>
      t.field({
        type: [MilestoneRef],
        extensions: listSize(PLANNED_MY_WORK, "first"),
        description,
        args: { first: t.arg.int({ description: FIRST }) },
        resolve: (work, { first }, ctx, info) => byIds<Milestone>(work[key], first, (ids) => milestonesWithGoal(ctx, info, "MyWork", ids)),
      });
    const count = (key: WorkBucket) => t.int({ description: `How many milestones \`${key}\` lists in all.`, resolve: (work) => work[key].length });
    return {
      overdue: bucket("overdue", "Due before today."),
      overdueCount: count("overdue"),
      thisWeek: bucket("thisWeek", "Due today or in the 6 days after."),
      thisWeekCount: count("thisWeek"),
      later: bucket("later", "Due in a week or more."),
      laterCount: count("later"),
    };
  },
});

builder.queryField("myWork", (t) =>
  t.field({
    type: MyWorkRef,
    description: "The signed-in user's open milestones in open goals, grouped by when they are due.",
    authScopes: { authenticated: true },
    resolve: (_root, _args, ctx) => myWorkOf(ctx),
  }),
);

builder.queryField("waitingForMyApproval", (t) =>
  t.field({
    type: [MilestoneRef],
    extensions: listSize(MAX_AWAITING_APPROVAL),
    description: "Approval milestones of open goals that name you as approver and wait for your decision, oldest due first.",
    authScopes: { authenticated: true },
    resolve: async (_root, _args, ctx, info) => milestonesWithGoal(ctx, info, "MyWork", (await myWorkOf(ctx)).awaitingApproval),
  }),
);
