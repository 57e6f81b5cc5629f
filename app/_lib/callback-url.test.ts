import { describe, expect, it } from "vitest";
import { safeCallbackUrl, signInUrl } from "./callback-url";

const APP = "http://app.test";

/** Where a browser on the app would go when redirected to `location`. */
function destination(location: string): URL {
  return new URL(location, `${APP}/signin`);
}

describe("safeCallbackUrl", () => {
  it.each([
    ["/o/acme/goals", "/o/acme/goals"],
    ["/o/acme/goals?tab=open&sort=due#milestones", "/o/acme/goals?tab=open&sort=due#milestones"],
    ["/settings/tokens", "/settings/tokens"],
    ["/@evil.example", "/@evil.example"],
  ])("keeps the app path %j", (input, expected) => {
    expect(safeCallbackUrl(input)).toBe(expected);
    expect(safeCallbackUrl(input, APP)).toBe(expected);
  });

  it("answers / when there is no callback", () => {
    expect(safeCallbackUrl(undefined)).toBe("/");
    expect(safeCallbackUrl(null)).toBe("/");
    expect(safeCallbackUrl("")).toBe("/");
    expect(safeCallbackUrl([])).toBe("/");
  });

  it("takes the first of repeated callbackUrl parameters", () => {
    expect(safeCallbackUrl(["/o/acme", "//evil.example"])).toBe("/o/acme");
    expect(safeCallbackUrl(["//evil.example", "/o/acme"])).toBe("/");
  });

  // Each of these leaves the app when used as a Location as it is (the case is the first).
  it.each([
    ["tab after the slash", "/\t/evil.example"],
    ["newline after the slash", "/\n/evil.example"],
    ["carriage return after the slash", "/\r/evil.example"],
    ["CRLF header injection", "/\r\nSet-Cookie: a=b"],
    ["leading tab", "\t//evil.example"],
    ["leading space", " //evil.example"],
    ["NUL", "/\u0000/evil.example"],
    ["protocol-relative", "//evil.example"],
    ["three slashes", "///evil.example"],
    ["slash backslash", "/\\evil.example"],
    ["backslash slash", "\\/evil.example"],
    ["two backslashes", "\\\\evil.example"],
    ["backslash later in the path", "/o/\\evil.example"],
    ["dot segment collapsing to //", "/.//evil.example"],
    ["encoded dot segment collapsing to //", "/%2e//evil.example"],
    ["dot-dot segment collapsing to //", "/x/..//evil.example"],
    ["javascript:", "javascript:alert(document.domain)"],
    ["javascript: in mixed case", "JaVaScRiPt:alert(1)"],
    ["javascript: after a tab", "java\tscript:alert(1)"],
    ["data:", "data:text/html,<script>alert(1)</script>"],
    ["vbscript:", "vbscript:msgbox(1)"],
    ["absolute https", "https://evil.example/"],
    ["absolute http", "http://evil.example"],
    ["absolute in upper case", "HTTPS://EVIL.EXAMPLE"],
    ["scheme without slashes", "https:evil.example"],
    ["scheme with one slash", "https:/evil.example"],
    ["userinfo with the app's host", "http://app.test@evil.example/"],
    ["userinfo with the app's host and port", "http://app.test:80@evil.example/"],
    ["protocol-relative userinfo", "//app.test@evil.example"],
    ["the app's host as a prefix", "http://app.test.evil.example/"],
    ["the app on another port", "http://app.test:8080/"],
    ["the app over another scheme", "https://app.test/"],
    ["still encoded once more", "%2F%2Fevil.example"],
    ["encoded backslash, still encoded once more", "%2F%5Cevil.example"],
    ["a bare host", "evil.example"],
    ["fullwidth solidi", "\uff0f\uff0fevil.example"],
  ])("refuses %s (%j)", (_, input) => {
    for (const result of [safeCallbackUrl(input), safeCallbackUrl(input, APP)]) {
      expect(result).toBe("/");
    }
  });

  // Once the query string is decoded these are paths whose encoded characters stay encoded: a
  // browser sends them to the app as they are (they lead to a 404 page, not to another host).
  it.each([
    ["%2F%2F", "/%2F%2Fevil.example"],
    ["%2F%5C", "/%2F%5Cevil.example"],
    ["%5C", "/%5Cevil.example"],
    ["%09", "/%09/evil.example"],
    ["%0A", "/%0A/evil.example"],
    ["%0D%0A", "/%0D%0ASet-Cookie:%20a=b"],
  ])("keeps a path with an encoded %s on the app", (_, input) => {
    for (const result of [safeCallbackUrl(input), safeCallbackUrl(input, APP)]) {
      expect(result).toBe(input);
      expect(destination(result).origin).toBe(APP);
    }
  });

  it("accepts an absolute URL on the app's own origin only when that origin is given", () => {
    expect(safeCallbackUrl(`${APP}/o/acme?x=1#y`, APP)).toBe("/o/acme?x=1#y");
    expect(safeCallbackUrl(`${APP}/o/acme`, `${APP}/api/auth`)).toBe("/o/acme");
    expect(safeCallbackUrl(`${APP}/o/acme`)).toBe("/");
  });

  it("never returns anything a browser resolves off the app", () => {
    const hostile = ["/\t/evil.example", "/.//evil.example", "//evil.example", "/\\evil.example", "https://evil.example"];
    for (const input of hostile) {
      for (const result of [safeCallbackUrl(input), safeCallbackUrl(input, APP)]) {
        expect(destination(result).origin).toBe(APP);
        expect(result).toMatch(/^\/(?![/\\])/);
      }
    }
  });
});

describe("signInUrl", () => {
  it("carries the path back as an encoded callbackUrl", () => {
    expect(signInUrl("/o/acme/goals?tab=open")).toBe("/signin?callbackUrl=%2Fo%2Facme%2Fgoals%3Ftab%3Dopen");
    expect(signInUrl("/o/acme", "signup")).toBe("/signup?callbackUrl=%2Fo%2Facme");
    expect(signInUrl("/")).toBe("/signin");
    expect(signInUrl()).toBe("/signin");
  });
});
