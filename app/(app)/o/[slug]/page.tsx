import type { Metadata } from "next";
import { runServerQuery } from "@/app/_lib/server-query";
import { getViewer } from "@/app/_lib/session";
import { dashboardFilter, readDashboardParams } from "./dashboard/dashboard-url";
import { DashboardView } from "./dashboard/dashboard-view";
import { DashboardPageQuery, dashboardVariables, NOTHING_EXPANDED } from "./dashboard/operations";

export const metadata: Metadata = { title: "Dashboard" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Server-rendered: the page's own operation runs here as the signed-in viewer, and the browser
 * starts from its answer (seeded into Apollo's cache) instead of a skeleton.
 */
export default async function Page({ params, searchParams }: Props) {
  const slug = decodeURIComponent((await params).slug);
  const search = await searchParams;
  const filter = dashboardFilter(readDashboardParams({ get: (name) => (typeof search[name] === "string" ? search[name] : null) }));
  const variables = dashboardVariables(slug, filter, NOTHING_EXPANDED);
  const viewer = await getViewer();
  const data = viewer ? await runServerQuery(DashboardPageQuery, variables, viewer) : null;
  // No Suspense boundary: the page is rendered per request (it reads the search params), so
  // useSearchParams works on the server, and the dashboard arrives in the first HTML rather than
  // streamed into a boundary that an early client update could turn into a second, client render.
  return <DashboardView slug={slug} initial={data ? { variables, data } : undefined} />;
}
