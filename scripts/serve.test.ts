import { describe, expect, it } from "vitest";
import { workerCount } from "./serve.mjs";

describe("workerCount", () => {
  it("runs one worker per core on PostgreSQL, or WEB_CONCURRENCY when it is a positive whole number", () => {
    const pg = { DATABASE_URL: "postgresql://localhost/waymark" };
    expect(workerCount(pg, 2)).toBe(2);
    expect(workerCount({ ...pg, WEB_CONCURRENCY: "3" }, 2)).toBe(3);
    expect(workerCount({ ...pg, WEB_CONCURRENCY: "0" }, 2)).toBe(2);
    expect(workerCount({ ...pg, WEB_CONCURRENCY: "two" }, 2)).toBe(2);
  });

  it("runs one worker on embedded PostgreSQL, which is one process per data directory", () => {
    expect(workerCount({}, 8)).toBe(1);
    expect(workerCount({ WEB_CONCURRENCY: "4" }, 8)).toBe(1);
  });
});
