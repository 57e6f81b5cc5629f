import "server-only";
import type { Template } from "../../prisma/generated/client/client.ts";
import type { TemplateKind } from "../../prisma/generated/client/enums.ts";
import { dateKey, parseCalendarDate } from "../../domain/dates.ts";
import { MAX_MILESTONES_PER_GOAL } from "../../domain/limits.ts";
import {
  MAX_TEMPLATES_PER_ORG,
  saveGoalAsTemplateInput,
  templateGoalSchema,
  templateMilestonesSchema,
  templateWindowInput,
  updateTemplateInput,
  type SaveGoalAsTemplateInput,
  type TemplateGoal,
  type UpdateTemplateInput,
} from "../../domain/schemas/template.ts";
import { BUILT_IN_PREFIX, BUILT_IN_TEMPLATES, builtInTemplate, type TemplateData } from "../../domain/templates/built-in.ts";
import { expandTemplate, templateFromMilestones, type ExpandedMilestone, type GoalWindow } from "../../domain/templates/expand.ts";
import { requireRole, EDITOR } from "../access.ts";
import { recordActivities } from "../activity/activity.ts";
import type { Viewer } from "../auth/viewer.ts";
import { prisma, type Tx } from "../db.ts";
import { writeTransaction } from "../db/write-transaction.ts";
import { badInput, conflict, notFound, parseInput } from "../errors.ts";
import { findGoal, lockGoal } from "../goals/goals.ts";
import { recomputeProgress } from "../goals/recompute.ts";
import { enqueueJob } from "../jobs/enqueue.ts";

// Templates: the built-ins (domain/templates/built-in.ts, the same for every organization) and an
// organization's own, saved from its goals by admins and used by everyone in it. A template of
// another organization answers exactly like a missing one.

export const TEMPLATE_MANAGER = "ADMIN" as const;
const NO_SUCH_TEMPLATE = "No such template.";

/** An organization template, as the rules read it; stored JSON is parsed, never trusted. */
export interface OrgTemplate extends TemplateData {
  organizationId: string | null;
  createdAt: Date | null;
}

export function fromRow(row: Template): OrgTemplate {
  const goal = row.kind === "GOAL" ? templateGoalSchema.safeParse(row.goal) : null;
  const milestones = templateMilestonesSchema.safeParse(row.milestones);
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    description: row.description,
    goal: goal?.success ? goal.data : null,
    milestones: milestones.success ? milestones.data : [],
    builtIn: false,
    organizationId: row.organizationId,
    createdAt: row.createdAt,
  };
}

const builtIns: OrgTemplate[] = BUILT_IN_TEMPLATES.map((t) => ({ ...t, organizationId: null, createdAt: null }));

/** The templates an organization offers: built-ins first, then its own by name. */
export function templatesFor(rows: readonly Template[], kind?: TemplateKind | null): OrgTemplate[] {
  const own = rows.map(fromRow).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return [...builtIns, ...own].filter((t) => !kind || t.kind === kind);
}

/**
 * A template the viewer may use in `organizationId`: a built-in, or one of that organization's.
 * Another organization's template, or one of an organization the viewer is not in, is NOT_FOUND.
 */
export async function findTemplate(viewer: Viewer | null, templateId: string, organizationId?: string): Promise<OrgTemplate> {
  if (templateId.startsWith(BUILT_IN_PREFIX)) {
    const found = builtInTemplate(templateId);
    if (!found) throw notFound(NO_SUCH_TEMPLATE);
    return { ...found, organizationId: null, createdAt: null };
  }
  const orgIds = organizationId ? (viewer?.orgIds ?? []).filter((id) => id === organizationId) : (viewer?.orgIds ?? []);
  const row = await prisma().template.findFirst({ where: { id: templateId, organizationId: { in: orgIds } } });
  if (!row) throw notFound(NO_SUCH_TEMPLATE);
  return fromRow(row);
}

/** The template's milestones dated in a window ("YYYY-MM-DD" both), for the preview. */
export function previewTemplate(template: TemplateData, window: { startDate: string; targetDate: string }): ExpandedMilestone[] {
  const parsed = parseInput(templateWindowInput, window);
  return expandTemplate(template.milestones, parsed);
}

export interface AddFromTemplateOptions {
  /** Who signs off the template's approval milestones; required when it has any. */
  approverId?: string | null;
}

/**
 * Inserts a template's milestones into a goal, dated in its window, with their dependencies, in one
 * transaction and a constant number of statements whatever the number of milestones.
 */
