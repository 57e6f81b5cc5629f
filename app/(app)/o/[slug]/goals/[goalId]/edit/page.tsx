import type { Metadata } from "next";
import { runServerQuery } from "@/app/_lib/server-query";
import { getViewer } from "@/app/_lib/session";
import { goalTitle } from "../goal-title";
import { EditGoalQuery, GoalFormOptionsQuery } from "../../operations";
import { EditGoal } from "./edit-goal";

type Params = Promise<{ slug: string; goalId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { goalId } = await params;
  const title = await goalTitle(decodeURIComponent(goalId));
  return { title: title ? `Edit ${title}` : "Edit goal" };
}

/** Server-rendered with the goal and the form's choices (see app/_components/use-seeded-query.ts). */
export default async function Page({ params }: { params: Params }) {
  const { slug: rawSlug, goalId: rawId } = await params;
  const [slug, goalId] = [decodeURIComponent(rawSlug), decodeURIComponent(rawId)];
  const viewer = await getViewer();
  const [goal, options] = viewer
    ? await Promise.all([
        runServerQuery(EditGoalQuery, { id: goalId }, viewer),
        runServerQuery(GoalFormOptionsQuery, { slug }, viewer),
      ])
    : [null, null];
  return (
    <EditGoal
      slug={slug}
      goalId={goalId}
      initial={{
        goal: goal?.goal ? { variables: { id: goalId }, data: goal } : undefined,
        options: options ? { variables: { slug }, data: options } : undefined,
      }}
    />
  );
}
