import "server-only";
import { encodeGlobalID } from "@pothos/plugin-relay";
import type { Template } from "../../prisma/generated/client/client.ts";
import { TemplateKind } from "../../prisma/generated/client/enums.ts";
import { dateKey } from "../../domain/dates.ts";
import { MAX_MILESTONES_PER_GOAL } from "../../domain/limits.ts";
import { MAX_TEMPLATES_PER_ORG, type RelativeDue, type TemplateGoal, type TemplateMilestone } from "../../domain/schemas/template.ts";
import { BUILT_IN_PREFIX, BUILT_IN_TEMPLATES } from "../../domain/templates/built-in.ts";
import { describeDue, type ExpandedMilestone } from "../../domain/templates/expand.ts";
import { createGoal } from "../../server/goals/goals.ts";
import { prisma } from "../../server/db.ts";
import { atLeast } from "../../server/access.ts";
import {
  addMilestonesFromTemplate,
  addTemplateToNewGoal,
  deleteTemplate,
  previewTemplate,
  saveGoalAsTemplate,
  TEMPLATE_MANAGER,
  templateForNewGoal,
  templatesFor,
  updateTemplate,
  type OrgTemplate,
} from "../../server/templates/templates.ts";
import { builder } from "../builder.ts";
import { listSize } from "../complexity.ts";
import { idOf } from "../ids.ts";
import { perRequest } from "../loaders.ts";
import { MilestoneKindEnum } from "./approval.ts";
import { CheckInCadenceEnum } from "./goal-check-in.ts";
import { GoalKindEnum, GoalPayload, inputIdOf, MetricDirectionEnum, userIdOf } from "./goal.ts";
import { newGoalFields, newGoalInput } from "./goal-mutations.ts";
import { OrganizationRef } from "./organization.ts";

// Templates (#11 §2) in the API: Organization.templates(kind) lists the built-ins (ids like
// "builtin:launch-a-product") and the organization's own (Relay ids "Template:…"); Template.preview
// dates its milestones in a window; the mutations add a template's milestones to a goal, create a
// goal from one, and save, rename and delete organization templates (admins).

export const TemplateKindEnum = builder.enumType(TemplateKind, {
  name: "TemplateKind",
  description: "GOAL: a whole goal (fields, SMART prompts, milestone set). MILESTONES: a set of milestones added to a goal.",
});

/** A template's id as the API shows it: built-ins keep their stable id. */
export const templateGlobalId = (t: { id: string; builtIn: boolean }) => (t.builtIn ? t.id : encodeGlobalID("Template", t.id));

/** A template id from the API: a built-in id, or a Relay id of a Template (anything else is NOT_FOUND). */
export const templateIdOf = (id: string) => (id.startsWith(BUILT_IN_PREFIX) ? id : idOf(id, "Template"));

const DueAnchorEnum = builder.enumType("TemplateDueAnchor", {
  values: ["START", "TARGET"] as const,
  description: "START: days after the goal's start date. TARGET: days before its target date.",
});

const RelativeDueRef = builder.objectRef<RelativeDue>("TemplateRelativeDue").implement({
  description: "A due date relative to the goal's window.",
  fields: (t) => ({
    from: t.field({ type: DueAnchorEnum, resolve: (d) => d.from }),
    days: t.exposeInt("days", { description: "0 or more." }),
    label: t.string({ description: "e.g. “14 days after the start”.", resolve: (d) => describeDue(d) }),
  }),
});

const TemplateMilestoneRef = builder.objectRef<TemplateMilestone>("TemplateMilestone").implement({
  description: "A milestone of a template, dated relative to the goal.",
  fields: (t) => ({
    key: t.exposeString("key", { description: "Unique within its template; dependsOn names these." }),
    title: t.exposeString("title"),
    doneMeans: t.exposeString("doneMeans", { description: "What done means: becomes the milestone's description." }),
    due: t.field({ type: RelativeDueRef, resolve: (m) => m.due }),
    durationDays: t.exposeInt("durationDays", { nullable: true }),
    dependsOn: t.exposeStringList("dependsOn", { description: "Keys of milestones of the same template." }),
    kind: t.field({ type: MilestoneKindEnum, resolve: (m) => m.kind }),
  }),
});