export async function addMilestonesFromTemplate(viewer: Viewer | null, goalId: string, templateId: string, options: AddFromTemplateOptions = {}) {
  const found = await findGoal(viewer, goalId);
  requireRole(viewer, found.organizationId, EDITOR);
  const template = await findTemplate(viewer, templateId, found.organizationId);
  if (template.milestones.length === 0) throw badInput("templateId", "templateId: This template has no milestones.");
  return writeTransaction(async (tx) => {
    const goal = await lockGoal(tx, found.id);
    const ids = await insertTemplateMilestones(tx, viewer!, goal, template, options);
    await enqueueJob(tx, "notify", { type: "GOAL_CHANGED", organizationId: goal.organizationId, goalId: goal.id, actorId: viewer!.userId });
    return { goalId: goal.id, milestoneIds: ids };
  });
}

/** The body of `addMilestonesFromTemplate`, inside the caller's transaction with the goal locked. */
async function insertTemplateMilestones(
  tx: Tx,
  viewer: Viewer,
  goal: { id: string; organizationId: string; title: string; startDate: Date; targetDate: Date },
  template: TemplateData,
  options: AddFromTemplateOptions,
): Promise<string[]> {
  const expanded = expandTemplate(template.milestones, { startDate: dateKey(goal.startDate), targetDate: dateKey(goal.targetDate) });
  const approvals = expanded.filter((m) => m.kind === "APPROVAL");
  const approverId = options.approverId || null;
  if (approvals.length > 0 && !approverId) {
    const names = approvals.map((m) => `“${m.title}”`).join(", ");
    throw badInput("approverId", `approverId: Choose who approves ${names}.`);
  }
  // One after the other: a transaction's one connection runs one query at a time.
  const last = await tx.milestone.aggregate({ where: { goalId: goal.id }, _max: { position: true }, _count: { _all: true } });
  const approver =
    approverId && approvals.length > 0
      ? await tx.membership.findUnique({ where: { organizationId_userId: { organizationId: goal.organizationId, userId: approverId } }, select: { id: true } })
      : null;
  if (approvals.length > 0 && !approver) throw badInput("approverId", "approverId: The approver must be a member of this organization.");
  if (last._count._all + expanded.length > MAX_MILESTONES_PER_GOAL) {
    throw conflict(
      undefined,
      `A goal can have at most ${MAX_MILESTONES_PER_GOAL} milestones; this template adds ${expanded.length} to ${last._count._all}. Split the goal into sub-goals.`,
    );
  }
  const first = (last._max.position ?? -1) + 1;
  const created = await tx.milestone.createManyAndReturn({
    data: expanded.map((m, i) => {
      const due = parseCalendarDate(m.dueDate)!;
      return {
        title: m.title,
        description: m.description,
        dueDate: due,
        baselineDueDate: due,
        durationDays: m.durationDays,
        kind: m.kind,
        approverId: m.kind === "APPROVAL" ? approverId : null,
        position: first + i,
        goalId: goal.id,
        organizationId: goal.organizationId,
      };
    }),
    select: { id: true, position: true, title: true },
  });
  // Rows come back in no promised order: positions are unique within the goal, so they say which is which.
  const byPosition = new Map(created.map((r) => [r.position, r]));
  const idOfKey = new Map(expanded.map((m, i) => [m.key, byPosition.get(first + i)!.id]));
  const edges = expanded.flatMap((m) => m.dependsOn.map((key) => ({ milestoneId: idOfKey.get(m.key)!, dependsOnId: idOfKey.get(key)! })));
  if (edges.length) {
    await tx.milestoneDependency.createMany({ data: edges.map((e) => ({ ...e, organizationId: goal.organizationId })) });
  }
  const ordered = expanded.map((_, i) => byPosition.get(first + i)!);
  await recordActivities(
    tx,
    ordered.map((m) => ({
      organizationId: goal.organizationId,
      actorId: viewer.userId,
      kind: "MILESTONE_CREATED" as const,
      goalId: goal.id,
      milestoneId: m.id,
      data: { goalTitle: goal.title, milestoneTitle: m.title },
    })),
  );
  await recomputeProgress(tx, goal.id);
  return ordered.map((m) => m.id);
}

/** The goal fields a template keeps: everything but who, when and where in the tree. */
function goalFields(goal: {
  title: string;
  description: string;
  kind: TemplateGoal["kind"];
  unit: string | null;
  startValue: number | null;
  targetValue: number | null;
  direction: TemplateGoal["direction"];
  relevance: string;
  rationale: string;
  checkInCadence: TemplateGoal["checkInCadence"];
  window: GoalWindow;
}): TemplateGoal {
  const metric = goal.kind === "METRIC";
  const days = Math.round((Date.parse(goal.window.targetDate) - Date.parse(goal.window.startDate)) / 86_400_000);
  return templateGoalSchema.parse({
    title: goal.title,
    description: goal.description,
    kind: goal.kind,
    unit: metric ? goal.unit : null,
    startValue: metric ? goal.startValue : null,
    targetValue: metric ? goal.targetValue : null,
    direction: metric ? goal.direction : null,
    relevance: goal.relevance,
    rationale: goal.rationale,
    checkInCadence: goal.checkInCadence,
    windowDays: Math.min(Math.max(days, 0), 3660),
  });
}

