import type { Metadata } from "next";
import { NewGoal } from "./new-goal";

export const metadata: Metadata = { title: "New goal" };

/** `?parent=<goal id>` starts the form as a sub-goal of that goal (e.g. from an "Add sub-goal" link). */
export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ parent?: string | string[] }>;
}) {
  const { slug } = await params;
  const { parent } = await searchParams;
  return <NewGoal slug={decodeURIComponent(slug)} parentId={typeof parent === "string" ? parent : undefined} />;
}