const TemplateGoalRef = builder.objectRef<TemplateGoal>("TemplateGoal").implement({
  description: "The goal fields a goal template pre-fills; the description holds SMART prompts to replace.",
  fields: (t) => ({
    title: t.string({ nullable: true, resolve: (g) => g.title || null }),
    description: t.string({ resolve: (g) => g.description ?? "" }),
    kind: t.field({ type: GoalKindEnum, resolve: (g) => g.kind ?? "MILESTONE" }),
    unit: t.string({ nullable: true, resolve: (g) => g.unit ?? null }),
    startValue: t.float({ nullable: true, resolve: (g) => g.startValue ?? null }),
    targetValue: t.float({ nullable: true, resolve: (g) => g.targetValue ?? null }),
    direction: t.field({ type: MetricDirectionEnum, nullable: true, resolve: (g) => g.direction ?? null }),
    relevance: t.string({ resolve: (g) => g.relevance ?? "" }),
    rationale: t.string({ resolve: (g) => g.rationale ?? "" }),
    checkInCadence: t.field({ type: CheckInCadenceEnum, nullable: true, resolve: (g) => g.checkInCadence ?? null }),
    windowDays: t.int({ nullable: true, description: "Suggested days from start to target.", resolve: (g) => g.windowDays ?? null }),
  }),
});

const PreviewMilestoneRef = builder.objectRef<ExpandedMilestone>("TemplatePreviewMilestone").implement({
  description: "A template milestone dated in a goal's window, as it would be inserted.",
  fields: (t) => ({
    key: t.exposeString("key"),
    title: t.exposeString("title"),
    description: t.exposeString("description"),
    dueDate: t.string({ description: "YYYY-MM-DD, inside the window.", resolve: (m) => m.dueDate }),
    durationDays: t.exposeInt("durationDays", { nullable: true }),
    kind: t.field({ type: MilestoneKindEnum, resolve: (m) => m.kind }),
    dependsOn: t.exposeStringList("dependsOn", { description: "Keys of milestones of the same preview." }),
    warning: t.exposeString("warning", {
      nullable: true,
      description: "Set when the relative date fell outside the window and was moved to its edge.",
    }),
  }),
});

export const TemplateRef = builder.objectRef<OrgTemplate>("Template").implement({
  description: "A goal or milestone template: built in, or saved by an admin of the organization.",
  fields: (t) => ({
    id: t.id({ description: "“builtin:…” for built-ins; a Relay id for the organization's own.", resolve: templateGlobalId }),
    kind: t.field({ type: TemplateKindEnum, resolve: (x) => x.kind }),
    name: t.exposeString("name"),
    description: t.exposeString("description"),
    builtIn: t.exposeBoolean("builtIn"),
    goal: t.field({ type: TemplateGoalRef, nullable: true, resolve: (x) => x.goal }),
    milestones: t.field({ type: [TemplateMilestoneRef], extensions: listSize(MAX_MILESTONES_PER_GOAL), resolve: (x) => x.milestones }),
    preview: t.field({
      type: [PreviewMilestoneRef],
      extensions: listSize(MAX_MILESTONES_PER_GOAL),
      description: "The milestones dated in this window (a goal's start and target), clamped into it with a warning.",
      args: {
        startDate: t.arg({ type: "Date", required: true }),
        targetDate: t.arg({ type: "Date", required: true }),
      },
      resolve: (x, args) => previewTemplate(x, { startDate: dateKey(args.startDate), targetDate: dateKey(args.targetDate) }),
    }),
    createdAt: t.field({ type: "DateTime", nullable: true, resolve: (x) => x.createdAt }),
    viewerCanManage: t.boolean({
      description: "Rename or delete it: admins of its organization; built-ins never.",
      resolve: (x, _args, ctx) => !x.builtIn && !!x.organizationId && atLeast(ctx.viewer?.roles.get(x.organizationId), TEMPLATE_MANAGER),
    }),
  }),
});

builder.prismaObjectField(OrganizationRef, "templates", (t) =>
  t.field({
    type: [TemplateRef],
    description: "Templates to start from: the built-ins, then the organization's own by name.",
    extensions: listSize(BUILT_IN_TEMPLATES.length + MAX_TEMPLATES_PER_ORG),
    args: { kind: t.arg({ type: TemplateKindEnum, description: "Only this kind; all when omitted." }) },
    resolve: async (org, args, ctx, info) => {
      // One statement for the organizations at this place of the query.
      const rows = await perRequest<Template[]>(ctx, "Template.organization", info, async (orgIds) => {
        const all = await prisma().template.findMany({ where: { organizationId: { in: orgIds } } });
        return orgIds.map((id) => all.filter((r) => r.organizationId === id));
      }).load(org.id);
      return templatesFor(rows, args.kind);
    },
  }),
);

const TemplatePayload = (name: string) =>
  builder.objectRef<{ template: OrgTemplate }>(name).implement({
    fields: (t) => ({ template: t.field({ type: TemplateRef, resolve: (p) => p.template }) }),
  });

