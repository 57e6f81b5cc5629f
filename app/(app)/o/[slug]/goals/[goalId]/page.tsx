import type { Metadata } from "next";
import { runServerQuery } from "@/app/_lib/server-query";
import { getViewer } from "@/app/_lib/session";
import { GoalView } from "./goal-view";
import { goalTitle } from "./goal-title";
import { GoalTruthPageQuery } from "./operations";

type Params = Promise<{ slug: string; goalId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { goalId } = await params;
  return { title: (await goalTitle(decodeURIComponent(goalId))) ?? "Goal" };
}

/** Server-rendered with the page's own operation (see app/_components/use-seeded-query.ts). */
export default async function Page({ params }: { params: Params }) {
  const { slug, goalId } = await params;
  const variables = { id: decodeURIComponent(goalId) };
  const viewer = await getViewer();
  const data = viewer ? await runServerQuery(GoalTruthPageQuery, variables, viewer) : null;
  // A goal that is missing or not the viewer's loads in the browser, which says "Goal not found".
  const seed = data?.goal ? { variables, data } : undefined;
  return <GoalView slug={decodeURIComponent(slug)} goalId={variables.id} initial={seed} />;
}
