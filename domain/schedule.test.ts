import { afterEach, describe, expect, it } from "vitest";
import { backwardPlan, cycleMessage, effectiveStatus, findCycle, isDueAfterTarget, moveDueDate, planOutlook } from "./schedule.ts";

describe("effectiveStatus", () => {
  it("is MISSED once the due date has passed without being done", () => {
    expect(effectiveStatus("PLANNED", "2026-05-01", "2026-05-02")).toBe("MISSED");
    expect(effectiveStatus("IN_PROGRESS", "2026-04-30", "2026-05-02")).toBe("MISSED");
  });

  it("is the stored status up to and on the due date", () => {
    expect(effectiveStatus("PLANNED", "2026-05-02", "2026-05-02")).toBe("PLANNED");
    expect(effectiveStatus("IN_PROGRESS", "2026-05-03", "2026-05-02")).toBe("IN_PROGRESS");
  });

  it("keeps DONE whatever the dates", () => {
    expect(effectiveStatus("DONE", "2020-01-01", "2026-05-02")).toBe("DONE");
    expect(effectiveStatus("DONE", "2030-01-01", "2026-05-02")).toBe("DONE");
  });

  it("compares calendar dates across years and months", () => {
    expect(effectiveStatus("PLANNED", "2025-12-31", "2026-01-01")).toBe("MISSED");
    expect(effectiveStatus("PLANNED", "2026-10-01", "2026-09-30")).toBe("PLANNED");
  });
});

describe("moveDueDate", () => {
  const milestone = { dueDate: "2026-05-10", baselineDueDate: "2026-05-01", slipCount: 1 };

  it("counts a slip when moved later and keeps the baseline", () => {
    expect(moveDueDate(milestone, "2026-05-20")).toEqual({
      dueDate: "2026-05-20",
      baselineDueDate: "2026-05-01",
      slipCount: 2,
      slipped: true,
    });
  });

  it("does not count moving earlier or keeping the date", () => {
    expect(moveDueDate(milestone, "2026-05-05")).toEqual({
      dueDate: "2026-05-05",
      baselineDueDate: "2026-05-01",
      slipCount: 1,
      slipped: false,
    });
    expect(moveDueDate(milestone, "2026-05-10")).toMatchObject({ slipCount: 1, slipped: false });
  });

  it("keeps the baseline even when moved before it", () => {
    expect(moveDueDate(milestone, "2026-04-01")).toMatchObject({ baselineDueDate: "2026-05-01", slipCount: 1 });
  });

  it("takes the current due date as the baseline when there is none yet", () => {
    expect(moveDueDate({ dueDate: "2026-05-10", baselineDueDate: null, slipCount: 0 }, "2026-06-01")).toEqual({
      dueDate: "2026-06-01",
      baselineDueDate: "2026-05-10",
      slipCount: 1,
      slipped: true,
    });
  });

  it("counts each successive slip", () => {
    let m = { dueDate: "2026-01-10", baselineDueDate: "2026-01-10", slipCount: 0 };
    for (const next of ["2026-01-20", "2026-01-15", "2026-02-01", "2026-12-31"]) m = moveDueDate(m, next);
    expect(m).toMatchObject({ dueDate: "2026-12-31", baselineDueDate: "2026-01-10", slipCount: 3 });
  });

  it("compares across month and year boundaries", () => {
    expect(moveDueDate({ dueDate: "2026-12-31", baselineDueDate: "2026-12-31", slipCount: 0 }, "2027-01-01").slipped).toBe(true);
    expect(moveDueDate({ dueDate: "2026-10-01", baselineDueDate: "2026-10-01", slipCount: 0 }, "2026-09-30").slipped).toBe(false);
  });
});

const e = (milestoneId: string, dependsOnId: string) => ({ milestoneId, dependsOnId });

/** The cycle is a real cycle of the graph: each id depends on the next, the last on the first. */
function expectCycleOf(edges: { milestoneId: string; dependsOnId: string }[], cycle: string[] | null) {
  expect(cycle).not.toBeNull();
  const ids = cycle as string[];
  expect(new Set(ids).size).toBe(ids.length);
  ids.forEach((id, i) => {
    const next = ids[(i + 1) % ids.length];
    expect(edges.some((edge) => edge.milestoneId === id && edge.dependsOnId === next)).toBe(true);
  });
}

