import "server-only";
import { prisma } from "../../server/db.ts";
import { createCheckIn } from "../../server/checkins/checkins.ts";
import type { Goal, User } from "../../prisma/generated/client/client.ts";
import type { Confidence } from "../../domain/health.ts";
import { builder } from "../builder.ts";
import { batchedNodes, inViewerOrgs } from "../nodes.ts";
import { pageOf, totalCountField } from "../connections.ts";
import { idOf } from "../ids.ts";
import { checkInsOf, goalById, userById } from "../loaders.ts";
import { GoalRef, HealthEnum } from "./goal.ts";
import { UserRef } from "./user.ts";

export const CheckInRef = builder.prismaNode("CheckIn", {
  id: { field: "id" },
  // Missing or not visible: node(id) answers null rather than an error.
  nullable: true,
  findUnique: (id, ctx) => ({ id, ...inViewerOrgs(ctx) }),
  ...batchedNodes((ids, ctx) => prisma().checkIn.findMany({ where: { id: { in: ids }, ...inViewerOrgs(ctx) } })),
  description: "How a goal was going at one moment: its value (metric goals), the author's confidence and a note.",
  fields: (t) => ({
    goal: t.field({ type: GoalRef, resolve: (c, _args, ctx, info) => goalById(ctx, info).load(c.goalId) as Promise<Goal> }),
    author: t.field({ type: UserRef, resolve: (c, _args, ctx, info) => userById(ctx, info).load(c.authorId) as Promise<User> }),
    value: t.exposeFloat("value", { nullable: true, description: "The metric's value then (metric goals only)." }),
    confidence: t.expose("confidence", { type: HealthEnum }),
    note: t.exposeString("note"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

builder.prismaObjectField(GoalRef, "checkIns", (t) =>
  t.connection(
    {
      type: CheckInRef,
      description: "Check-ins, newest first.",
      resolve: async (goal, args, ctx, info) => pageOf(await checkInsOf(ctx, info).load(goal.id), args),
    },
    { name: "GoalCheckInsConnection", fields: totalCountField },
  ),
);

const CreateCheckInInput = builder.inputType("CreateCheckInInput", {
  fields: (t) => ({
    goalId: t.id({ required: true }),
    value: t.float({ description: "The metric's current value: required for metric goals, refused for milestone goals." }),
    confidence: t.field({ type: HealthEnum, required: true }),
    note: t.string({ description: "Up to 5000 characters." }),
  }),
});

const CreateCheckInPayload = builder.objectRef<{ checkInId: string; goalId: string }>("CreateCheckInPayload").implement({
  fields: (t) => ({
    checkIn: t.prismaField({
      type: "CheckIn",
      resolve: (query, p) => prisma().checkIn.findUniqueOrThrow({ ...query, where: { id: p.checkInId } }),
    }),
    goal: t.prismaField({
      type: "Goal",
      resolve: (query, p) => prisma().goal.findUniqueOrThrow({ ...query, where: { id: p.goalId } }),
    }),
  }),
});

builder.mutationField("createCheckIn", (t) =>
  t.field({
    type: CreateCheckInPayload,
    description: "Record how a goal is going; its current value and confidence become this check-in's.",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: CreateCheckInInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      createCheckIn(ctx.viewer, idOf(input.goalId, "Goal"), {
        value: input.value,
        // NOT_ENOUGH_DATA is refused there (a field error), like any value outside Confidence.
        confidence: input.confidence as Confidence,
        note: input.note ?? undefined,
      }),
  }),
);
