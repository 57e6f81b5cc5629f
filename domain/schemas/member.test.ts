import { describe, expect, it } from "vitest";
import { INVITATION_TTL_DAYS, invitationExpiry, invitationStatus, inviteMemberInput, invitePath, inviteUrl } from "./member.ts";

const now = new Date("2026-11-26T12:00:00Z");
const later = new Date("2026-12-01T00:00:00Z");
const earlier = new Date("2026-11-20T00:00:00Z");

describe("invitationStatus", () => {
  it("is PENDING before expiry when neither accepted nor revoked", () => {
    expect(invitationStatus({ acceptedAt: null, revokedAt: null, expiresAt: later }, now)).toBe("PENDING");
  });

  it("is EXPIRED from the expiry instant on", () => {
    expect(invitationStatus({ acceptedAt: null, revokedAt: null, expiresAt: earlier }, now)).toBe("EXPIRED");
    expect(invitationStatus({ acceptedAt: null, revokedAt: null, expiresAt: now }, now)).toBe("EXPIRED");
  });

  it("keeps ACCEPTED and REVOKED after the expiry date passes", () => {
    expect(invitationStatus({ acceptedAt: earlier, revokedAt: null, expiresAt: earlier }, now)).toBe("ACCEPTED");
    expect(invitationStatus({ acceptedAt: null, revokedAt: earlier, expiresAt: earlier }, now)).toBe("REVOKED");
  });
});

describe("invitationExpiry", () => {
  it(`is ${INVITATION_TTL_DAYS} days later`, () => {
    expect(invitationExpiry(now).toISOString()).toBe("2026-12-10T12:00:00.000Z");
  });
});

describe("invite links", () => {
  it("is a path without an origin and an absolute URL with one", () => {
    expect(invitePath("wmi_abc-DEF_1")).toBe("/invitations/wmi_abc-DEF_1");
    expect(inviteUrl("wmi_abc", undefined)).toBe("/invitations/wmi_abc");
    expect(inviteUrl("wmi_abc", "https://waymark.example/")).toBe("https://waymark.example/invitations/wmi_abc");
    expect(inviteUrl("wmi_abc", "https://example.com/app")).toBe("https://example.com/app/invitations/wmi_abc");
  });
});

describe("inviteMemberInput", () => {
  it("normalizes the email to lowercase and checks the role", () => {
    expect(inviteMemberInput.parse({ email: "  Ada@Example.COM ", role: "ADMIN" })).toEqual({ email: "ada@example.com", role: "ADMIN" });
    expect(inviteMemberInput.safeParse({ email: "nope", role: "ADMIN" }).success).toBe(false);
    expect(inviteMemberInput.safeParse({ email: "a@b.co", role: "KING" }).success).toBe(false);
  });
});
