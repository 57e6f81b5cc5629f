import { describe, expect, it } from "vitest";
import { daysOffIn, loadIn, overlapDays, suggestOwners, workSpan, type Candidate } from "./owner-suggestions.ts";

const person = (over: Partial<Candidate> & Pick<Candidate, "userId">): Candidate => ({
  name: over.userId,
  skills: [],
  interests: [],
  availability: 100,
  timeOff: [],
  openWork: [],
  ...over,
});

// A two-week milestone due Friday 19 March 2027: its window is 6–19 March.
const target = { skills: ["Design", "research"], dueDate: "2027-03-19", durationDays: 14 };

describe("work spans and overlap", () => {
  it("a milestone's work ends on its due date and lasts its duration, or a week without one", () => {
    expect(workSpan({ dueDate: "2027-03-19", durationDays: 14 })).toEqual({ start: "2027-03-06", end: "2027-03-19" });
    expect(workSpan({ dueDate: "2027-03-19", durationDays: null })).toEqual({ start: "2027-03-13", end: "2027-03-19" });
  });

  it("counts shared days, both ends included", () => {
    expect(overlapDays({ start: "2027-03-01", end: "2027-03-10" }, { start: "2027-03-10", end: "2027-03-20" })).toBe(1);
    expect(overlapDays({ start: "2027-03-01", end: "2027-03-09" }, { start: "2027-03-10", end: "2027-03-20" })).toBe(0);
  });

  it("counts overlapping time off once, and only inside the window", () => {
    const window = { start: "2027-03-06", end: "2027-03-19" };
    const off = [
      { start: "2027-03-01", end: "2027-03-07" },
      { start: "2027-03-07", end: "2027-03-08" },
    ];
    expect(daysOffIn(window, off)).toBe(3);
  });
});

describe("load", () => {
  const window = { start: "2027-03-06", end: "2027-03-19" };

  it("is the open work in the window over the days available, scaled by availability", () => {
    const busy = { availability: 100, timeOff: [], openWork: [{ dueDate: "2027-03-12", durationDays: 7 }] };
    expect(loadIn(window, busy).load).toBeCloseTo(7 / 14);
    expect(loadIn(window, { ...busy, availability: 50 }).load).toBeCloseTo(7 / 7);
  });

  it("weights a long milestone by the part of it inside the window", () => {
    const long = { availability: 100, timeOff: [], openWork: [{ dueDate: "2027-04-30", durationDays: 60 }] };
    // 60 days ending 30 April start 1 March: 14 of them fall in 6–19 March.
    expect(loadIn(window, long)).toMatchObject({ busyDays: 14, openInWindow: 1 });
  });

  it("time off shrinks the capacity; away the whole window is infinitely loaded", () => {
    const work = [{ dueDate: "2027-03-12", durationDays: 7 }];
    expect(loadIn(window, { availability: 100, timeOff: [{ start: "2027-03-13", end: "2027-03-19" }], openWork: work }).load).toBeCloseTo(1);
    expect(loadIn(window, { availability: 100, timeOff: [{ start: "2027-03-01", end: "2027-03-31" }], openWork: [] }).load).toBe(Infinity);
  });
});

describe("suggestOwners", () => {
  it("ranks skill match first, then interest, then load, then name", () => {
    const ranked = suggestOwners(target, [
      person({ userId: "idle", openWork: [] }),
      person({ userId: "curious", interests: ["design"] }),
      person({ userId: "both-busy", skills: ["design", "Research"], openWork: [{ dueDate: "2027-03-15", durationDays: 10 }] }),
      person({ userId: "both-free", skills: ["DESIGN", "research "] }),
      person({ userId: "one", skills: ["design"] }),
    ]);
    expect(ranked.map((s) => s.userId)).toEqual(["both-free", "both-busy", "one", "curious", "idle"]);
  });

  it("says why in a line", () => {
    const [busy, curious, idle] = suggestOwners(target, [
      person({ userId: "a", name: "Ana", skills: ["design", "research"], openWork: [{ dueDate: "2027-03-10", durationDays: 3 }, { dueDate: "2027-03-18", durationDays: null }] }),
      person({ userId: "b", name: "Ben", interests: ["research"], timeOff: [{ start: "2027-03-08", end: "2027-03-09" }] }),
      person({ userId: "c", name: "Cy" }),
    ]);
    expect(busy.reason).toBe("has design and research · 2 open milestones in these weeks");
    expect(curious.reason).toBe("no matching skills · interested in research · free in these weeks · 2 days off");
    expect(idle.reason).toBe("no matching skills · free in these weeks");
  });

  it("time off counts against a candidate with the same skills", () => {
    const ranked = suggestOwners(target, [
      person({ userId: "away", name: "A", skills: ["design"], timeOff: [{ start: "2027-03-06", end: "2027-03-19" }] }),
      person({ userId: "here", name: "B", skills: ["design"], openWork: [{ dueDate: "2027-03-19", durationDays: 3 }] }),
    ]);
    expect(ranked.map((s) => s.userId)).toEqual(["here", "away"]);
    expect(ranked[1].load).toBe(Infinity);
  });

  it("without skills asked, only load decides, and no 'no matching skills' is said", () => {
    const ranked = suggestOwners({ skills: [], dueDate: "2027-03-19", durationDays: 14 }, [
      person({ userId: "busy", name: "A", openWork: [{ dueDate: "2027-03-19", durationDays: 14 }] }),
      person({ userId: "free", name: "B" }),
    ]);
    expect(ranked.map((s) => s.userId)).toEqual(["free", "busy"]);
    expect(ranked[0].reason).toBe("free in these weeks");
  });

  it("returns at most `first`", () => {
    const many = Array.from({ length: 9 }, (_, i) => person({ userId: `u${i}` }));
    expect(suggestOwners(target, many, 3)).toHaveLength(3);
  });
});
