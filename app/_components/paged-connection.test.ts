import { describe, expect, it } from "vitest";
import { mergePage, nextCursor } from "./paged-connection";

const connection = (ids: string[], pageInfo: { hasNextPage?: boolean; endCursor?: string | null; startCursor?: string | null }, totalCount = 10) => ({
  totalCount,
  pageInfo,
  edges: ids.map((id) => ({ cursor: `c-${id}`, node: { id, title: `Item ${id}` } })),
});
const ids = (c: { edges: readonly { node: { id: string } }[] }) => c.edges.map((e) => e.node.id);

describe("nextCursor", () => {
  it("reads the end cursor going forward and the start cursor going backward", () => {
    const c = connection(["a"], { endCursor: "end", startCursor: "start" });
    expect(nextCursor(c)).toBe("end");
    expect(nextCursor(c, "backward")).toBe("start");
  });

  it("is null when the connection has no cursor", () => {
    expect(nextCursor(connection([], { endCursor: null }))).toBeNull();
    expect(nextCursor(connection([], {}), "backward")).toBeNull();
  });
});

describe("mergePage", () => {
  it("appends the next page and takes its page info and total", () => {
    const shown = connection(["a", "b"], { hasNextPage: true, endCursor: "b" }, 4);
    const next = connection(["c", "d"], { hasNextPage: false, endCursor: "d" }, 5);
    const merged = mergePage(shown, next);
    expect(ids(merged)).toEqual(["a", "b", "c", "d"]);
    expect(merged.pageInfo).toEqual({ hasNextPage: false, endCursor: "d" });
    expect(merged.totalCount).toBe(5);
  });

  it("does not repeat an item that is already shown", () => {
    const shown = connection(["a", "b"], { endCursor: "b" });
    const next = connection(["b", "c"], { endCursor: "c" });
    expect(ids(mergePage(shown, next))).toEqual(["a", "b", "c"]);
  });

  it("puts an earlier page first going backward, keeping the shown total", () => {
    const shown = connection(["c", "d"], { startCursor: "c" }, 4);
    const earlier = connection(["a", "b", "c"], { startCursor: "a" }, 9);
    const merged = mergePage(shown, earlier, "backward");
    expect(ids(merged)).toEqual(["a", "b", "c", "d"]);
    expect(merged.pageInfo).toEqual({ startCursor: "a" });
    expect(merged.totalCount).toBe(4);
  });

  it("leaves the pages it merges untouched", () => {
    const shown = connection(["a"], { endCursor: "a" });
    const next = connection(["b"], { endCursor: "b" });
    mergePage(shown, next);
    expect(ids(shown)).toEqual(["a"]);
    expect(ids(next)).toEqual(["b"]);
  });
});
