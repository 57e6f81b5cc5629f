import { describe, expect, it } from "vitest";
import { templateMilestonesSchema, type TemplateMilestoneInput } from "../schemas/template.ts";
import { BUILT_IN_TEMPLATES, builtInTemplate } from "./built-in.ts";
import { describeDue, expandTemplate, relativeDue, templateFromMilestones, type DatedMilestone } from "./expand.ts";

const goal = { startDate: "2027-01-01", targetDate: "2027-03-31" };
const parse = (list: TemplateMilestoneInput[]) => templateMilestonesSchema.parse(list);

describe("expandTemplate", () => {
  it("dates milestones from the start and back from the target", () => {
    const out = expandTemplate(
      parse([
        { key: "a", title: "A", due: { from: "START", days: 14 } },
        { key: "b", title: "B", due: { from: "TARGET", days: 7 } },
        { key: "c", title: "C", due: { from: "TARGET", days: 0 } },
      ]),
      goal,
    );
    expect(out.map((m) => m.dueDate)).toEqual(["2027-01-15", "2027-03-24", "2027-03-31"]);
    expect(out.every((m) => m.warning === null)).toBe(true);
  });

  it("clamps dates outside the window to its edge, with a warning", () => {
    const short = { startDate: "2027-01-01", targetDate: "2027-01-10" };
    const [late, early] = expandTemplate(
      parse([
        { key: "late", title: "Late", due: { from: "START", days: 30 } },
        { key: "early", title: "Early", due: { from: "TARGET", days: 30 } },
      ]),
      short,
    );
    expect(late.dueDate).toBe("2027-01-10");
    expect(late.warning).toBe("30 days after the start falls after the goal's target date: placed on the target date.");
    expect(early.dueDate).toBe("2027-01-01");
    expect(early.warning).toMatch(/before the goal's start date: placed on the start date/);
  });

  it("keeps dependencies as keys, kind, duration and done-means", () => {
    const [a, b] = expandTemplate(
      parse([
        { key: "a", title: "A", doneMeans: "Signed", due: { from: "START", days: 1 }, kind: "APPROVAL", durationDays: 3 },
        { key: "b", title: "B", due: { from: "START", days: 5 }, dependsOn: ["a"] },
      ]),
      goal,
    );
    expect(a).toMatchObject({ kind: "APPROVAL", durationDays: 3, description: "Signed", dependsOn: [] });
    expect(b).toMatchObject({ kind: "STANDARD", durationDays: null, dependsOn: ["a"] });
  });

  it("counts across month and leap-year ends", () => {
    const [m] = expandTemplate(parse([{ key: "a", title: "A", due: { from: "TARGET", days: 1 } }]), {
      startDate: "2028-01-01",
      targetDate: "2028-03-01",
    });
    expect(m.dueDate).toBe("2028-02-29");
  });
});

describe("templateMilestonesSchema", () => {
  it("refuses a dependency on a missing key, a repeated key, and cycles, naming the field", () => {
    const missing = templateMilestonesSchema.safeParse([{ key: "a", title: "A", due: { from: "START", days: 0 }, dependsOn: ["x"] }]);
    expect(missing.success).toBe(false);
    expect(missing.error!.issues[0].path).toEqual([0, "dependsOn"]);
    const twice = templateMilestonesSchema.safeParse([
      { key: "a", title: "A", due: { from: "START", days: 0 } },
      { key: "a", title: "B", due: { from: "START", days: 0 } },
    ]);
    expect(twice.error!.issues[0].path).toEqual([1, "key"]);
    const cycle = templateMilestonesSchema.safeParse([
      { key: "a", title: "A", due: { from: "START", days: 0 }, dependsOn: ["b"] },
      { key: "b", title: "B", due: { from: "START", days: 0 }, dependsOn: ["a"] },
    ]);
    expect(cycle.error!.issues[0].message).toBe("Dependencies can't go in a circle: “A” depends on “B”, which depends on “A”.");
  });

  it("refuses negative offsets", () => {
    const r = templateMilestonesSchema.safeParse([{ key: "a", title: "A", due: { from: "START", days: -1 } }]);
    expect(r.error!.issues[0].path).toEqual([0, "due", "days"]);
  });
});

describe("relativeDue and the save → expand round trip", () => {
  it("counts from the nearer end of the window", () => {
    expect(relativeDue("2027-01-11", goal)).toEqual({ from: "START", days: 10 });
    expect(relativeDue("2027-03-21", goal)).toEqual({ from: "TARGET", days: 10 });
    expect(relativeDue("2026-12-01", goal)).toEqual({ from: "START", days: 0 });
    expect(relativeDue("2027-05-01", goal)).toEqual({ from: "TARGET", days: 0 });
  });

  it("a goal's milestones saved as a template expand back to the same dates and dependencies", () => {
    const milestones: DatedMilestone[] = [
      { id: "m1", title: "Design approval", description: "Signed off", dueDate: "2027-01-20", durationDays: 5, kind: "APPROVAL", dependsOnIds: [] },
      { id: "m2", title: "Design approval", description: "", dueDate: "2027-02-14", durationDays: null, kind: "STANDARD", dependsOnIds: ["m1"] },
      { id: "m3", title: "Launch!", description: "", dueDate: "2027-03-31", durationDays: 1, kind: "STANDARD", dependsOnIds: ["m1", "m2", "gone"] },
    ];
    const template = templateFromMilestones(milestones, goal);
    expect(template.map((m) => m.key)).toEqual(["design-approval", "design-approval-2", "launch"]);
    expect(templateMilestonesSchema.safeParse(template).success).toBe(true);
    const back = expandTemplate(template, goal);
    expect(back.map((m) => m.dueDate)).toEqual(milestones.map((m) => m.dueDate));
    expect(back.map((m) => m.dependsOn)).toEqual([[], ["design-approval"], ["design-approval", "design-approval-2"]]);
    expect(back.map((m) => [m.title, m.description, m.kind, m.durationDays])).toEqual(
      milestones.map((m) => [m.title, m.description, m.kind, m.durationDays]),
    );
  });

  it("re-planned onto a longer window, milestones near the target follow the target", () => {
    const template = templateFromMilestones(
      [{ id: "x", title: "Final review", description: "", dueDate: "2027-03-24", durationDays: null, kind: "STANDARD", dependsOnIds: [] }],
      goal,
    );
    const [m] = expandTemplate(template, { startDate: "2027-01-01", targetDate: "2027-06-30" });
    expect(m.dueDate).toBe("2027-06-23");
  });
});

describe("describeDue", () => {
  it("reads as a sentence", () => {
    expect(describeDue({ from: "START", days: 1 })).toBe("1 day after the start");
    expect(describeDue({ from: "TARGET", days: 0 })).toBe("On the target date");
  });
});

describe("built-in templates", () => {
  it("have stable ids, the common project milestones and the four goal templates", () => {
    expect(BUILT_IN_TEMPLATES.map((t) => t.id)).toEqual([
      "builtin:common-project-milestones",
      "builtin:launch-checklist",
      "builtin:launch-a-product",
      "builtin:hire-a-team",
      "builtin:move-a-metric",
      "builtin:ship-a-project",
    ]);
    expect(builtInTemplate("builtin:common-project-milestones")!.milestones.map((m) => m.title)).toEqual([
      "Project approval",
      "Planning complete",
      "Funding secured",
      "Design approval",
      "Recruiting for key positions complete",
    ]);
    expect(builtInTemplate("builtin:nope")).toBeNull();
  });

  it("goal templates pre-fill SMART prompts, and Move a metric is a metric goal", () => {
    for (const t of BUILT_IN_TEMPLATES.filter((t) => t.kind === "GOAL")) {
      expect(t.goal!.description).toMatch(/What exactly:.*\nMeasured how:.*\nWhy now:/);
      expect(t.milestones.length).toBeGreaterThan(0);
    }
    expect(builtInTemplate("builtin:move-a-metric")!.goal!.kind).toBe("METRIC");
  });

  it("expand inside a 90-day window without clamping", () => {
    for (const t of BUILT_IN_TEMPLATES) {
      const out = expandTemplate(t.milestones, { startDate: "2027-01-01", targetDate: "2027-04-30" });
      expect(out.filter((m) => m.warning), t.name).toEqual([]);
    }
  });
});
