import { describe, expect, it } from "vitest";
import { notificationSummary } from "./summary.ts";

describe("notificationSummary", () => {
  it("names the actor and the object", () => {
    expect(notificationSummary({ kind: "ASSIGNEE_ADDED", actorName: "Sam", data: { goalTitle: "Launch", milestoneTitle: "Beta" } })).toBe(
      "Sam assigned you to “Beta” in “Launch”",
    );
    expect(notificationSummary({ kind: "OWNER_ASSIGNED", actorName: "Sam", data: { goalTitle: "Launch" } })).toBe("Sam made you owner of “Launch”");
    expect(notificationSummary({ kind: "COMMENTED", actorName: "Sam", data: { goalTitle: "Launch" } })).toBe("Sam commented on “Launch”");
  });

  it("says how health moved, and how a goal was closed", () => {
    expect(notificationSummary({ kind: "HEALTH_CHANGED", actorName: null, data: { goalTitle: "Launch", from: "ON_TRACK", to: "AT_RISK" } })).toBe(
      "“Launch” is now at risk (was on track)",
    );
    expect(notificationSummary({ kind: "GOAL_CLOSED", actorName: "Sam", data: { goalTitle: "Launch", outcome: "PARTIALLY_ACHIEVED" } })).toBe(
      "Sam closed “Launch”: partially achieved",
    );
  });

  it("reads sensibly when details are missing", () => {
    expect(notificationSummary({ kind: "MILESTONE_MISSED", actorName: null, data: {} })).toBe("A milestone in a goal was missed");
    expect(notificationSummary({ kind: "MENTIONED", actorName: null, data: { goalTitle: "X" } })).toBe("Someone mentioned you on “X”");
  });
});
