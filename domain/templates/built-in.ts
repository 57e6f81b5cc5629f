import type { TemplateKind } from "../enums.ts";
import { templateMilestonesSchema, type TemplateGoal, type TemplateMilestone, type TemplateMilestoneInput } from "../schemas/template.ts";

// The templates every organization has. Ids are stable ("builtin:<slug>") so links and API clients
// can name them; organization templates have database ids. Parsed through the same schema as
// stored templates, so a mistake here (a dependency on a missing key, a cycle) fails the unit tests.

export interface TemplateData {
  id: string;
  kind: TemplateKind;
  name: string;
  description: string;
  /** Goal fields a GOAL template pre-fills; null for a milestone set. */
  goal: TemplateGoal | null;
  milestones: TemplateMilestone[];
  builtIn: boolean;
}

export const BUILT_IN_PREFIX = "builtin:";

const milestones = (list: TemplateMilestoneInput[]) => templateMilestonesSchema.parse(list);

const COMMON = milestones([
  {
    key: "project-approval",
    title: "Project approval",
    doneMeans: "The sponsor has approved the scope, budget and timeline in writing.",
    due: { from: "START", days: 7 },
    durationDays: 5,
    kind: "APPROVAL",
  },
  {
    key: "planning-complete",
    title: "Planning complete",
    doneMeans: "Milestones, owners and dates are agreed and the risks are listed.",
    due: { from: "START", days: 21 },
    durationDays: 10,
    dependsOn: ["project-approval"],
  },
  {
    key: "funding-secured",
    title: "Funding secured",
    doneMeans: "The budget is committed and available to spend.",
    due: { from: "START", days: 35 },
    durationDays: 14,
    dependsOn: ["project-approval"],
  },
  {
    key: "design-approval",
    title: "Design approval",
    doneMeans: "The design is reviewed and signed off by the approver.",
    due: { from: "START", days: 49 },
    durationDays: 14,
    dependsOn: ["planning-complete"],
    kind: "APPROVAL",
  },
  {
    key: "recruiting-complete",
    title: "Recruiting for key positions complete",
    doneMeans: "Every key position has a signed offer.",
    due: { from: "TARGET", days: 30 },
    durationDays: 45,
    dependsOn: ["funding-secured"],
  },
]);

const LAUNCH = milestones([
  {
    key: "launch-plan",
    title: "Launch plan agreed",
    doneMeans: "Audience, date, channels and success measures are written down and agreed.",
    due: { from: "TARGET", days: 42 },
    durationDays: 5,
  },
  {
    key: "feature-complete",
    title: "Feature complete",
    doneMeans: "Everything in scope is built and behind a flag; no known blocker.",
    due: { from: "TARGET", days: 28 },
    durationDays: 20,
    dependsOn: ["launch-plan"],
  },
  {
    key: "docs-and-support",
    title: "Docs and support ready",
    doneMeans: "Help pages are published and support has rehearsed the top questions.",
    due: { from: "TARGET", days: 14 },
    durationDays: 10,
    dependsOn: ["feature-complete"],
  },
  {
    key: "go-no-go",
    title: "Go / no-go approval",
    doneMeans: "The approver has signed off on launching on the planned date.",
    due: { from: "TARGET", days: 3 },
    durationDays: 1,
    dependsOn: ["feature-complete", "docs-and-support"],
    kind: "APPROVAL",
  },
  {
    key: "launch",
    title: "Launched",
    doneMeans: "Available to every intended user and announced.",
    due: { from: "TARGET", days: 0 },
    durationDays: 1,
    dependsOn: ["go-no-go"],
  },
]);

const HIRING = milestones([
  {
    key: "roles-approved",
    title: "Roles and budget approved",
    doneMeans: "Each role has a description, a level and approved headcount.",
    due: { from: "START", days: 10 },
    durationDays: 7,
    kind: "APPROVAL",
  },
  {
    key: "pipeline-open",
    title: "Pipeline open",
    doneMeans: "Postings are live and recruiters are sourcing.",
    due: { from: "START", days: 21 },
    durationDays: 10,
    dependsOn: ["roles-approved"],
  },
  {
    key: "offers-signed",
    title: "Offers signed",
    doneMeans: "Every planned role has a signed offer.",
    due: { from: "TARGET", days: 21 },
    durationDays: 40,
    dependsOn: ["pipeline-open"],
  },
  {
    key: "onboarded",
    title: "Team onboarded",
    doneMeans: "New people have started and each has an onboarding buddy and a first project.",
    due: { from: "TARGET", days: 0 },
    durationDays: 14,
    dependsOn: ["offers-signed"],
  },
]);

