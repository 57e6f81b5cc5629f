import type { Metadata } from "next";
import { runServerQuery } from "@/app/_lib/server-query";
import { getViewer } from "@/app/_lib/session";
import { ActivityFeed } from "./activity-feed";
import { activityVariables, OrgActivityQuery } from "./operations";

export const metadata: Metadata = { title: "Activity" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ wins?: string | string[] }> };

/**
 * Server-rendered with the page's own operation (see app/_components/use-seeded-query.ts). No
 * Suspense boundary: the page reads its search params, so it renders per request and the feed's
 * useSearchParams works on the server (as on the dashboard).
 */
export default async function Page({ params, searchParams }: Props) {
  const slug = decodeURIComponent((await params).slug);
  const variables = activityVariables(slug, (await searchParams).wins === "1");
  const viewer = await getViewer();
  const data = viewer ? await runServerQuery(OrgActivityQuery, variables, viewer) : null;
  return <ActivityFeed slug={slug} initial={data ? { variables, data } : undefined} />;
}
