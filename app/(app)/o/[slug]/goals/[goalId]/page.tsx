import type { Metadata } from "next";
import { GoalView } from "./goal-view";
import { goalTitle } from "./goal-title";

type Params = Promise<{ slug: string; goalId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { goalId } = await params;
  return { title: (await goalTitle(decodeURIComponent(goalId))) ?? "Goal" };
}

export default async function Page({ params }: { params: Params }) {
  const { slug, goalId } = await params;
  return <GoalView slug={decodeURIComponent(slug)} goalId={decodeURIComponent(goalId)} />;
}
