"use client";

import { type FormEvent, type ReactNode, useId, useMemo, useState } from "react";
import { Alert } from "@/app/_components/Alert";
import { Button, ButtonLink } from "@/app/_components/Button";
import { cx } from "@/app/_components/cx";
import { Select, TextArea, TextField } from "@/app/_components/fields";
import { TitleField } from "@/app/_components/TitleField";
import { type FormErrors, formErrorsFrom, noErrors, validationErrors } from "@/app/_components/form-errors";
import { createGoalInput, metricProblem } from "@/domain/schemas/goal.ts";
import { smartCheck } from "@/domain/smart.ts";
import { metricValueFields } from "./metric-fields";
import { SmartChecklist } from "./smart-checklist";

export type GoalKind = "MILESTONE" | "METRIC";
export type MetricDirection = "INCREASE" | "DECREASE" | "STAY_ABOVE" | "STAY_BELOW";

/** What the inputs hold (numbers as typed). */
export type GoalFormValues = {
  title: string;
  description: string;
  ownerId: string;
  startDate: string;
  targetDate: string;
  kind: GoalKind;
  unit: string;
  startValue: string;
  targetValue: string;
  direction: MetricDirection;
  /** "" = a top-level goal. */
  parentId: string;
  weight: string;
  relevance: string;
  rationale: string;
};

/** What the form hands to the mutation: trimmed, numbers parsed, metric fields only for metric goals. */
export type GoalFormSubmission = {
  title: string;
  description: string;
  ownerId: string;
  startDate: string;
  targetDate: string;
  kind: GoalKind;
  metric: { unit: string; startValue: number; targetValue: number; direction: MetricDirection } | null;
  parentId: string | null;
  /** Only with a parent. */
  weight: number | null;
  relevance: string;
  rationale: string;
};

export type MemberOption = { userId: string; name: string; email: string; role: string };
export type ParentOption = { id: string; title: string; depth: number };

/** Empty metric and placement fields, for a form's initial values. */
export const blankDetails = {
  kind: "MILESTONE" as GoalKind,
  unit: "",
  startValue: "",
  targetValue: "",
  direction: "INCREASE" as MetricDirection,
  parentId: "",
  weight: "1",
  relevance: "",
  rationale: "",
};

const FIELDS = [
  "title",
  "description",
  "kind",
  "unit",
  "direction",
  "startValue",
  "targetValue",
  "ownerId",
  "startDate",
  "targetDate",
  "parentId",
  "weight",
  "relevance",
  "rationale",
] as const;

const DIRECTIONS: { value: MetricDirection; label: string }[] = [
  { value: "INCREASE", label: "Increase" },
  { value: "DECREASE", label: "Decrease" },
  { value: "STAY_ABOVE", label: "Stay above" },
  { value: "STAY_BELOW", label: "Stay below" },
];

const toNumber = (s: string): number | null => {
  if (!s.trim()) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
};

/** The values as the API and the server's zod schema take them. */
function toSubmission(v: GoalFormValues): GoalFormSubmission {
  const metric = v.kind === "METRIC";
  return {
    title: v.title.trim(),
    description: v.description.trim(),
    ownerId: v.ownerId,
    startDate: v.startDate,
    targetDate: v.targetDate,
    kind: v.kind,
    metric: metric
      ? { unit: v.unit.trim(), startValue: toNumber(v.startValue)!, targetValue: toNumber(v.targetValue)!, direction: v.direction }
      : null,
    parentId: v.parentId || null,
    weight: v.parentId ? toNumber(v.weight) : null,
    relevance: v.relevance.trim(),
    rationale: v.rationale.trim(),
  };
}

/** Runs the server's own schema in the browser so every problem shows at once; the server has the last word. */
function validate(v: GoalFormValues): Record<string, string> {
  const s = toSubmission(v);
  const errors =
    validationErrors(createGoalInput, {
      title: s.title,
      description: s.description,
      ownerId: s.ownerId,
      startDate: s.startDate,
      targetDate: s.targetDate,
      kind: s.kind,
      unit: s.metric?.unit || null,
      startValue: s.metric ? toNumber(v.startValue) : null,
      targetValue: s.metric ? toNumber(v.targetValue) : null,
      direction: s.metric?.direction ?? null,
      parentId: s.parentId,
      weight: s.parentId ? (s.weight ?? Number.NaN) : 1,
      relevance: s.relevance,
      rationale: s.rationale,
    })?.fieldErrors ?? {};
  if (v.kind === "METRIC") {
    for (const f of metricValueFields(v.direction)) {
      if (v[f.name].trim() && toNumber(v[f.name]) === null) errors[f.name] = f.notANumber;
    }
  }
  return errors;
}