/** Saves a goal (its fields and milestones, dates made relative to its window) as an organization template. */
export async function saveGoalAsTemplate(viewer: Viewer | null, goalId: string, input: SaveGoalAsTemplateInput) {
  const goal = await findGoal(viewer, goalId);
  requireRole(viewer, goal.organizationId, TEMPLATE_MANAGER);
  const data = parseInput(saveGoalAsTemplateInput, input);
  const window = { startDate: dateKey(goal.startDate), targetDate: dateKey(goal.targetDate) };
  return writeTransaction(async (tx) => {
    const count = await tx.template.count({ where: { organizationId: goal.organizationId } });
    const milestones = await tx.milestone.findMany({
      where: { goalId: goal.id },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, title: true, description: true, dueDate: true, durationDays: true, kind: true, dependsOn: { select: { dependsOnId: true } } },
    });
    if (count >= MAX_TEMPLATES_PER_ORG) throw badInput("name", `name: An organization can keep at most ${MAX_TEMPLATES_PER_ORG} templates; delete one first.`);
    const relative = templateFromMilestones(
      milestones.map((m) => ({ ...m, dueDate: dateKey(m.dueDate), dependsOnIds: m.dependsOn.map((d) => d.dependsOnId) })),
      window,
    );
    return tx.template.create({
      data: {
        organizationId: goal.organizationId,
        kind: "GOAL",
        name: data.name,
        description: data.description,
        goal: goalFields({ ...goal, window }),
        milestones: relative,
        createdById: viewer!.userId,
      },
    });
  });
}

async function ownTemplate(viewer: Viewer | null, templateId: string) {
  // Built-ins belong to no organization: nobody renames or deletes them.
  if (templateId.startsWith(BUILT_IN_PREFIX)) {
    if (!builtInTemplate(templateId)) throw notFound(NO_SUCH_TEMPLATE);
    throw badInput("templateId", "templateId: Built-in templates can't be changed; save a goal as a template of your own.");
  }
  const template = await findTemplate(viewer, templateId);
  requireRole(viewer, template.organizationId!, TEMPLATE_MANAGER);
  return template;
}

export async function updateTemplate(viewer: Viewer | null, templateId: string, input: UpdateTemplateInput) {
  const template = await ownTemplate(viewer, templateId);
  const data = parseInput(updateTemplateInput, input);
  const { count } = await writeTransaction((tx) =>
    tx.template.updateMany({
      where: { id: template.id },
      data: {
        ...(data.name !== undefined ? { name: data.name } : {}),
        ...(data.description !== undefined ? { description: data.description } : {}),
      },
    }),
  );
  if (count === 0) throw notFound(NO_SUCH_TEMPLATE);
  return template.id;
}

export async function deleteTemplate(viewer: Viewer | null, templateId: string) {
  const template = await ownTemplate(viewer, templateId);
  const { count } = await writeTransaction((tx) => tx.template.deleteMany({ where: { id: template.id } }));
  if (count === 0) throw notFound(NO_SUCH_TEMPLATE);
  return { deletedTemplateId: template.id, organizationId: template.organizationId! };
}

/** Validates a template for a new goal before the goal is created, so a bad template writes nothing. */
export async function templateForNewGoal(viewer: Viewer | null, organizationId: string, templateId: string, approverId: string | null) {
  const template = await findTemplate(viewer, templateId, organizationId);
  if (template.milestones.some((m) => m.kind === "APPROVAL") && !approverId) {
    const names = template.milestones.filter((m) => m.kind === "APPROVAL").map((m) => `“${m.title}”`).join(", ");
    throw badInput("approverId", `approverId: Choose who approves ${names}.`);
  }
  return template;
}

/** Adds a validated template's milestones to a goal just created from it, in the transaction that created it. */
export async function addTemplateToNewGoal(
  tx: Tx,
  viewer: Viewer | null,
  goal: { id: string; organizationId: string; title: string; startDate: Date; targetDate: Date },
  template: TemplateData,
  options: AddFromTemplateOptions,
) {
  if (template.milestones.length === 0) return [];
  return insertTemplateMilestones(tx, viewer!, goal, template, options);
}
