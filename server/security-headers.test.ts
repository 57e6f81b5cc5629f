import { describe, expect, it } from "vitest";
import { FORWARDED_HTTPS_PATTERN, contentSecurityPolicy, isHttpsRequest, newNonce } from "./security-headers.ts";

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split("; ").map((d) => d.split(" ")).map(([name, ...values]) => [name!, values]));
}

describe("contentSecurityPolicy", () => {
  it("lets only the nonce's scripts (and what they load) run in production", () => {
    const csp = directives(contentSecurityPolicy("abc123==", { dev: false, https: false }));
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(csp.get("style-src")).toEqual(["'self'", "'nonce-abc123=='"]);
    expect(csp.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'none'"]);
    expect(csp.has("upgrade-insecure-requests")).toBe(false);
  });

  it("allows eval and inline styles only under next dev", () => {
    const csp = directives(contentSecurityPolicy("n", { dev: true, https: false }));
    expect(csp.get("script-src")).toContain("'unsafe-eval'");
    expect(csp.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("upgrades insecure requests only over HTTPS", () => {
    expect(directives(contentSecurityPolicy("n", { dev: false, https: true })).get("upgrade-insecure-requests")).toEqual([]);
  });
});

describe("newNonce", () => {
  it("is 128 random bits in base64, different each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("isHttpsRequest", () => {
  const http = new URL("http://app.test/signin");
  it.each([
    [{ "x-forwarded-proto": "https" }, http, true],
    [{ "x-forwarded-proto": "https, http" }, http, true],
    [{ "x-forwarded-proto": "HTTPS" }, http, true],
    [{ "x-forwarded-proto": "http, https" }, http, false],
    [{ "x-forwarded-proto": "http" }, http, false],
    [{}, http, false],
    [{}, new URL("https://app.test/signin"), true],
  ])("%j on %s: %s", (headers, url, expected) => {
    expect(isHttpsRequest(new Headers(headers), url)).toBe(expected);
  });
});

describe("FORWARDED_HTTPS_PATTERN (next.config's whole-value match for HSTS)", () => {
  const matches = (value: string) => new RegExp(`^${FORWARDED_HTTPS_PATTERN}$`).test(value);
  it("matches when the client's side was HTTPS", () => {
    expect(matches("https")).toBe(true);
    expect(matches("https, http")).toBe(true);
    expect(matches("http")).toBe(false);
    expect(matches("http, https")).toBe(false);
    expect(matches("httpsx")).toBe(false);
  });
});
