import "server-only";
import type { Tx } from "../db.ts";
import { badInput } from "../errors.ts";
import { cycleMessage, findCycle } from "../../domain/schedule.ts";

/**
 * Replaces the milestones a milestone depends on. They must be other milestones of the same goal,
 * and the goal's dependencies must stay free of cycles. Call with the goal locked, so that two
 * concurrent changes cannot close a loop between them.
 */
export async function setDependencies(
  tx: Tx,
  milestone: { id: string; goalId: string; organizationId: string },
  dependsOnIds: readonly string[],
) {
  const wanted = [...new Set(dependsOnIds)];
  if (wanted.includes(milestone.id)) throw badInput("dependsOnIds", "dependsOnIds: A milestone can't depend on itself.");
  const siblings = await tx.milestone.findMany({ where: { goalId: milestone.goalId }, select: { id: true, title: true } });
  const titles = new Map(siblings.map((m) => [m.id, m.title]));
  if (wanted.some((id) => !titles.has(id))) {
    throw badInput("dependsOnIds", "dependsOnIds: A milestone can only depend on other milestones of the same goal.");
  }
  const edges = await tx.milestoneDependency.findMany({
    where: { milestone: { goalId: milestone.goalId } },
    select: { milestoneId: true, dependsOnId: true },
  });
  const current = edges.filter((e) => e.milestoneId === milestone.id).map((e) => e.dependsOnId);
  const next = [
    ...edges.filter((e) => e.milestoneId !== milestone.id),
    ...wanted.map((dependsOnId) => ({ milestoneId: milestone.id, dependsOnId })),
  ];
  const found = findCycle(next);
  // Told from the milestone being changed: "“A” depends on “C”, which depends on … “A”".
  const at = found ? Math.max(0, found.indexOf(milestone.id)) : 0;
  const cycle = found && [...found.slice(at), ...found.slice(0, at)];
  if (cycle) throw badInput("dependsOnIds", `dependsOnIds: ${cycleMessage(cycle, (id) => titles.get(id) ?? "?")}`);
  const removed = current.filter((id) => !wanted.includes(id));
  const added = wanted.filter((id) => !current.includes(id));
  if (removed.length) {
    await tx.milestoneDependency.deleteMany({ where: { milestoneId: milestone.id, dependsOnId: { in: removed } } });
  }
  if (added.length) {
    await tx.milestoneDependency.createMany({
      data: added.map((dependsOnId) => ({ organizationId: milestone.organizationId, milestoneId: milestone.id, dependsOnId })),
    });
  }
}
