import { describe, expect, it } from "vitest";
import { joinParts } from "./join-parts";

describe("joinParts", () => {
  it("leaves out missing parts, so no separator starts or ends the line", () => {
    expect(joinParts([null, "Start by 3 Mar", "", false, "7 days slack", undefined])).toBe("Start by 3 Mar · 7 days slack");
    expect(joinParts([null, "only"])).toBe("only");
    expect(joinParts([])).toBe("");
    expect(joinParts(["a", "  ", "b"], ", ")).toBe("a, b");
  });
});
