import { describe, expect, it } from "vitest";
import { workloadCell } from "./workload-tones";

describe("workloadCell", () => {
  it("says a load in percent, and flags over-allocation in red", () => {
    expect(workloadCell(2, true)).toMatchObject({ text: "200%", tone: expect.stringContaining("red") });
    expect(workloadCell(0.8, false)).toMatchObject({ text: "80%", tone: expect.stringContaining("amber") });
    expect(workloadCell(0.3, false)).toMatchObject({ text: "30%", tone: expect.stringContaining("emerald") });
  });

  it("says Away when the whole week is off with work in it, and a dash when idle", () => {
    expect(workloadCell(null, true).text).toBe("Away");
    expect(workloadCell(0, false).text).toBe("–");
  });
});