/**
 * The goal's fields, for creating and for editing, with a live SMART checklist beside them
 * (`smartCheck`, the same rule the server applies; advisory, it never blocks saving). `onSubmit`
 * runs the mutation and throws its error; messages land beside the field the server names
 * (`extensions.field`), the rest on top.
 */
export function GoalForm({
  initial,
  members,
  parents,
  viewerId,
  submitLabel,
  cancelHref,
  smartContext,
  onSubmit,
}: {
  initial: GoalFormValues;
  members: MemberOption[];
  /** Goals this one may sit under (open, not itself or below it), in tree order. */
  parents: ParentOption[];
  viewerId?: string;
  submitLabel: string;
  cancelHref: string;
  /** What the checklist needs beyond the form: the creation day (today while drafting), milestones, recorded values. */
  smartContext: { createdOn: string; milestoneCount: number; checkIns: readonly { value: number; on: string }[] };
  onSubmit: (values: GoalFormSubmission) => Promise<void>;
}) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [busy, setBusy] = useState(false);

  const setValue = (field: keyof GoalFormValues, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    if (errors.fieldErrors[field]) {
      setErrors((prev) => {
        const fieldErrors = { ...prev.fieldErrors };
        delete fieldErrors[field];
        return { ...prev, fieldErrors };
      });
    }
  };
  /** name, value, onChange and error of one field, spread into its TextField / TextArea / Select. */
  const bind = (field: keyof GoalFormValues) => ({
    name: field,
    value: values[field],
    onChange: (e: { target: { value: string } }) => setValue(field, e.target.value),
    error: errors.fieldErrors[field],
  });

  const smart = useMemo(
    () =>
      smartCheck({
        description: values.description,
        kind: values.kind,
        startValue: toNumber(values.startValue),
        targetValue: toNumber(values.targetValue),
        direction: values.kind === "METRIC" ? values.direction : null,
        ownerId: values.ownerId || null,
        parentId: values.parentId || null,
        relevance: values.relevance,
        rationale: values.rationale,
        startDate: values.startDate || null,
        targetDate: values.targetDate || null,
        createdOn: smartContext.createdOn,
        milestoneCount: smartContext.milestoneCount,
        checkIns: smartContext.checkIns,
      }),
    [values, smartContext],
  );

  const focusFirst = (form: HTMLFormElement, fieldErrors: Record<string, string>) => {
    const first = FIELDS.find((f) => fieldErrors[f]);
    if (!first) return;
    const target =
      form.querySelector<HTMLElement>(`[name="${first}"][aria-invalid="true"]`) ?? form.querySelector<HTMLElement>(`[name="${first}"]`);
    target?.focus();
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const fieldErrors = validate(values);
    if (Object.keys(fieldErrors).length) {
      setErrors({ fieldErrors });
      focusFirst(form, fieldErrors);
      return;
    }
    setBusy(true);
    setErrors(noErrors);
    try {
      await onSubmit(toSubmission(values));
    } catch (error) {
      const next = formErrorsFrom(error, FIELDS);
      setErrors(next);
      focusFirst(form, next.fieldErrors);
    } finally {
      // After a save that stays on the page (e.g. someone else's change to settle first).
      setBusy(false);
    }
  }

  // The current owner stays selectable even if they have since left the organization.
  const options =
    members.some((m) => m.userId === values.ownerId) || !values.ownerId
      ? members
      : [...members, { userId: values.ownerId, name: "Current owner (no longer a member)", email: "", role: "" }];
  // Likewise the current parent, if it has since been closed or archived (the server decides if it may stay).
  const parentChoices =
    !values.parentId || parents.some((p) => p.id === values.parentId)
      ? parents
      : [...parents, { id: values.parentId, title: "Current parent goal (closed or archived)", depth: 0 }];

  const metric = values.kind === "METRIC";
  const unit = values.unit.trim();

  return (
    <form noValidate onSubmit={submit} className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start">
      <div className="space-y-6 lg:col-start-1">
        {errors.formError ? <Alert tone="error">{errors.formError}</Alert> : null}

        <Section title="The goal" description="What you want to reach, who owns it and by when.">
          <TitleField
            label="Title"
            {...bind("title")}
            placeholder="e.g. Grow weekly active teams"
            autoComplete="off"
            required
            autoFocus={!initial.title}
          />
          <TextArea
            label="Description (why)"
            {...bind("description")}
            description="What success looks like and why it matters. Shown at the top of the goal."
            rows={4}
            maxLength={5000}
          />
          <Select
            label="Owner"
            {...bind("ownerId")}
            description="The person accountable for getting there."
            required
          >
            {!values.ownerId ? <option value="">Choose an owner…</option> : null}
            {options.map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.name}
                {m.userId === viewerId ? " (you)" : ""}
              </option>
            ))}
          </Select>
          <div className="grid gap-5 sm:grid-cols-2">
            <TextField
              label="Start date"
              {...bind("startDate")}
              type="date"
              required
            />
            <TextField
              label="Target date"
              {...bind("targetDate")}
              type="date"
              min={values.startDate || undefined}
              required
            />
          </div>
        </Section>

        <Section title="Progress" description="Choose how Waymark measures how far along this goal is.">
          <KindChoice value={values.kind} onChange={(kind) => setValue("kind", kind)} error={errors.fieldErrors.kind} />
          {metric ? (
            <div className="space-y-5 rounded-lg border border-slate-200 bg-slate-50/70 p-4 sm:p-5">
              <div className="grid gap-5 sm:grid-cols-2">
                <TextField
                  label="Unit"
                  {...bind("unit")}
                  description="What is counted, e.g. “users”, “ms” or “%”."
                  placeholder="users"
                  maxLength={30}
                  autoComplete="off"
                  required
                />
                <Select
                  label="Direction"
                  {...bind("direction")}
                  description={directionHelp(values.direction)}
                  required
                >
                  {DIRECTIONS.map((d) => (
                    <option key={d.value} value={d.value}>
                      {d.label}
                    </option>
                  ))}
                </Select>
              </div>
              <div className="grid gap-5 sm:grid-cols-2">
                {metricValueFields(values.direction).map((f) => (
                  <TextField
                    key={f.name}
                    label={f.label}
                    {...bind(f.name)}
                    type="number"
                    inputMode="decimal"
                    step="any"
                    description={f.description}
                    required
                  />
                ))}
              </div>
              <MetricSummary values={values} unit={unit} />
            </div>
          ) : null}
        </Section>

        <Section
          title="Where it fits"
          description="Optional. A parent goal or a stated reason makes a goal Relevant; a rationale supports Achievable."
        >
          <Select
            label="Parent goal"
            {...bind("parentId")}
            description="Make this goal an objective of a bigger one: its progress rolls up into the parent’s."
          >
            <option value="">None (a top-level goal)</option>
            {parentChoices.map((p) => (
              <option key={p.id} value={p.id}>
                {"\u00a0\u00a0\u00a0".repeat(Math.min(p.depth, 4))}
                {p.depth > 0 ? "↳ " : ""}
                {p.title}
              </option>
            ))}
          </Select>
          {values.parentId ? (
            <TextField
              label="Weight in parent"
              {...bind("weight")}
              type="number"
              inputMode="decimal"
              min={0}
              max={1000}
              step="any"
              description="Its share of the parent’s progress next to the parent’s other sub-goals and milestones (each 1 by default); 0 leaves it out."
              wrapperClassName="sm:max-w-sm"
            />
          ) : null}
          <TextArea
            label="Why it matters (relevance)"
            {...bind("relevance")}
            description="The bigger aim it serves. Optional."
            rows={3}
            maxLength={2000}
          />
          <TextArea
            label="Why it’s achievable (rationale)"
            {...bind("rationale")}
            description="What makes the target reachable: past results, capacity, a plan. Optional."
            rows={3}
            maxLength={2000}
          />
        </Section>
      </div>

      <aside className="lg:sticky lg:top-6 lg:col-start-2 lg:row-span-2 lg:row-start-1">
        <SmartChecklist
          items={smart}
          description="Updates as you type."
          footer={
            <>
              Advisory: you can save a goal that misses some criteria and improve it later.
              {!metric && smartContext.milestoneCount === 0 ? " Milestones are added on the goal’s page once it exists." : ""}
            </>
          }
        />
      </aside>

      <div className="flex flex-wrap items-center justify-end gap-3 lg:col-start-1">
        <ButtonLink href={cancelHref} variant="ghost">
          Cancel
        </ButtonLink>
        <Button type="submit" variant="primary" loading={busy}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}