describe("findCycle", () => {
  it("is null without edges", () => {
    expect(findCycle([])).toBeNull();
  });

  it("is null for chains, trees and diamonds", () => {
    expect(findCycle([e("b", "a"), e("c", "b"), e("d", "c")])).toBeNull();
    expect(findCycle([e("b", "a"), e("c", "a"), e("d", "a")])).toBeNull();
    expect(findCycle([e("b", "a"), e("c", "a"), e("d", "b"), e("d", "c")])).toBeNull();
  });

  it("finds a self-dependency", () => {
    expect(findCycle([e("b", "a"), e("a", "a")])).toEqual(["a"]);
  });

  it("finds a two-milestone cycle", () => {
    const edges = [e("a", "b"), e("b", "a")];
    expect(findCycle(edges)).toEqual(["a", "b"]);
  });

  it("finds a longer cycle in dependency order", () => {
    const edges = [e("a", "b"), e("b", "c"), e("c", "a")];
    expect(findCycle(edges)).toEqual(["a", "b", "c"]);
  });

  it("finds a cycle off to the side of acyclic parts, and only the cycle", () => {
    const edges = [e("x", "y"), e("y", "z"), e("start", "p"), e("p", "q"), e("q", "r"), e("r", "p"), e("d", "x")];
    const cycle = findCycle(edges);
    expectCycleOf(edges, cycle);
    expect([...(cycle as string[])].sort()).toEqual(["p", "q", "r"]);
  });

  it("finds the cycle a new dependency would close", () => {
    const existing = [e("b", "a"), e("c", "b"), e("d", "c")];
    const edges = [...existing, e("a", "d")];
    const cycle = findCycle(edges);
    expectCycleOf(edges, cycle);
    expect(cycle).toHaveLength(4);
    expect(findCycle([...existing, e("d", "a")])).toBeNull();
  });

  it("handles very long chains and cycles without overflowing the stack", () => {
    const n = 50_000;
    const chain = Array.from({ length: n - 1 }, (_, i) => e(`m${i}`, `m${i + 1}`));
    expect(findCycle(chain)).toBeNull();
    const cycle = findCycle([...chain, e(`m${n - 1}`, "m0")]);
    expect(cycle).toHaveLength(n);
    expect(cycle?.[0]).toBe("m0");
  });

  it("ignores duplicate edges", () => {
    expect(findCycle([e("b", "a"), e("b", "a")])).toBeNull();
  });
});

describe("cycleMessage", () => {
  const titles: Record<string, string> = { a: "Design", b: "Build", c: "Test" };

  it("names a self-dependency", () => {
    expect(cycleMessage(["a"], (id) => titles[id])).toBe("“Design” can't depend on itself.");
  });

  it("walks the cycle back to its start", () => {
    expect(cycleMessage(["a", "b", "c"], (id) => titles[id])).toBe(
      "Dependencies can't go in a circle: “Design” depends on “Build”, which depends on “Test”, which depends on “Design”.",
    );
    expect(cycleMessage(["a", "b"])).toBe("Dependencies can't go in a circle: “a” depends on “b”, which depends on “a”.");
  });

  it("has a generic message for an empty cycle", () => {
    expect(cycleMessage([])).toBe("Dependencies can't go in a circle.");
  });
});

type Status = "PLANNED" | "IN_PROGRESS" | "DONE";
const ms = (id: string, durationDays: number | null, dependsOn: string[] = [], status: Status = "PLANNED") => ({
  id,
  dueDate: "2026-01-31",
  durationDays,
  status,
  dependsOn,
});

const pick = (p: { earliestFinish: string; slackDays: number }) => ({ earliestFinish: p.earliestFinish, slackDays: p.slackDays });