const AddMilestonesFromTemplateInput = builder.inputType("AddMilestonesFromTemplateInput", {
  fields: (t) => ({
    goalId: t.id({ required: true }),
    templateId: t.id({ required: true }),
    approverId: t.id({ description: "Who signs off the template's approval milestones; required when it has any." }),
  }),
});

builder.mutationField("addMilestonesFromTemplate", (t) =>
  t.field({
    type: GoalPayload("AddMilestonesFromTemplatePayload"),
    description: "Add a template's milestones to a goal, dated in its window, with their dependencies, in one step (members and above).",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: AddMilestonesFromTemplateInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const { goalId } = await addMilestonesFromTemplate(ctx.viewer, inputIdOf(input.goalId, "Goal"), templateIdOf(String(input.templateId)), {
        approverId: input.approverId ? userIdOf(input.approverId) : null,
      });
      return { goalId };
    },
  }),
);

const CreateGoalFromTemplateInput = builder.inputType("CreateGoalFromTemplateInput", {
  fields: (t) => ({
    ...newGoalFields(t),
    templateId: t.id({ required: true }),
    approverId: t.id({ description: "Who signs off the template's approval milestones; required when it has any." }),
  }),
});

builder.mutationField("createGoalFromTemplate", (t) =>
  t.field({
    type: GoalPayload("CreateGoalFromTemplatePayload"),
    description:
      "Create a goal with the given fields (the form pre-fills them from the template) and add the template's milestones, dated in its window.",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: CreateGoalFromTemplateInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const organizationId = idOf(input.organizationId, "Organization");
      const approverId = input.approverId ? userIdOf(input.approverId) : null;
      // Checked before anything is written: a wrong template id or a missing approver creates no goal.
      const template = await templateForNewGoal(ctx.viewer, organizationId, templateIdOf(String(input.templateId)), approverId);
      const goal = await createGoal(ctx.viewer, organizationId, newGoalInput(input), (tx, created) => addTemplateToNewGoal(tx, ctx.viewer, created, template, { approverId }));
      return { goalId: goal.id };
    },
  }),
);

const SaveGoalAsTemplateInput = builder.inputType("SaveGoalAsTemplateInput", {
  fields: (t) => ({
    goalId: t.id({ required: true }),
    name: t.string({ required: true, description: "1 to 80 characters." }),
    description: t.string({ description: "At most 500 characters." }),
  }),
});

builder.mutationField("saveGoalAsTemplate", (t) =>
  t.field({
    type: TemplatePayload("SaveGoalAsTemplatePayload"),
    description: "Save a goal's fields and milestones (dates relative to its window) as an organization template (admins).",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: SaveGoalAsTemplateInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const row = await saveGoalAsTemplate(ctx.viewer, inputIdOf(input.goalId, "Goal"), {
        name: input.name,
        description: input.description ?? undefined,
      });
      return { template: templatesFor([row]).find((x) => x.id === row.id)! };
    },
  }),
);

const UpdateTemplateInput = builder.inputType("UpdateTemplateInput", {
  fields: (t) => ({
    templateId: t.id({ required: true }),
    name: t.string(),
    description: t.string(),
  }),
});

builder.mutationField("updateTemplate", (t) =>
  t.field({
    type: TemplatePayload("UpdateTemplatePayload"),
    description: "Rename an organization template or change its description (admins).",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: UpdateTemplateInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const id = await updateTemplate(ctx.viewer, templateIdOf(String(input.templateId)), {
        name: input.name ?? undefined,
        description: input.description ?? undefined,
      });
      const row = await prisma().template.findUniqueOrThrow({ where: { id } });
      return { template: templatesFor([row]).find((x) => x.id === id)! };
    },
  }),
);

const DeleteTemplatePayload = builder.objectRef<{ deletedTemplateId: string; organizationId: string }>("DeleteTemplatePayload").implement({
  fields: (t) => ({
    deletedTemplateId: t.id({ resolve: (p) => encodeGlobalID("Template", p.deletedTemplateId) }),
    organization: t.prismaField({
      type: "Organization",
      resolve: (query, p) => prisma().organization.findUniqueOrThrow({ ...query, where: { id: p.organizationId } }),
    }),
  }),
});

builder.mutationField("deleteTemplate", (t) =>
  t.field({
    type: DeleteTemplatePayload,
    description: "Delete an organization template (admins). Goals made from it keep their milestones.",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: builder.inputType("DeleteTemplateInput", { fields: (f) => ({ templateId: f.id({ required: true }) }) }), required: true }) },
    resolve: (_root, { input }, ctx) => deleteTemplate(ctx.viewer, templateIdOf(String(input.templateId))),
  }),
);
