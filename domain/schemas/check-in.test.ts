import { describe, expect, it } from "vitest";
import { createCheckInInput } from "./check-in.ts";

describe("createCheckInInput", () => {
  it("takes a confidence, an optional value and a trimmed note", () => {
    expect(createCheckInInput.parse({ confidence: "AT_RISK", value: 12.5, note: " ok " })).toEqual({
      confidence: "AT_RISK",
      value: 12.5,
      note: "ok",
    });
    expect(createCheckInInput.parse({ confidence: "ON_TRACK" })).toEqual({ confidence: "ON_TRACK", note: "" });
  });

  it("names the invalid field", () => {
    expect(createCheckInInput.safeParse({ confidence: "GREAT" }).error?.issues[0]?.path).toEqual(["confidence"]);
    expect(createCheckInInput.safeParse({ confidence: "ON_TRACK", value: Number.POSITIVE_INFINITY }).error?.issues[0]?.path).toEqual([
      "value",
    ]);
    expect(createCheckInInput.safeParse({ confidence: "ON_TRACK", note: "x".repeat(5001) }).error?.issues[0]?.path).toEqual(["note"]);
  });
});
