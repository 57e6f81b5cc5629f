import "server-only";
import { badInput } from "../../server/errors.ts";
import { builder } from "../builder.ts";
import { goalById, loadAll, roadmapOutlineOf } from "../loaders.ts";
import { GoalRef } from "./goal.ts";
import { OrganizationRef } from "./organization.ts";
import { MAX_GOALS_PER_ORG } from "../../domain/limits.ts";
import { listSize } from "../complexity.ts";

// The roadmap page: the organization's non-archived goals on one timeline, grouped by parent with
// server/roadmap/roadmap.ts. A large organization's page shows its first rows and the count. The
// order and the count come from a narrow outline of every goal; full goals load only for the rows
// asked for. Both are batch loads, so a list of organizations costs the same as one.

const includeClosedArg = { defaultValue: true, description: "false leaves closed goals out." } as const;

builder.prismaObjectField(OrganizationRef, "roadmap", (t) =>
  t.field({
    type: [GoalRef],
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
    resolve: async (org, { includeClosed, first }, ctx, info) => {
      if (first != null && first < 0) throw badInput("first", "first: must be 0 or more.");
      const { flat, rows } = await roadmapOutlineOf(ctx, includeClosed !== false, info).load(org.id);
      const shown = first == null ? null : new Set(rows.slice(0, first));
      return loadAll(goalById(ctx, info), shown ? flat.filter((id) => shown.has(id)) : flat);
    },
  }),
);

builder.prismaObjectField(OrganizationRef, "roadmapGoalCount", (t) =>
  t.int({
    description: "How many goals `roadmap` lists in all, for the same includeClosed.",
    args: { includeClosed: t.arg.boolean(includeClosedArg) },
    resolve: async (org, { includeClosed }, ctx, info) => (await roadmapOutlineOf(ctx, includeClosed !== false, info).load(org.id)).flat.length,
  }),
);
