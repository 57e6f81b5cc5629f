import { describe, expect, it } from "vitest";
import { signInRateLimitedCode, signInRetryAfter, tooManyAttempts } from "./messages.ts";

describe("rate-limit messages", () => {
  it("says how long to wait in whole minutes, or seconds under a minute", () => {
    expect(tooManyAttempts(840)).toBe("Too many attempts. Try again in 14 minutes.");
    expect(tooManyAttempts(61)).toBe("Too many attempts. Try again in 2 minutes.");
    expect(tooManyAttempts(60)).toBe("Too many attempts. Try again in 1 minute.");
    expect(tooManyAttempts(5)).toBe("Too many attempts. Try again in 5 seconds.");
  });

  it("carries the wait through next-auth's error string and reads it back", () => {
    expect(signInRetryAfter(signInRateLimitedCode(899.2))).toBe(900);
    expect(signInRetryAfter("CredentialsSignin")).toBeNull();
    expect(signInRetryAfter("RateLimited:soon")).toBeNull();
    expect(signInRetryAfter(null)).toBeNull();
  });
});
