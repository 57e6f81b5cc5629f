// Demo data for `npm start` on an empty database: one organization with members of every role,
// goals and milestones around today's date (some done, one overdue) so every screen has content.
import { addDays, formatISO } from "date-fns";
import type { MilestoneStatus, Role } from "./generated/client/enums.ts";
import { hashPassword } from "../server/auth/passwords.ts";
import { prisma } from "../server/db.ts";

export const DEMO_EMAIL = "demo@waymark.test";
export const DEMO_PASSWORD = "waymark-demo";

const day = (offset: number) => new Date(`${formatISO(addDays(new Date(), offset), { representation: "date" })}T00:00:00.000Z`);

const people: { name: string; email: string; role: Role }[] = [
  { name: "Dana Demo", email: DEMO_EMAIL, role: "OWNER" },
  { name: "Alex Rivera", email: "alex@waymark.test", role: "ADMIN" },
  { name: "Sam Okafor", email: "sam@waymark.test", role: "MEMBER" },
  { name: "Priya Shah", email: "priya@waymark.test", role: "MEMBER" },
  { name: "Pat Lee", email: "pat@waymark.test", role: "STAKEHOLDER" },
];

type MilestoneSeed = [title: string, dueOffset: number, status: MilestoneStatus, assignees: number[]];
const goals: { title: string; description: string; owner: number; start: number; target: number; milestones: MilestoneSeed[] }[] = [
  {
    title: "Launch the self-serve onboarding flow",
    description: "New teams should reach their first goal without talking to us: sales-assisted onboarding does not scale past 50 sign-ups a week.",
    owner: 1,
    start: -60,
    target: 45,
    milestones: [
      ["Interview 12 recent sign-ups", -40, "DONE", [1, 3]],
      ["Design the three-step wizard", -20, "DONE", [3]],
      ["Build the wizard behind a flag", -3, "IN_PROGRESS", [2, 3]],
      ["Beta with 20 teams", 20, "PLANNED", [1]],
      ["General availability", 45, "PLANNED", [1, 2]],
    ],
  },
  {
    title: "Cut p95 API latency below 200 ms",
    description: "Customers with large workspaces wait seconds for the dashboard; that is the top reason for churn in exit surveys.",
    owner: 2,
    start: -30,
    target: 60,
    milestones: [
      ["Trace the five slowest endpoints", -15, "DONE", [2]],
      ["Add statement-count tests to key pages", 5, "IN_PROGRESS", [2, 3]],
      ["Ship query batching", 30, "PLANNED", [2]],
    ],
  },
  {
    title: "Publish the 2027 product roadmap",
    description: "Stakeholders asked for a public roadmap so they can plan their own launches around ours.",
    owner: 0,
    start: -10,
    target: 80,
    milestones: [
      ["Collect input from every team", 10, "PLANNED", [0, 1]],
      ["Review with the board", 50, "PLANNED", [0]],
    ],
  },
  {
    title: "Hire two senior engineers",
    description: "The platform team is at half capacity; two senior hires unblock the latency and onboarding work.",
    owner: 0,
    start: -90,
    target: 30,
    milestones: [],
  },
];

export async function seed() {
  const db = prisma();
  if ((await db.user.count()) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users: { id: string }[] = [];
  for (const p of people) users.push(await db.user.create({ data: { name: p.name, email: p.email, passwordHash } }));

  const org = await db.organization.create({
    data: {
      name: "Acme Rockets",
      slug: "acme",
      timeZone: "Europe/Berlin",
      memberships: { create: people.map((p, i) => ({ userId: users[i]!.id, role: p.role })) },
    },
  });
  await db.organization.create({
    data: { name: "Side Project", slug: "side-project", memberships: { create: { userId: users[0]!.id, role: "OWNER" } } },
  });

  for (const g of goals) {
    const goal = await db.goal.create({
      data: {
        organizationId: org.id,
        title: g.title,
        description: g.description,
        ownerId: users[g.owner]!.id,
        startDate: day(g.start),
        targetDate: day(g.target),
      },
    });
    for (const [position, [title, due, status, assignees]] of g.milestones.entries()) {
      await db.milestone.create({
        data: {
          organizationId: org.id,
          goalId: goal.id,
          title,
          dueDate: day(due),
          baselineDueDate: day(due),
          status,
          position,
          completedAt: status === "DONE" ? day(due) : null,
          assignments: { create: assignees.map((i) => ({ organizationId: org.id, userId: users[i]!.id })) },
        },
      });
    }
  }
  return true;
}

if (process.argv[1]?.endsWith("seed.ts")) {
  const seeded = await seed();
  console.log(seeded ? `Seeded demo data. Sign in as ${DEMO_EMAIL} / ${DEMO_PASSWORD}` : "Database not empty; demo data not loaded.");
  await prisma().$disconnect();
  process.exit(0);
}