describe("backwardPlan", () => {
  const goal = { startDate: "2026-01-01", targetDate: "2026-01-31" }; // a 30-day window

  it("is empty without milestones", () => {
    expect(backwardPlan(goal, [], "2026-01-01").size).toBe(0);
  });

  it("plans a single milestone back from the target date", () => {
    expect(backwardPlan(goal, [ms("a", 10)], "2026-01-01").get("a")).toEqual({
      earliestStart: "2026-01-01",
      earliestFinish: "2026-01-11",
      latestStart: "2026-01-21",
      latestFinish: "2026-01-31",
      slackDays: 20,
      critical: true,
      startAtRisk: false,
    });
  });

  it("chains dependencies: latest finish is the successor's latest start", () => {
    const plan = backwardPlan(goal, [ms("a", 10), ms("b", 20, ["a"])], "2026-01-01");
    expect(plan.get("a")).toEqual({
      earliestStart: "2026-01-01",
      earliestFinish: "2026-01-11",
      latestStart: "2026-01-01",
      latestFinish: "2026-01-11",
      slackDays: 0,
      critical: true,
      startAtRisk: false,
    });
    expect(plan.get("b")).toEqual({
      earliestStart: "2026-01-11",
      earliestFinish: "2026-01-31",
      latestStart: "2026-01-11",
      latestFinish: "2026-01-31",
      slackDays: 0,
      critical: true,
      startAtRisk: false,
    });
  });

  it("finds the critical path through a diamond", () => {
    //      ┌─ b (10) ─┐
    // a (5)           d (5)      window 30 days: a→b→d takes 20, a→c→d takes 13
    //      └─ c (3) ──┘
    const plan = backwardPlan(goal, [ms("a", 5), ms("b", 10, ["a"]), ms("c", 3, ["a"]), ms("d", 5, ["b", "c"])], "2026-01-01");
    expect(plan.get("a")).toMatchObject({ earliestStart: "2026-01-01", latestStart: "2026-01-11", latestFinish: "2026-01-16", slackDays: 10, critical: true });
    expect(plan.get("b")).toMatchObject({ earliestStart: "2026-01-06", latestStart: "2026-01-16", latestFinish: "2026-01-26", slackDays: 10, critical: true });
    expect(plan.get("c")).toMatchObject({ earliestStart: "2026-01-06", latestStart: "2026-01-23", latestFinish: "2026-01-26", slackDays: 17, critical: false });
    expect(plan.get("d")).toMatchObject({ earliestStart: "2026-01-16", latestStart: "2026-01-26", latestFinish: "2026-01-31", slackDays: 10, critical: true });
  });

  it("has zero slack on the critical path when the plan exactly fills the window", () => {
    const plan = backwardPlan(goal, [ms("a", 10), ms("b", 15, ["a"]), ms("c", 5, ["a"]), ms("d", 5, ["b", "c"])], "2026-01-01");
    expect([...plan].map(([id, p]) => [id, p.slackDays, p.critical])).toEqual([
      ["a", 0, true],
      ["b", 0, true],
      ["c", 10, false],
      ["d", 0, true],
    ]);
  });

  it("gives negative slack when the plan cannot fit before the target date", () => {
    const plan = backwardPlan(goal, [ms("a", 20), ms("b", 20, ["a"])], "2026-01-01");
    expect(plan.get("a")).toMatchObject({ latestStart: "2025-12-22", slackDays: -10, critical: true, startAtRisk: true });
    expect(plan.get("b")).toMatchObject({ earliestStart: "2026-01-21", latestStart: "2026-01-11", slackDays: -10, critical: true });
  });

  it("counts a null duration as 0 days", () => {
    const plan = backwardPlan(goal, [ms("a", 10), ms("gate", null, ["a"]), ms("b", 20, ["gate"])], "2026-01-01");
    expect(plan.get("gate")).toEqual({
      earliestStart: "2026-01-11",
      earliestFinish: "2026-01-11",
      latestStart: "2026-01-11",
      latestFinish: "2026-01-11",
      slackDays: 0,
      critical: true,
      startAtRisk: false,
    });
  });

  it("marks nothing critical when no open milestone has a duration", () => {
    const plan = backwardPlan(goal, [ms("a", null), ms("b", 0, ["a"]), ms("c", 10, [], "DONE")], "2026-01-01");
    expect([...plan.values()].some((p) => p.critical)).toBe(false);
    expect(plan.get("a")).toMatchObject({ earliestStart: "2026-01-01", latestStart: "2026-01-31", slackDays: 30 });
  });

  it("never marks done milestones critical; the minimum slack is over open ones", () => {
    const plan = backwardPlan(goal, [ms("a", 10, [], "DONE"), ms("b", 20, ["a"], "IN_PROGRESS"), ms("c", 5)], "2026-01-01");
    expect(plan.get("a")).toMatchObject({ slackDays: 0, critical: false });
    // a is done already (today, Jan 1), so b need not wait for a's planned Jan 11 finish.
    expect(plan.get("b")).toMatchObject({ earliestStart: "2026-01-01", slackDays: 10, critical: true });
    expect(plan.get("c")).toMatchObject({ slackDays: 25, critical: false });
    const allDone = backwardPlan(goal, [ms("a", 10, [], "DONE")], "2026-01-01");
    expect(allDone.get("a")?.critical).toBe(false);
  });

  it("flags a milestone not started once its latest start has passed", () => {
    const milestones = [ms("a", 10), ms("b", 20, ["a"]), ms("c", 25, [], "IN_PROGRESS"), ms("d", 30, [], "DONE")];
    // a's latest start is Jan 1, b's Jan 11.
    const onStart = backwardPlan(goal, milestones, "2026-01-01");
    expect([...onStart.values()].map((p) => p.startAtRisk)).toEqual([false, false, false, false]);
    const later = backwardPlan(goal, milestones, "2026-01-02");
    expect([...later.values()].map((p) => p.startAtRisk)).toEqual([true, false, false, false]);
    const muchLater = backwardPlan(goal, milestones, "2026-01-12");
    expect([...muchLater.values()].map((p) => p.startAtRisk)).toEqual([true, true, false, false]);
  });

  it("flags everything not started when the target date has passed", () => {
    const plan = backwardPlan({ startDate: "2025-01-01", targetDate: "2025-03-01" }, [ms("a", 5), ms("b", null)], "2026-01-01");
    expect(plan.get("a")).toMatchObject({ latestStart: "2025-02-24", startAtRisk: true });
    expect(plan.get("b")).toMatchObject({ latestStart: "2025-03-01", startAtRisk: true });
  });

  it("handles start = target", () => {
    const due = (m: ReturnType<typeof ms>) => ({ ...m, dueDate: "2026-06-01" });
    const plan = backwardPlan({ startDate: "2026-06-01", targetDate: "2026-06-01" }, [due(ms("a", 3)), due(ms("b", null))], "2026-05-01");
    expect(plan.get("a")).toMatchObject({ earliestStart: "2026-06-01", latestStart: "2026-05-29", latestFinish: "2026-06-01", slackDays: -3, critical: true });
    expect(plan.get("b")).toMatchObject({ earliestStart: "2026-06-01", latestStart: "2026-06-01", slackDays: 0, critical: false });
  });

  it("crosses month ends, leap days and DST changes in calendar days", () => {
    const plan = backwardPlan({ startDate: "2024-02-20", targetDate: "2024-03-31" }, [ms("a", 10), ms("b", 20, ["a"])], "2024-02-20");
    expect(plan.get("a")).toMatchObject({ earliestStart: "2024-02-20", latestStart: "2024-03-01", latestFinish: "2024-03-11" });
    expect(plan.get("b")).toMatchObject({ earliestStart: "2024-03-01", latestStart: "2024-03-11", latestFinish: "2024-03-31" });
  });

  it("takes the latest of several prerequisites and the earliest of several successors", () => {
    const plan = backwardPlan(goal, [ms("short", 2), ms("long", 12), ms("join", 3, ["short", "long"]), ms("x", 10, ["join"]), ms("y", 4, ["join"])], "2026-01-01");
    expect(plan.get("join")).toMatchObject({ earliestStart: "2026-01-13", latestFinish: "2026-01-21", latestStart: "2026-01-18" });
  });

  it("ignores unknown and self dependencies, and survives a cycle", () => {
    const plan = backwardPlan(goal, [ms("a", 5, ["zzz", "a"]), ms("b", 5, ["c"]), ms("c", 5, ["b"])], "2026-01-01");
    expect(plan.get("a")).toMatchObject({ earliestStart: "2026-01-01", latestStart: "2026-01-26", slackDays: 25 });
    expect(plan.size).toBe(3);
    for (const p of plan.values()) {
      expect(p.earliestStart).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isFinite(p.slackDays)).toBe(true);
    }
  });

  it("is empty when the goal's dates are invalid", () => {
    expect(backwardPlan({ startDate: "2026-02-30", targetDate: "2026-03-01" }, [ms("a", 1)], "2026-01-01").size).toBe(0);
  });

  it("never plans a milestone to finish after its own due date", () => {
    const plan = backwardPlan(goal, [{ ...ms("early", 5), dueDate: "2026-01-10" }, ms("late", 5, ["early"])], "2026-01-01");
    expect(plan.get("early")).toMatchObject({ latestFinish: "2026-01-10", latestStart: "2026-01-05", slackDays: 4 });
    expect(plan.get("late")).toMatchObject({ latestFinish: "2026-01-31", slackDays: 20 });
  });

  describe("as of today", () => {
    // The report in issue #12: a goal started 1 Nov; "Design" (10 days) was due 16 Nov and is not
    // done; today is 7 Dec. Planned from the goal's start it finished 11 Nov, and the goal page said
    // "5 days slack" beside a missed milestone.
    const goal = { startDate: "2026-11-01", targetDate: "2027-01-20" };
    const design = { id: "design", dueDate: "2026-11-16", durationDays: 10, dependsOn: [] as string[] };
    const today = "2026-12-07";

    it("gives a missed milestone negative slack, never the 5 days planned from the goal's start", () => {
      const onStart = backwardPlan(goal, [{ ...design, status: "PLANNED" }], "2026-11-01").get("design");
      expect(onStart).toMatchObject({ earliestFinish: "2026-11-11", slackDays: 5 });
      const planned = backwardPlan(goal, [{ ...design, status: "PLANNED" }], today).get("design");
      // Not started: it can start today at the earliest and finish ten days later.
      expect(planned).toMatchObject({ earliestStart: today, earliestFinish: "2026-12-17", latestFinish: "2026-11-16", slackDays: -31 });
      const started = backwardPlan(goal, [{ ...design, status: "IN_PROGRESS" }], today).get("design");
      // Started: it may have begun on plan, but cannot finish before today.
      expect(started).toMatchObject({ earliestStart: "2026-11-01", earliestFinish: today, slackDays: -21 });
      expect(effectiveStatus("IN_PROGRESS", design.dueDate, today)).toBe("MISSED");
    });

    it("never puts an open milestone's earliest finish before today, and pushes its dependents", () => {
      const launch = { id: "launch", dueDate: "2027-01-20", durationDays: 20, dependsOn: ["design"], status: "PLANNED" as const };
      const plan = backwardPlan(goal, [{ ...design, status: "IN_PROGRESS" }, launch], today);
      expect(plan.get("launch")).toMatchObject({ earliestStart: today, earliestFinish: "2026-12-27", slackDays: 24 });
      for (const p of plan.values()) expect(p.earliestFinish >= today).toBe(true);
      // The card measures the plan's finish from the same entries: 24 days before the target.
      const entries = [
        { status: "IN_PROGRESS" as const, durationDays: 10, ...pick(plan.get("design")!) },
        { status: "PLANNED" as const, durationDays: 20, ...pick(plan.get("launch")!) },
      ];
      expect(planOutlook(goal.targetDate, entries)).toEqual({ finish: "2026-12-27", targetSlackDays: 24, pathSlackDays: -21 });
    });

    it("gives zero slack to an open milestone due today, and none to one done", () => {
      const dueToday = backwardPlan(goal, [{ ...design, dueDate: today, durationDays: 3, status: "IN_PROGRESS" }], today).get("design");
      expect(dueToday).toMatchObject({ earliestFinish: today, slackDays: 0 });
      const doneLate = backwardPlan(goal, [{ ...design, status: "DONE" }], today).get("design");
      expect(doneLate).toMatchObject({ earliestFinish: "2026-11-11", slackDays: 5, critical: false });
    });

    it("lets a done prerequisite hold nothing up, even when it was planned to finish later", () => {
      const early = { ...design, durationDays: 40, dueDate: "2027-01-20", status: "DONE" as const };
      const next = { id: "next", dueDate: "2027-01-20", durationDays: 5, dependsOn: ["design"], status: "PLANNED" as const };
      // Planned to finish 11 Dec, but done already: "next" can start today.
      expect(backwardPlan(goal, [early, next], today).get("next")).toMatchObject({ earliestStart: today, earliestFinish: "2026-12-12" });
    });

    it("does not move milestones of a goal that starts after today", () => {
      const future = { startDate: "2027-02-01", targetDate: "2027-03-01" };
      const plan = backwardPlan(future, [{ ...design, dueDate: "2027-03-01", status: "PLANNED" }], today);
      expect(plan.get("design")).toMatchObject({ earliestStart: "2027-02-01", earliestFinish: "2027-02-11", slackDays: 18 });
    });
  });

  it("plans long chains", () => {
    const n = 2_000;
    const chain = Array.from({ length: n }, (_, i) => ({ ...ms(`m${i}`, 1, i === 0 ? [] : [`m${i - 1}`]), dueDate: "2031-06-24" }));
    const plan = backwardPlan({ startDate: "2026-01-01", targetDate: "2031-06-24" }, chain, "2026-01-01");
    expect(plan.get(`m${n - 1}`)).toMatchObject({ latestFinish: "2031-06-24", critical: true });
    expect(plan.get("m0")?.earliestStart).toBe("2026-01-01");
  });
});

