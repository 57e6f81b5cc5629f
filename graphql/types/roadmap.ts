import type { Prisma } from "../../prisma/generated/client/client.ts";
import { dateKey } from "../../server/dates.ts";
import { prisma } from "../../server/db.ts";
import { badInput } from "../../server/errors.ts";
import { roadmapRows } from "../../server/roadmap/roadmap.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { OrganizationRef } from "./organization.ts";
import { MAX_GOALS_PER_ORG } from "../../server/limits.ts";
import { listSize } from "../complexity.ts";

// The roadmap page: the organization's non-archived goals on one timeline, grouped by parent with
// server/roadmap/roadmap.ts. A large organization's page shows the first rows and the count; the
// rows are chosen from a narrow outline of every goal, so the full goals are loaded only for them.

const includeClosedArg = { defaultValue: true, description: "false leaves closed goals out." } as const;

const roadmapWhere = (organizationId: string, includeClosed: boolean | null | undefined): Prisma.GoalWhereInput => ({
  organizationId,
  archivedAt: null,
  ...(includeClosed === false ? { closedAt: null } : {}),
});

const roadmapOrder = [{ startDate: "asc" }, { targetDate: "asc" }, { title: "asc" }, { id: "asc" }] satisfies Prisma.GoalOrderByWithRelationInput[];

/** The goal ids in roadmap row order (parents before their sub-goals); once per request and filter. */
const outlines = new WeakMap<Context, Map<string, Promise<string[]>>>();
function roadmapOutline(ctx: Context, organizationId: string, includeClosed: boolean | null | undefined) {
  let byFilter = outlines.get(ctx);
  if (!byFilter) outlines.set(ctx, (byFilter = new Map()));
  const key = `${organizationId}:${includeClosed !== false}`;
  let outline = byFilter.get(key);
  if (!outline) {
    outline = prisma()
      .goal.findMany({
        where: roadmapWhere(organizationId, includeClosed),
        select: { id: true, parentId: true, title: true, startDate: true, targetDate: true },
      })
      .then((goals) =>
        roadmapRows(goals.map((g) => ({ ...g, startDate: dateKey(g.startDate), targetDate: dateKey(g.targetDate) }))).map((row) => row.goal.id),
      );
    byFilter.set(key, outline);
  }
  return outline;
}

builder.prismaObjectField(OrganizationRef, "roadmap", (t) =>
  t.prismaField({
    type: ["Goal"],
    // Not narrowed by `first`: it counts rows, each with all its sub-goals.
    extensions: listSize(MAX_GOALS_PER_ORG),
    description:
      "Goals for the roadmap, archived ones left out: by start date, then target date, then title. Group them by parent with `parent { id }`.",
    args: {
      includeClosed: t.arg.boolean(includeClosedArg),
      first: t.arg.int({
        description: "Only the goals of the roadmap's first rows (top-level goals by start date, each followed by its sub-goals); all of them when omitted.",
      }),
    },
    resolve: async (query, org, { includeClosed, first }, ctx) => {
      if (first != null && first < 0) throw badInput("first", "first: must be 0 or more.");
      const where = roadmapWhere(org.id, includeClosed);
      if (first == null) return prisma().goal.findMany({ ...query, where, orderBy: roadmapOrder });
      const ids = (await roadmapOutline(ctx, org.id, includeClosed)).slice(0, first);
      return ids.length === 0 ? [] : prisma().goal.findMany({ ...query, where: { ...where, id: { in: ids } }, orderBy: roadmapOrder });
    },
  }),
);

builder.prismaObjectField(OrganizationRef, "roadmapGoalCount", (t) =>
  t.int({
    description: "How many goals `roadmap` lists in all, for the same includeClosed.",
    args: { includeClosed: t.arg.boolean(includeClosedArg) },
    resolve: async (org, { includeClosed }, ctx) => (await roadmapOutline(ctx, org.id, includeClosed)).length,
  }),
);
