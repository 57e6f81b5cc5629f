import { describe, expect, it } from "vitest";
import { createShareLinkInput, needsViewTouch, shareLinkScope, shareLinkStatus, sharePath, shareUrl } from "./share.ts";

const now = new Date("2026-06-01T12:00:00Z");
const later = new Date("2026-06-02T12:00:00Z");
const earlier = new Date("2026-05-31T12:00:00Z");

describe("shareLinkStatus", () => {
  it("is ACTIVE without an expiry or before it", () => {
    expect(shareLinkStatus({ revokedAt: null, expiresAt: null }, now)).toBe("ACTIVE");
    expect(shareLinkStatus({ revokedAt: null, expiresAt: later }, now)).toBe("ACTIVE");
  });

  it("is EXPIRED from the expiry instant on", () => {
    expect(shareLinkStatus({ revokedAt: null, expiresAt: now }, now)).toBe("EXPIRED");
    expect(shareLinkStatus({ revokedAt: null, expiresAt: earlier }, now)).toBe("EXPIRED");
  });

  it("is REVOKED once revoked, expired or not", () => {
    expect(shareLinkStatus({ revokedAt: earlier, expiresAt: null }, now)).toBe("REVOKED");
    expect(shareLinkStatus({ revokedAt: earlier, expiresAt: earlier }, now)).toBe("REVOKED");
  });
});

describe("shareLinkScope", () => {
  it("is GOAL for a goal link and DASHBOARD for the organization's", () => {
    expect(shareLinkScope({ goalId: "g1" })).toBe("GOAL");
    expect(shareLinkScope({ goalId: null })).toBe("DASHBOARD");
  });
});

describe("needsViewTouch", () => {
  it("records the first view and then at most once a minute", () => {
    expect(needsViewTouch(null, now)).toBe(true);
    expect(needsViewTouch(new Date(now.getTime() - 59_000), now)).toBe(false);
    expect(needsViewTouch(new Date(now.getTime() - 60_000), now)).toBe(true);
  });
});

describe("share paths", () => {
  it("puts the token in /shared/<token>, absolute when the origin is known", () => {
    expect(sharePath("wms_a-b")).toBe("/shared/wms_a-b");
    expect(shareUrl("wms_x", "https://waymark.example/")).toBe("https://waymark.example/shared/wms_x");
    expect(shareUrl("wms_x", undefined)).toBe("/shared/wms_x");
  });
});

describe("createShareLinkInput", () => {
  it("takes an optional goal and an optional expiry", () => {
    expect(createShareLinkInput.parse({})).toEqual({});
    expect(createShareLinkInput.parse({ goalId: "g1", expiresAt: later })).toEqual({ goalId: "g1", expiresAt: later });
  });

  it("refuses an expiry that is not a date", () => {
    expect(createShareLinkInput.safeParse({ expiresAt: "tomorrow" }).success).toBe(false);
    expect(createShareLinkInput.safeParse({ expiresAt: new Date("nope") }).success).toBe(false);
  });
});
