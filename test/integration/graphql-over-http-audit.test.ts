import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditServer, type AuditResult } from "graphql-http";
import { GET, POST } from "../../app/api/graphql/route.ts";
import { serveRoutes } from "../helpers/http-server.ts";

// The GraphQL over HTTP spec's audit (graphql-http), run over a real socket against the route.

let app: Awaited<ReturnType<typeof serveRoutes>>;
let results: AuditResult[];

beforeAll(async () => {
  app = await serveRoutes({ "/api/graphql": { GET, POST } });
  results = await auditServer({ url: `${app.origin}/api/graphql` });
});
afterAll(() => app?.close());

const describeResult = (r: AuditResult) => `${r.id} ${r.name}: ${r.status === "ok" ? "ok" : r.reason}`;

describe("GraphQL over HTTP audit", () => {
  it("passes every MUST", () => {
    const failed = results.filter((r) => r.name.startsWith("MUST") && r.status === "error");
    expect(failed.map(describeResult)).toEqual([]);
  });

  it("passes at least 21 of the 23 SHOULDs", () => {
    const shoulds = results.filter((r) => r.name.startsWith("SHOULD"));
    const failed = shoulds.filter((r) => r.status !== "ok");
    expect(shoulds).toHaveLength(23);
    // Today all 23 pass; the failures are listed so a regression names the audits it broke.
    expect(failed.map(describeResult)).toEqual([]);
    expect(shoulds.length - failed.length).toBeGreaterThanOrEqual(21);
  });
});
