import type { Metadata } from "next";
import { Suspense } from "react";
import { SkeletonList } from "@/app/_components/Skeleton";
import { runServerQuery } from "@/app/_lib/server-query";
import { getViewer } from "@/app/_lib/session";
import { dashboardFilter, readDashboardParams } from "./dashboard/dashboard-url";
import { DashboardView } from "./dashboard/dashboard-view";
import { DashboardPageQuery } from "./dashboard/operations";

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
  const variables = { slug, filter };
  const viewer = await getViewer();
  const data = viewer ? await runServerQuery(DashboardPageQuery, variables, viewer) : null;
  return (
    // The filter lives in the URL (useSearchParams), which needs a Suspense boundary.
    <Suspense fallback={<SkeletonList rows={4} label="Loading the dashboard…" />}>
      <DashboardView slug={slug} initial={data ? { variables, data } : undefined} />
    </Suspense>
  );
}
