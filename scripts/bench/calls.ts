// What is measured. Pages are fetched as a signed-in person (session cookie); the overview and the
// writes go through /api/graphql as an API client (Bearer token).
//
// What each page needs on first load (app/(app)/**): the dashboard, goal page and roadmap run their
// own operation on the server (runServerQuery + useSeededQuery), so their HTML is the whole cost of
// their main data; the goals list and my work too (their "(browser)" rows measure the same operation
// as the browser's later refetches). The goal page's check-ins, comments, activity and (for editors)
// members load with useQuery on mount: those operations are rows of their own, "(browser)". Every
// signed-in page also fetches the app shell's AppShell query in the browser: its HTML comes without it.
import type { Request } from "autocannon";
import type { BenchOrg } from "../bench-data.ts";
import type { Call } from "./load.ts";
import { uiOperations } from "./operations.ts";
import { myWorkFirstLoad } from "../../app/(app)/my-work/first-rows.ts";

export const OVERVIEW_QUERY = `query Overview($slug: String!) { organization(slug: $slug) { goals(first: 200) { totalCount edges { node {
  id title progress expectedProgress health targetDate owner { name }
  milestones(first: 10) { edges { node { id title dueDate effectiveStatus owner { name } assignees { name } } } } } } } } }`;

const json = { "content-type": "application/json" };
const body = (operationName: string, query: string, variables: Record<string, unknown>) =>
  JSON.stringify({ operationName, query, variables });

export interface BenchCalls {
  baseline: Call;
  overview: Call;
  rows: Call[];
}

export function benchCalls(org: BenchOrg, app: string, baseline: string, cookie: string): BenchCalls {
  const ops = uiOperations();
  const bearer = { ...json, authorization: `Bearer ${org.apiToken}` };
  const page = (name: string, path: string): Call => ({
    name,
    origin: app,
    graphql: false,
    requests: [{ method: "GET", path, headers: { cookie, accept: "text/html" } }],
  });
  const browser = (name: string, operations: [string, Record<string, unknown>][]): Call => ({
    name,
    origin: app,
    graphql: true,
    requests: operations.map(([operation, variables]) => ({
      method: "POST",
      path: "/api/graphql",
      headers: { ...json, cookie },
      body: body(operation, ops.document(operation), variables),
    })),
  });
  const overviewBody = body("Overview", OVERVIEW_QUERY, { slug: org.slug });
  const goal = org.goals.find((g) => g.kind === "MILESTONE")!;
  const base = `/o/${encodeURIComponent(org.slug)}`;

  // Each write changes something: check-ins go round the open goals; milestones go round the
  // open ones, marked DONE on the first pass and reopened on the next, so every request updates a
  // milestone and rolls its goal's progress up. The counters live on across runs for that reason.
  let checkIns = 0;
  const checkInDoc = ops.document("CreateCheckIn");
  const checkIn: Request = {
    method: "POST",
    path: "/api/graphql",
    headers: bearer,
    setupRequest: (request) => {
      const target = org.goals[checkIns++ % org.goals.length]!;
      const input = {
        goalId: target.id,
        confidence: (["ON_TRACK", "AT_RISK", "OFF_TRACK"] as const)[checkIns % 3],
        note: `Bench check-in ${checkIns}`,
        ...(target.kind === "METRIC" ? { value: 100 + (checkIns % 200) } : {}),
      };
      return { ...request, body: body("CreateCheckIn", checkInDoc, { input }) };
    },
  };
  let milestoneUpdates = 0;
  const updateDoc = ops.document("UpdateMilestone");
  const milestoneDone: Request = {
    method: "POST",
    path: "/api/graphql",
    headers: bearer,
    setupRequest: (request) => {
      const n = org.openMilestones.length;
      const k = milestoneUpdates++;
      const input = { milestoneId: org.openMilestones[k % n]!, status: Math.floor(k / n) % 2 === 0 ? "DONE" : "PLANNED" };
      return { ...request, body: body("UpdateMilestone", updateDoc, { input }) };
    },
  };

  const overview: Call = {
    name: "overview (API, GraphQL)",
    origin: app,
    graphql: true,
    requests: [{ method: "POST", path: "/api/graphql", headers: bearer, body: overviewBody }],
  };
  return {
    baseline: {
      name: "baseline: overview, 1 hand-written SQL",
      origin: baseline,
      graphql: true,
      requests: [{ method: "POST", path: "/", headers: bearer, body: overviewBody }],
    },
    overview,
    rows: [
      overview,
      page("dashboard (page)", base),
      page("goals list (page)", `${base}/goals`),
      browser("goals list data (browser)", [["GoalsList", { slug: org.slug, includeArchived: false, first: 20 }]]),
      page("goal page (page)", `${base}/goals/${encodeURIComponent(goal.id)}`),
      browser("goal page data (browser, 4 ops)", [
        ["GoalPageMembers", { slug: org.slug }],
        ["GoalCheckIns", { id: goal.id, first: 5 }],
        ["GoalComments", { id: goal.id, last: 10 }],
        ["GoalActivity", { id: goal.id, first: 8 }],
      ]),
      page("roadmap (page)", `${base}/roadmap`),
      page("my work (page)", "/my-work"),
      browser("my work data (browser)", [["MyWork", myWorkFirstLoad]]),
      browser("app shell data (browser, every page)", [["AppShell", {}]]),
      { name: "check-in (createCheckIn)", origin: app, graphql: true, requests: [checkIn] },
      { name: "milestone done (updateMilestone)", origin: app, graphql: true, requests: [milestoneDone] },
    ],
  };
}