const METRIC = milestones([
  {
    key: "baseline",
    title: "Baseline measured",
    doneMeans: "The metric is measured the same way every week and the starting value is recorded.",
    due: { from: "START", days: 7 },
    durationDays: 5,
  },
  {
    key: "first-experiment",
    title: "First experiment shipped",
    doneMeans: "The first change expected to move the metric is live and measured.",
    due: { from: "START", days: 30 },
    durationDays: 20,
    dependsOn: ["baseline"],
  },
  {
    key: "midpoint-review",
    title: "Midpoint review",
    doneMeans: "Results so far are reviewed and the plan is kept or changed.",
    due: { from: "TARGET", days: 45 },
    durationDays: 2,
    dependsOn: ["first-experiment"],
  },
]);

/** SMART prompts a goal template writes into the description: the author replaces them. */
const prompts = (what: string, measured: string, why: string) =>
  `What exactly: ${what}\nMeasured how: ${measured}\nWhy now: ${why}`;

export const BUILT_IN_TEMPLATES: readonly TemplateData[] = [
  {
    id: `${BUILT_IN_PREFIX}common-project-milestones`,
    kind: "MILESTONES",
    name: "Common project milestones",
    description: "Project approval, planning complete, funding secured, design approval, recruiting for key positions complete.",
    goal: null,
    milestones: COMMON,
    builtIn: true,
  },
  {
    id: `${BUILT_IN_PREFIX}launch-checklist`,
    kind: "MILESTONES",
    name: "Launch checklist",
    description: "From the launch plan to go / no-go and the launch itself, counted back from the target date.",
    goal: null,
    milestones: LAUNCH,
    builtIn: true,
  },
  {
    id: `${BUILT_IN_PREFIX}launch-a-product`,
    kind: "GOAL",
    name: "Launch a product",
    description: "A milestone goal ending in a launch, with the launch checklist.",
    goal: {
      kind: "MILESTONE",
      description: prompts("which product, for whom, with what in scope?", "launched to which users, and what adoption counts as success?", "what makes this the right moment?"),
      windowDays: 90,
    },
    milestones: LAUNCH,
    builtIn: true,
  },
  {
    id: `${BUILT_IN_PREFIX}hire-a-team`,
    kind: "GOAL",
    name: "Hire a team",
    description: "Approved roles to an onboarded team.",
    goal: {
      kind: "MILESTONE",
      description: prompts("which roles, how many, at what level?", "signed offers and start dates for each role.", "what work waits for this team?"),
      windowDays: 120,
    },
    milestones: HIRING,
    builtIn: true,
  },
  {
    id: `${BUILT_IN_PREFIX}move-a-metric`,
    kind: "GOAL",
    name: "Move a metric",
    description: "A metric goal: fill in the unit, where it starts and where it should be.",
    goal: {
      kind: "METRIC",
      description: prompts("which number moves, and by what change?", "where it is measured, and how often.", "what moving it changes for the business?"),
      unit: "",
      startValue: null,
      targetValue: null,
      direction: "INCREASE",
      windowDays: 90,
    },
    milestones: METRIC,
    builtIn: true,
  },
  {
    id: `${BUILT_IN_PREFIX}ship-a-project`,
    kind: "GOAL",
    name: "Ship a project",
    description: "A project through approval, planning, funding, design and staffing.",
    goal: {
      kind: "MILESTONE",
      description: prompts("what will exist when it ships, and what is out of scope?", "which deliverables, accepted by whom?", "why this project, and why this quarter?"),
      windowDays: 120,
    },
    milestones: COMMON,
    builtIn: true,
  },
];

export const builtInTemplate = (id: string) => BUILT_IN_TEMPLATES.find((t) => t.id === id) ?? null;
