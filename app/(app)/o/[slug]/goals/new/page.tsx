import type { Metadata } from "next";
import { NewGoal } from "./new-goal";

export const metadata: Metadata = { title: "New goal" };

export default async function Page({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return <NewGoal slug={decodeURIComponent(slug)} />;
}