describe("time zones", () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  it("gives the same dates whatever the machine's time zone", () => {
    const run = () =>
      JSON.stringify([
        ...backwardPlan({ startDate: "2026-03-01", targetDate: "2026-04-10" }, [ms("a", 8), ms("b", 20, ["a"])], "2026-03-09"),
        ...backwardPlan({ startDate: "2026-10-20", targetDate: "2026-11-10" }, [ms("c", 3)], "2026-10-25"),
      ]);
    process.env.TZ = "Pacific/Kiritimati";
    // The zone really changed (UTC+14), so the comparison below means something.
    expect(new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset()).toBe(-14 * 60);
    process.env.TZ = "UTC";
    const utc = run();
    for (const zone of ["America/Santiago", "Pacific/Kiritimati", "America/St_Johns", "Asia/Tehran", "Pacific/Pago_Pago"]) {
      process.env.TZ = zone;
      expect(run()).toBe(utc);
    }
  });
});

/** The plan joined to its milestones, as the goal page has them from the API. */
const withPlan = <M extends { id: string }>(milestones: readonly M[], plan: ReturnType<typeof backwardPlan>) =>
  milestones.map((m) => ({ ...m, ...plan.get(m.id)! }));

describe("planOutlook", () => {
  // Issue #12's goal: the card said "The plan runs 13 days past the 20 Jan 2027 target" while the
  // final milestone showed "7 days slack". Design's own due date (18 Nov) is 13 days too early for
  // its 30 days of work; the goal itself finishes 13 Jan 2027, 7 days before its target.
  const goal = { startDate: "2026-11-01", targetDate: "2027-01-20" };
  const milestones = [
    { id: "design", dueDate: "2026-11-18", durationDays: 30, status: "PLANNED" as const, dependsOn: [] },
    { id: "launch", dueDate: "2027-01-20", durationDays: 43, status: "PLANNED" as const, dependsOn: ["design"] },
  ];

  it("measures the target slack against the target date, and the path slack against due dates too", () => {
    const plan = backwardPlan(goal, milestones, "2026-11-01");
    expect(plan.get("design")).toMatchObject({ slackDays: -13, critical: true, latestFinish: "2026-11-18" });
    expect(plan.get("launch")).toMatchObject({ slackDays: 7, critical: false, earliestFinish: "2027-01-13" });
    expect(planOutlook(goal.targetDate, withPlan(milestones, plan))).toEqual({ finish: "2027-01-13", targetSlackDays: 7, pathSlackDays: -13 });
  });

  it("gives the same slack for both when the target is the binding limit", () => {
    const loose = milestones.map((m) => ({ ...m, dueDate: goal.targetDate }));
    const plan = backwardPlan(goal, loose, "2026-11-01");
    expect(planOutlook(goal.targetDate, withPlan(loose, plan))).toEqual({ finish: "2027-01-13", targetSlackDays: 7, pathSlackDays: 7 });
  });

  it("runs past the target with negative target slack", () => {
    const long = milestones.map((m) => ({ ...m, durationDays: 40, dueDate: goal.targetDate }));
    const plan = backwardPlan(goal, long, "2026-11-01");
    expect(planOutlook(goal.targetDate, withPlan(long, plan))).toMatchObject({ finish: "2027-01-20", targetSlackDays: 0 });
    const longer = long.map((m) => ({ ...m, durationDays: 45 }));
    expect(planOutlook(goal.targetDate, withPlan(longer, backwardPlan(goal, longer, "2026-11-01")))).toMatchObject({ finish: "2027-01-30", targetSlackDays: -10 });
  });

  it("ignores done milestones and is null with nothing planned", () => {
    const doneDesign = [{ ...milestones[0], status: "DONE" as const }, milestones[1]];
    // Design is done already (today, 1 Nov): Launch starts now and finishes 14 Dec, 37 days early.
    expect(planOutlook(goal.targetDate, withPlan(doneDesign, backwardPlan(goal, doneDesign, "2026-11-01")))).toEqual({
      finish: "2026-12-14",
      targetSlackDays: 37,
      pathSlackDays: 37,
    });
    const unplanned = milestones.map((m) => ({ ...m, durationDays: null }));
    expect(planOutlook(goal.targetDate, withPlan(unplanned, backwardPlan(goal, unplanned, "2026-11-01")))).toBeNull();
  });
});

describe("isDueAfterTarget", () => {
  it("flags a due date after the target, not on it", () => {
    expect(isDueAfterTarget("2028-01-10", "2027-02-14")).toBe(true);
    expect(isDueAfterTarget("2027-02-14", "2027-02-14")).toBe(false);
  });
});
