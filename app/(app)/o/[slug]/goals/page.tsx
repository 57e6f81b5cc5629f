import type { Metadata } from "next";
import { runServerQuery } from "@/app/_lib/server-query";
import { getViewer } from "@/app/_lib/session";
import { GoalsList } from "./goals-list";
import { GoalsListQuery, goalsListVariables } from "./operations";

export const metadata: Metadata = { title: "Goals" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ archived?: string | string[] }> };

/**
 * Server-rendered with the page's own operation (see app/_components/use-seeded-query.ts). No
 * Suspense boundary: the page reads its search params, so it renders per request and GoalsList's
 * useSearchParams works on the server (as on the dashboard).
 */
export default async function Page({ params, searchParams }: Props) {
  const slug = decodeURIComponent((await params).slug);
  const variables = goalsListVariables(slug, (await searchParams).archived === "1");
  const viewer = await getViewer();
  const data = viewer ? await runServerQuery(GoalsListQuery, variables, viewer) : null;
  return <GoalsList slug={slug} initial={data ? { variables, data } : undefined} />;
}