function Section({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
      <h2 id={id} className="text-base font-semibold text-slate-900">
        {title}
      </h2>
      {description ? <p className="mt-1 text-sm text-slate-500">{description}</p> : null}
      <div className="mt-5 space-y-5">{children}</div>
    </section>
  );
}

function directionHelp(direction: MetricDirection): string {
  switch (direction) {
    case "INCREASE":
      return "Progress grows as the number rises toward the target.";
    case "DECREASE":
      return "Progress grows as the number falls toward the target.";
    case "STAY_ABOVE":
      return "Done while the number stays at or above the target.";
    case "STAY_BELOW":
      return "Done while the number stays at or below the target.";
  }
}

/** The metric in one sentence once it is filled in, or what contradicts it (the server's own rule). */
function MetricSummary({ values, unit }: { values: GoalFormValues; unit: string }) {
  const start = toNumber(values.startValue);
  const target = toNumber(values.targetValue);
  if (target === null || start === null) return null;
  // The unit is reported beside its own field; here only whether the numbers fit the direction.
  const problem = metricProblem({ kind: "METRIC", unit: unit || "-", startValue: start, targetValue: target, direction: values.direction });
  if (problem) {
    return (
      <p className="flex items-start gap-2 text-sm text-amber-800">
        <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden className="mt-0.5 size-4 shrink-0 text-amber-500">
          <path
            fillRule="evenodd"
            clipRule="evenodd"
            d="M8.485 2.495c.673-1.167 2.357-1.167 3.03 0l6.28 10.875c.673 1.167-.17 2.625-1.516 2.625H3.72c-1.347 0-2.189-1.458-1.515-2.625L8.485 2.495ZM10 5a.75.75 0 0 1 .75.75v3.5a.75.75 0 0 1-1.5 0v-3.5A.75.75 0 0 1 10 5Zm0 9a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z"
          />
        </svg>
        <span>{problem.message}</span>
      </p>
    );
  }
  const u = !unit ? "" : unit === "%" ? "%" : ` ${unit}`;
  const n = (x: number) => new Intl.NumberFormat("en", { maximumFractionDigits: 2 }).format(x);
  const text =
    values.direction === "STAY_ABOVE"
      ? `Keep it at or above ${n(target)}${u}`
      : values.direction === "STAY_BELOW"
        ? `Keep it at or below ${n(target)}${u}`
        : `${values.direction === "INCREASE" ? "Raise it" : "Bring it down"} from ${n(start)}${u} to ${n(target)}${u}`;
  return (
    <p className="flex items-center gap-2 text-sm text-slate-700">
      <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden className="size-4 shrink-0 text-indigo-500">
        <path
          fillRule="evenodd"
          clipRule="evenodd"
          d="M12.577 4.878a.75.75 0 0 1 .919-.53l4.78 1.281a.75.75 0 0 1 .531.919l-1.281 4.78a.75.75 0 0 1-1.449-.387l.81-3.022a19.407 19.407 0 0 0-5.594 5.203.75.75 0 0 1-1.139.093L7 10.06l-4.72 4.72a.75.75 0 0 1-1.06-1.061l5.25-5.25a.75.75 0 0 1 1.06 0l3.074 3.073a20.923 20.923 0 0 1 5.545-4.931l-3.042-.815a.75.75 0 0 1-.53-.919Z"
        />
      </svg>
      <span>
        {text}
        {values.targetDate ? " by the target date" : ""}.
      </span>
    </p>
  );
}

