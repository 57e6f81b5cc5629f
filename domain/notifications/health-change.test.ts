import { describe, expect, it } from "vitest";
import { healthAnnouncement } from "./health-change.ts";

describe("healthAnnouncement", () => {
  it("announces a change of computed health", () => {
    expect(healthAnnouncement("ON_TRACK", "AT_RISK")).toEqual({ record: "AT_RISK", notify: true });
    expect(healthAnnouncement("OFF_TRACK", "ON_TRACK")).toEqual({ record: "ON_TRACK", notify: true });
  });

  it("says nothing when the health is what was announced", () => {
    expect(healthAnnouncement("AT_RISK", "AT_RISK")).toBeNull();
  });

  it("records the first judgement without notifying", () => {
    expect(healthAnnouncement(null, "OFF_TRACK")).toEqual({ record: "OFF_TRACK", notify: false });
  });

  it("keeps the last announcement while the goal is not judged or is closed", () => {
    expect(healthAnnouncement("AT_RISK", "NOT_ENOUGH_DATA")).toBeNull();
    expect(healthAnnouncement("AT_RISK", null)).toBeNull();
    expect(healthAnnouncement(null, null)).toBeNull();
  });
});
