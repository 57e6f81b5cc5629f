import { describe, expect, it } from "vitest";
import { addCommentInput, commentTargetInput } from "./comment.ts";

describe("comment inputs", () => {
  it("needs exactly one target", () => {
    expect(commentTargetInput.safeParse({ goalId: "g" }).success).toBe(true);
    expect(commentTargetInput.safeParse({ milestoneId: "m" }).success).toBe(true);
    expect(commentTargetInput.safeParse({}).error?.issues[0]?.path).toEqual(["goalId"]);
    expect(commentTargetInput.safeParse({ goalId: "g", milestoneId: "m" }).error?.issues[0]?.path).toEqual(["goalId"]);
  });

  it("trims the body and keeps it between 1 and 5000 characters", () => {
    expect(addCommentInput.parse({ body: "  hi " }).body).toBe("hi");
    expect(addCommentInput.safeParse({ body: "  " }).error?.issues[0]?.message).toBe("Write a comment.");
    expect(addCommentInput.safeParse({ body: "x".repeat(5001) }).success).toBe(false);
    expect(addCommentInput.safeParse({ body: "x".repeat(5000) }).success).toBe(true);
  });

  it("refuses a comment that mentions more than 50 people", () => {
    const mentions = (n: number) => Array.from({ length: n }, (_, i) => `@[P${i}](user:u${i})`).join(" ");
    expect(addCommentInput.safeParse({ body: mentions(50) }).success).toBe(true);
    expect(addCommentInput.safeParse({ body: mentions(51) }).error?.issues[0]?.message).toBe("A comment can mention at most 50 people.");
  });
});
