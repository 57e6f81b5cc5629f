import { describe, expect, it } from "vitest";
import { emptyMilestoneValues, milestoneFormSchema, type MilestoneFormValues } from "./milestone-form-values";

const messages = (over: Partial<MilestoneFormValues>) =>
  Object.fromEntries(
    (milestoneFormSchema.safeParse({ ...emptyMilestoneValues, title: "Beta", dueDate: "2027-01-20", ...over }).error?.issues ?? []).map((i) => [
      i.path.join("."),
      i.message,
    ]),
  );

describe("the milestone form's rules are the API's", () => {
  it("takes a titled, dated milestone with blank numbers as their defaults", () => {
    expect(messages({})).toEqual({});
    expect(milestoneFormSchema.parse({ ...emptyMilestoneValues, title: " Beta ", dueDate: "2027-01-20", weight: "" })).toMatchObject({
      title: "Beta",
      weight: 1,
      durationDays: null,
      ownerId: null,
    });
  });

  it("names each field that is wrong, all at once", () => {
    expect(messages({ title: " ", weight: "abc", durationDays: "1.5" })).toEqual({
      title: "Title is required.",
      weight: "Weight must be a number.",
      durationDays: "Duration must be a whole number of days.",
    });
    expect(Object.keys(messages({ dueDate: "" }))).toEqual(["dueDate"]);
    expect(messages({ title: "x".repeat(201) })).toEqual({ title: "Title must be at most 200 characters." });
  });
});
