import type { MilestoneStatus } from "../../prisma/generated/client/enums.ts";
import { dateKey, todayIn } from "../dates.ts";

/** Share of milestones done, 0..1; a goal without milestones has made no progress yet. */
export function milestoneProgress(milestones: readonly { status: MilestoneStatus }[]): number {
  if (milestones.length === 0) return 0;
  return milestones.filter((m) => m.status === "DONE").length / milestones.length;
}

export function doneCount(milestones: readonly { status: MilestoneStatus }[]): number {
  return milestones.filter((m) => m.status === "DONE").length;
}

/** Milestones not done whose due date is before today in the organization's time zone. */
export function overdueCount(
  milestones: readonly { status: MilestoneStatus; dueDate: Date }[],
  timeZone: string,
  now: Date = new Date(),
): number {
  const today = todayIn(timeZone, now);
  return milestones.filter((m) => m.status !== "DONE" && dateKey(m.dueDate) < today).length;
}
