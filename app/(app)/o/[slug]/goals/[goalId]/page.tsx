import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { runServerQuery } from "@/app/_lib/server-query";
import { getViewer } from "@/app/_lib/session";
import { GoalView } from "./goal-view";
import { GoalTruthPageQuery } from "./operations";

type Params = Promise<{ slug: string; goalId: string }>;

/** The page's own operation as the signed-in viewer, once per request (the title and the page share it). */
const loadGoalPage = cache(async (id: string) => {
  const viewer = await getViewer();
  return viewer ? runServerQuery(GoalTruthPageQuery, { id }, viewer) : null;
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { goalId } = await params;
  return { title: (await loadGoalPage(decodeURIComponent(goalId)))?.goal?.title ?? "Goal" };
}

/** Server-rendered with the page's own operation (see app/_components/use-seeded-query.ts). */
export default async function Page({ params }: { params: Params }) {
  const { slug, goalId } = await params;
  const variables = { id: decodeURIComponent(goalId) };
  const data = await loadGoalPage(variables.id);
  // For a signed-in viewer, a goal that is missing, not theirs, not a valid id or in another
  // organization than the URL says is a 404, decided before anything streams.
  if ((await getViewer()) && (!data?.goal || data.goal.organization?.slug !== decodeURIComponent(slug))) notFound();
  const seed = data?.goal ? { variables, data } : undefined;
  return <GoalView slug={decodeURIComponent(slug)} goalId={variables.id} initial={seed} />;
}
