import { z } from "zod";

// Input rules of the notification and following mutations (the ids are database ids, after the
// API has decoded its global ids).

const id = (field: string) =>
  z.string({ error: `${field}: Give an id.` }).trim().min(1, `${field}: Give an id.`).max(100, `${field}: Not a valid id.`);

export const markNotificationReadInput = z.object({ id: id("id") });
export const followGoalInput = z.object({ goalId: id("goalId") });
