import { builder } from "../builder.ts";
import { OrganizationRef } from "./organization.ts";

// The roadmap page: every non-archived goal of the organization in one list (no pagination: it is
// one timeline). Loaded as a relation of the organization, so the goals and what their fields
// select (owner, parent, milestones and their plan) cost a fixed number of SQL statements. The
// page groups the rows by parent with server/roadmap/roadmap.ts.
builder.prismaObjectField(OrganizationRef, "roadmap", (t) =>
  t.relation("goals", {
    description:
      "Goals for the roadmap, archived ones left out: by start date, then target date, then title. Group them by parent with `parent { id }`.",
    args: {
      includeClosed: t.arg.boolean({ defaultValue: true, description: "false leaves closed goals out." }),
    },
    query: ({ includeClosed }) => ({
      where: { archivedAt: null, ...(includeClosed === false ? { closedAt: null } : {}) },
      orderBy: [{ startDate: "asc" }, { targetDate: "asc" }, { title: "asc" }, { id: "asc" }],
    }),
  }),
);
