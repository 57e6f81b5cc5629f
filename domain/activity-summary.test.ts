import { describe, expect, it } from "vitest";
import { activitySummary, formatValue, listWords } from "./activity-summary.ts";

// As an en-GB reader sees them; the due-date test checks en-US too.
const say = (kind: Parameters<typeof activitySummary>[0]["kind"], data: Parameters<typeof activitySummary>[0]["data"], locale = "en-GB") =>
  activitySummary({ kind, actorName: "Dana", data }, locale);

describe("activitySummary", () => {
  it("describes goal events", () => {
    expect(say("GOAL_CREATED", { goalTitle: "Launch" })).toBe("Dana created the goal “Launch”");
    expect(say("GOAL_ARCHIVED", { goalTitle: "Launch" })).toBe("Dana archived “Launch”");
    expect(say("GOAL_UNARCHIVED", { goalTitle: "Launch" })).toBe("Dana unarchived “Launch”");
    expect(say("GOAL_UPDATED", { goalTitle: "Launch", fields: ["targetDate", "ownerId", "weight"] })).toBe(
      "Dana changed the target date, owner and weight of “Launch”",
    );
    expect(say("GOAL_UPDATED", { goalTitle: "New", previousTitle: "Old", fields: ["title"] })).toBe("Dana renamed “Old” to “New”");
    expect(say("GOAL_UPDATED", { goalTitle: "Launch", reopened: true })).toBe("Dana reopened “Launch”");
    expect(say("GOAL_UPDATED", { goalTitle: "Launch" })).toBe("Dana updated “Launch”");
  });

  it("describes closing with the outcome", () => {
    expect(say("GOAL_CLOSED", { goalTitle: "Launch", outcome: "ACHIEVED" })).toBe("Dana closed “Launch” as achieved");
    expect(say("GOAL_CLOSED", { goalTitle: "Launch", outcome: "PARTIALLY_ACHIEVED" })).toBe("Dana closed “Launch” as partially achieved");
    expect(say("GOAL_CLOSED", { goalTitle: "Launch", outcome: "MISSED" })).toBe("Dana closed “Launch” as missed");
    expect(say("GOAL_CLOSED", { goalTitle: "Launch", outcome: "DROPPED" })).toBe("Dana dropped “Launch”");
  });

  it("describes milestone events", () => {
    const titles = { goalTitle: "Launch", milestoneTitle: "Beta with 20 teams" };
    expect(say("MILESTONE_CREATED", titles)).toBe("Dana added the milestone “Beta with 20 teams” to “Launch”");
    expect(say("MILESTONE_DONE", titles)).toBe("Dana marked “Beta with 20 teams” done");
    expect(say("MILESTONE_REOPENED", titles)).toBe("Dana reopened “Beta with 20 teams”");
    expect(say("MILESTONE_DELETED", titles)).toBe("Dana deleted the milestone “Beta with 20 teams” from “Launch”");
  });

  it("describes due date moves, with the slip count when later", () => {
    const base = { milestoneTitle: "X" };
    expect(say("DUE_DATE_MOVED", { ...base, from: "2026-12-03", to: "2026-12-10", slipped: true, slipCount: 2 })).toBe(
      "Dana moved the due date of “X” from 3 Dec to 10 Dec (slip 2)",
    );
    expect(say("DUE_DATE_MOVED", { ...base, from: "2026-12-10", to: "2026-12-03", slipped: false, slipCount: 2 })).toBe(
      "Dana moved the due date of “X” from 10 Dec to 3 Dec",
    );
    expect(say("DUE_DATE_MOVED", { ...base, from: "2026-12-30", to: "2027-01-06", slipped: true, slipCount: 1 })).toBe(
      "Dana moved the due date of “X” from 30 Dec 2026 to 6 Jan 2027 (slip 1)",
    );
    expect(say("DUE_DATE_MOVED", base)).toBe("Dana moved the due date of “X”");
  });

  it("writes the moved dates in the reader's locale", () => {
    const moved = { milestoneTitle: "X", from: "2026-12-30", to: "2027-01-06", slipped: true, slipCount: 1 };
    expect(say("DUE_DATE_MOVED", moved, "en-US")).toBe("Dana moved the due date of “X” from Dec 30, 2026 to Jan 6, 2027 (slip 1)");
    expect(say("DUE_DATE_MOVED", { ...moved, from: "2026-12-03", to: "2026-12-10" }, "en-US")).toBe(
      "Dana moved the due date of “X” from Dec 3 to Dec 10 (slip 1)",
    );
  });

  it("describes check-ins, comments and new members", () => {
    expect(say("CHECK_IN", { goalTitle: "Teams", value: 1240.5, unit: "teams", confidence: "AT_RISK" })).toBe(
      "Dana checked in on “Teams”: 1,240.5 teams, at risk",
    );
    expect(say("CHECK_IN", { goalTitle: "Launch", value: null, confidence: "OFF_TRACK" })).toBe("Dana checked in on “Launch”: off track");
    expect(say("CHECK_IN", { goalTitle: "Launch" })).toBe("Dana checked in on “Launch”");
    expect(say("COMMENT_ADDED", { goalTitle: "Launch" })).toBe("Dana commented on “Launch”");
    expect(say("COMMENT_ADDED", { goalTitle: "Launch", milestoneTitle: "Beta" })).toBe("Dana commented on “Beta”");
    expect(say("MEMBER_JOINED", { role: "ADMIN" })).toBe("Dana joined as an admin");
    expect(say("MEMBER_JOINED", {})).toBe("Dana joined as a member");
  });

  it("survives missing data", () => {
    expect(say("MILESTONE_DONE", null)).toBe("Dana marked “untitled” done");
  });
});

describe("helpers", () => {
  it("formats lists and values", () => {
    expect(listWords([])).toBe("");
    expect(listWords(["a"])).toBe("a");
    expect(listWords(["a", "b"])).toBe("a and b");
    expect(formatValue(3, null)).toBe("3");
    expect(formatValue(0.125, "%")).toBe("0.13 %");
  });
});
