import { describe, expect, it } from "vitest";
import { DEFAULT_PREFERENCES, NOTIFICATION_KINDS, wants } from "./preferences.ts";
import { NotificationKind } from "../enums.ts";

describe("notification preferences", () => {
  it("lists every kind of the schema once", () => {
    expect([...NOTIFICATION_KINDS].sort()).toEqual(Object.values(NotificationKind).sort());
  });

  it("defaults to in-app for every kind and email only for what asks something of you", () => {
    expect(NOTIFICATION_KINDS.every((k) => wants(k, undefined, "inApp"))).toBe(true);
    const emailed = NOTIFICATION_KINDS.filter((k) => wants(k, undefined, "email")).sort();
    expect(emailed).toEqual([
      "APPROVAL_DECIDED",
      "APPROVAL_REQUESTED",
      "ASSIGNEE_ADDED",
      "CHECK_IN_DUE",
      "MENTIONED",
      "MILESTONE_DUE_SOON",
      "MILESTONE_MISSED",
      "OWNER_ASSIGNED",
    ]);
  });

  it("a stored choice overrides both channels", () => {
    expect(wants("MENTIONED", { inApp: false, email: false }, "inApp")).toBe(false);
    expect(wants("MENTIONED", { inApp: false, email: false }, "email")).toBe(false);
    expect(wants("COMMENTED", { inApp: false, email: true }, "email")).toBe(true);
    expect(DEFAULT_PREFERENCES.COMMENTED.email).toBe(false);
  });
});
