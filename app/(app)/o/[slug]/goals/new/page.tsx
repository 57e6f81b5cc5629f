import type { Metadata } from "next";
import { runServerQuery } from "@/app/_lib/server-query";
import { getViewer } from "@/app/_lib/session";
import { GoalFormOptionsQuery } from "../operations";
import { NewGoal } from "./new-goal";

export const metadata: Metadata = { title: "New goal" };

/**
 * Server-rendered with the form's choices (see app/_components/use-seeded-query.ts).
 * `?parent=<goal id>` starts the form as a sub-goal of that goal (e.g. from an "Add sub-goal" link).
 */
export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ parent?: string | string[] }>;
}) {
  const slug = decodeURIComponent((await params).slug);
  const { parent } = await searchParams;
  const variables = { slug };
  const viewer = await getViewer();
  const data = viewer ? await runServerQuery(GoalFormOptionsQuery, variables, viewer) : null;
  return (
    <NewGoal
      slug={slug}
      parentId={typeof parent === "string" ? parent : undefined}
      initial={data ? { variables, data } : undefined}
    />
  );
}
