import { z } from "zod";
import { MAX_MENTIONS } from "../limits.ts";
import { mentionedUserIds } from "../mentions.ts";

export const commentBodySchema = z
  .string({ error: "Write a comment." })
  .trim()
  .min(1, "Write a comment.")
  .max(5000, "Comments must be at most 5000 characters.")
  .refine((body) => mentionedUserIds(body).length <= MAX_MENTIONS, `A comment can mention at most ${MAX_MENTIONS} people.`);

/** What a comment is about: a goal or one of its milestones, exactly one of the two. */
export const commentTargetInput = z
  .object({ goalId: z.string().nullish(), milestoneId: z.string().nullish() })
  .refine((c) => !!c.goalId !== !!c.milestoneId, {
    path: ["goalId"],
    message: "Comment on exactly one thing: give either goalId or milestoneId.",
  });

export const addCommentInput = z.object({ body: commentBodySchema });
export type AddCommentInput = { goalId?: string | null; milestoneId?: string | null; body: string };
