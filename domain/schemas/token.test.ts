import { describe, expect, it } from "vitest";
import { newSecret } from "../../server/auth/tokens.ts";
import { createApiTokenInput, displayPrefix } from "./token.ts";

describe("createApiTokenInput", () => {
  it("trims the name and accepts 1..100 characters", () => {
    expect(createApiTokenInput.parse({ name: "  CI deploy  " })).toEqual({ name: "CI deploy" });
    expect(createApiTokenInput.safeParse({ name: "x".repeat(100) }).success).toBe(true);
  });

  it("refuses empty, blank and over-long names", () => {
    expect(createApiTokenInput.safeParse({ name: "" }).success).toBe(false);
    expect(createApiTokenInput.safeParse({ name: "   " }).success).toBe(false);
    expect(createApiTokenInput.safeParse({ name: "x".repeat(101) }).success).toBe(false);
  });
});

describe("displayPrefix", () => {
  it("keeps the first 12 characters: the type prefix and 8 random ones", () => {
    const token = newSecret("wmk");
    const prefix = displayPrefix(token);
    expect(prefix).toHaveLength(12);
    expect(prefix.startsWith("wmk_")).toBe(true);
    expect(token.startsWith(prefix)).toBe(true);
    expect(token.length).toBeGreaterThan(40);
  });
});
