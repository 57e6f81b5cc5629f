import type { Metadata } from "next";
import { goalTitle } from "../goal-title";
import { EditGoal } from "./edit-goal";

type Params = Promise<{ slug: string; goalId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { goalId } = await params;
  const title = await goalTitle(decodeURIComponent(goalId));
  return { title: title ? `Edit ${title}` : "Edit goal" };
}

export default async function Page({ params }: { params: Params }) {
  const { slug, goalId } = await params;
  return <EditGoal slug={decodeURIComponent(slug)} goalId={decodeURIComponent(goalId)} />;
}