/** The "How is progress measured?" radio group, as two cards. */
function KindChoice({ value, onChange, error }: { value: GoalKind; onChange: (kind: GoalKind) => void; error?: string }) {
  const id = useId();
  const choices: { kind: GoalKind; label: string; description: string; icon: ReactNode }[] = [
    {
      kind: "MILESTONE",
      label: "Milestones",
      description: "Done when its milestones (and any sub-goals) are done.",
      icon: (
        <path
          fillRule="evenodd"
          clipRule="evenodd"
          d="M3.5 2.75a.75.75 0 0 0-1.5 0v14.5a.75.75 0 0 0 1.5 0v-4.392l1.657-.348a6.449 6.449 0 0 1 4.271.572 7.948 7.948 0 0 0 5.965.524l2.078-.64A.75.75 0 0 0 18 12.25v-8.5a.75.75 0 0 0-.904-.734l-2.38.501a7.25 7.25 0 0 1-4.186-.363l-.502-.2a8.75 8.75 0 0 0-5.053-.439l-1.475.31V2.75Z"
        />
      ),
    },
    {
      kind: "METRIC",
      label: "A number (metric)",
      description: "A number moves from a start value toward a target, e.g. users from 120 to 300.",
      icon: (
        <path d="M15.5 2A1.5 1.5 0 0 0 14 3.5v13a1.5 1.5 0 0 0 1.5 1.5h1a1.5 1.5 0 0 0 1.5-1.5v-13A1.5 1.5 0 0 0 16.5 2h-1ZM9.5 6A1.5 1.5 0 0 0 8 7.5v9A1.5 1.5 0 0 0 9.5 18h1a1.5 1.5 0 0 0 1.5-1.5v-9A1.5 1.5 0 0 0 10.5 6h-1ZM3.5 10A1.5 1.5 0 0 0 2 11.5v5A1.5 1.5 0 0 0 3.5 18h1A1.5 1.5 0 0 0 6 16.5v-5A1.5 1.5 0 0 0 4.5 10h-1Z" />
      ),
    },
  ];
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-800">How is progress measured?</legend>
      <div className="mt-2 grid gap-3 sm:grid-cols-2">
        {choices.map((c) => {
          const checked = value === c.kind;
          const inputId = `${id}-${c.kind}`;
          return (
            <div
              key={c.kind}
              className={cx(
                "relative flex gap-3 rounded-lg border p-4 transition-colors has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-indigo-600",
                checked ? "border-indigo-600 bg-indigo-50/60 ring-1 ring-indigo-600" : "border-slate-300 bg-white hover:border-slate-400",
              )}
            >
              <input
                id={inputId}
                type="radio"
                name="kind"
                value={c.kind}
                checked={checked}
                onChange={() => onChange(c.kind)}
                aria-describedby={`${inputId}-description`}
                aria-invalid={error ? true : undefined}
                className="relative z-10 mt-0.5 size-4 shrink-0 cursor-pointer accent-indigo-600 focus-visible:outline-none"
              />
              <div className="min-w-0">
                <label
                  htmlFor={inputId}
                  className="flex cursor-pointer items-center gap-1.5 text-sm font-semibold text-slate-900 after:absolute after:inset-0 after:content-['']"
                >
                  <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden className={cx("size-4", checked ? "text-indigo-600" : "text-slate-400")}>
                    {c.icon}
                  </svg>
                  {c.label}
                </label>
                <p id={`${inputId}-description`} className="mt-1 text-xs text-slate-500">
                  {c.description}
                </p>
              </div>
            </div>
          );
        })}
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="mt-1.5 text-sm text-red-600">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Org members as owner choices, sorted by name. */
export function memberOptions(
  edges: ReadonlyArray<{ node: { role: string; user: { id: string; name: string; email: string } } }> | undefined,
): MemberOption[] {
  return (edges ?? [])
    .map(({ node }) => ({ userId: node.user.id, name: node.user.name, email: node.user.email, role: node.role }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

type GoalNode = { id: string; title: string; archivedAt: string | null; isClosed: boolean; parent: { id: string } | null };

/**
 * Goals a goal may be placed under, as a tree in the org's order: open and not archived, and never
 * the goal itself or anything below it (that would be a loop; the server checks again).
 */
export function parentOptions(edges: ReadonlyArray<{ node: GoalNode }> | undefined, excludeId?: string): ParentOption[] {
  const goals = (edges ?? []).map((e) => e.node);
  const byId = new Map(goals.map((g) => [g.id, g]));
  const children = new Map<string, GoalNode[]>();
  const roots: GoalNode[] = [];
  for (const g of goals) {
    const parentId = g.parent?.id;
    if (parentId && byId.has(parentId)) children.set(parentId, [...(children.get(parentId) ?? []), g]);
    else roots.push(g);
  }
  const out: ParentOption[] = [];
  const walk = (g: GoalNode, depth: number, seen: Set<string>) => {
    if (g.id === excludeId || seen.has(g.id)) return;
    seen.add(g.id);
    const eligible = !g.archivedAt && !g.isClosed;
    if (eligible) out.push({ id: g.id, title: g.title, depth });
    for (const child of children.get(g.id) ?? []) walk(child, eligible ? depth + 1 : depth, seen);
  };
  const seen = new Set<string>();
  for (const root of roots) walk(root, 0, seen);
  return out;
}
