import type { Metadata } from "next";
import { runServerQuery } from "@/app/_lib/server-query";
import { getViewer } from "@/app/_lib/session";
import { WorkloadQuery, workloadVariables } from "./operations";
import { WorkloadView } from "./workload-view";

export const metadata: Metadata = { title: "Workload" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ skill?: string | string[] }> };

/**
 * Server-rendered with the page's own operation (see app/_components/use-seeded-query.ts); the
 * skill filter is in the URL, so the page renders per request and useSearchParams works on the server.
 */
export default async function Page({ params, searchParams }: Props) {
  const slug = decodeURIComponent((await params).slug);
  const skill = (await searchParams).skill;
  const variables = workloadVariables(slug, typeof skill === "string" ? skill : undefined);
  const viewer = await getViewer();
  const data = viewer ? await runServerQuery(WorkloadQuery, variables, viewer) : null;
  return <WorkloadView slug={slug} initial={data ? { variables, data } : undefined} />;
}
