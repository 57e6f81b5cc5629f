import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { installRequestScope, markPageRateLimited, requestScope } from "../../server/rate-limit/request-scope.ts";

// The hook instrumentation.ts installs on the Node HTTP server under `next start`: every request
// knows its client address (the socket's: a client's own X-Forwarded-For is ignored without
// TRUST_PROXY), and a page that marks itself rate-limited goes out as 429 with Retry-After.
let origin = "";
const server = createServer((req, res) => {
  const scope = requestScope();
  if (req.url === "/limited") markPageRateLimited(42);
  res.setHeader("content-type", "text/plain");
  res.end(scope?.address ?? "no scope");
});

beforeAll(async () => {
  installRequestScope();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

it("keys requests on the socket address, not on a forwarded header the client wrote", async () => {
  const response = await fetch(`${origin}/`, { headers: { "x-forwarded-for": "198.51.100.7" } });
  expect(response.status).toBe(200);
  expect(await response.text()).toBe("127.0.0.1");
});

it("answers 429 with Retry-After for a page that was refused", async () => {
  const response = await fetch(`${origin}/limited`);
  expect(response.status).toBe(429);
  expect(response.headers.get("retry-after")).toBe("42");
  // Only that request.
  expect((await fetch(`${origin}/`)).status).toBe(200);
});
