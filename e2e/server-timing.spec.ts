import { createGoal, createOrg, expect, isoDate, test } from "./fixtures.ts";

// The production server (next start) answers pages, RSC navigations and the API with Server-Timing
// in the format the benchmark parses. Only the HTTP layer is under test: no browser needed.
const TIMING = /^db;dur=(\d+\.\d);desc="(\d+) statements", gql;dur=(\d+\.\d)(?:, render;dur=(\d+\.\d))?, total;dur=(\d+\.\d)$/;

function timing(header: string | undefined) {
  const match = header ? TIMING.exec(header) : null;
  expect(match, `Server-Timing: ${header}`).not.toBeNull();
  const [, db, statements, gql, render, total] = match!;
  return { db: Number(db), statements: Number(statements), gql: Number(gql), render: render === undefined ? undefined : Number(render), total: Number(total) };
}

test("pages, RSC navigations and /api/graphql carry Server-Timing", async ({ user, apiAs }) => {
  const api = await apiAs(user);
  const org = await createOrg(api);
  await createGoal(api, { organizationId: org.id, ownerId: user.id, title: "Timed goal", startDate: isoDate(-10), targetDate: isoDate(30) });

  // The dashboard renders its own operation on the server before its HTML goes out.
  const html = await api.context.get(`/o/${org.slug}`);
  expect(html.status()).toBe(200);
  expect(html.headers()["content-type"]).toContain("text/html");
  const page = timing(html.headers()["server-timing"]);
  expect(page.statements).toBeGreaterThan(0);
  expect(page.db).toBeGreaterThan(0);
  expect(page.gql).toBeGreaterThan(0);
  expect(page.render).toBeDefined();
  expect(page.render!).toBeGreaterThanOrEqual(page.gql);
  expect(page.total).toBeGreaterThanOrEqual(page.render!);

  // A client-side navigation fetches the same page as an RSC payload.
  const rsc = await api.context.get(`/o/${org.slug}?_rsc`, { headers: { RSC: "1" }, maxRedirects: 0 });
  expect(rsc.status()).toBe(200);
  expect(rsc.headers()["content-type"]).toContain("text/x-component");
  expect(timing(rsc.headers()["server-timing"]).render).toBeDefined();

  const gql = await api.context.post("/api/graphql", {
    headers: { "content-type": "application/json" },
    data: { query: "query Me { me { name memberships { organization { slug } } } }", operationName: "Me" },
  });
  expect(gql.status()).toBe(200);
  const apiTiming = timing(gql.headers()["server-timing"]);
  expect(apiTiming.statements).toBeGreaterThan(0);
  expect(apiTiming.render).toBeUndefined();
  expect(apiTiming.gql).toBeLessThanOrEqual(apiTiming.total);
});
