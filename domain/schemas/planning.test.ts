import { describe, expect, it } from "vitest";
import { addTimeOffInput, cleanTags, updateMemberPlanningInput } from "./planning.ts";

describe("planning inputs", () => {
  it("keep tags trimmed, inner spaces collapsed, blanks dropped and the first spelling of each", () => {
    expect(cleanTags(["  UX  research ", "Design", "ux research", "", "   ", "design", "Ops"])).toEqual(["UX research", "Design", "Ops"]);
  });

  it("count tags after de-duplication, so repeats never push a list over the limit", () => {
    const repeated = Array.from({ length: 60 }, (_, i) => (i % 2 ? "Design" : "design"));
    expect(updateMemberPlanningInput.parse({ skills: repeated })).toEqual({ skills: ["design"] });
    expect(updateMemberPlanningInput.safeParse({ skills: Array.from({ length: 31 }, (_, i) => `t${i}`) }).success).toBe(false);
  });

  it("take availability as a whole percent", () => {
    for (const ok of [0, 50, 100]) expect(updateMemberPlanningInput.safeParse({ availability: ok }).success).toBe(true);
    for (const bad of [-1, 101, 12.5]) expect(updateMemberPlanningInput.safeParse({ availability: bad }).success).toBe(false);
  });

  it("take time off as calendar dates, start on or before end, at most 366 days", () => {
    expect(addTimeOffInput.safeParse({ startDate: "2027-01-04", endDate: "2027-01-04" }).success).toBe(true);
    expect(addTimeOffInput.safeParse({ startDate: "2028-01-01", endDate: "2028-12-31" }).success).toBe(true); // 366 days, a leap year
    const tooLong = addTimeOffInput.safeParse({ startDate: "2027-01-01", endDate: "2028-01-02" });
    expect(tooLong.success ? null : tooLong.error.issues[0]!.path).toEqual(["endDate"]);
    const backwards = addTimeOffInput.safeParse({ startDate: "2027-01-05", endDate: "2027-01-04" });
    expect(backwards.success ? null : backwards.error.issues[0]!.message).toBe("End date must be on or after the start date.");
    expect(addTimeOffInput.safeParse({ startDate: "2027-02-30", endDate: "2027-03-01" }).success).toBe(false);
  });
});
