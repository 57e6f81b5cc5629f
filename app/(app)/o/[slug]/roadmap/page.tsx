import type { Metadata } from "next";
import { runServerQuery } from "@/app/_lib/server-query";
import { getViewer } from "@/app/_lib/session";
import { RoadmapQuery, roadmapVariables } from "./operations";
import { RoadmapView } from "./roadmap-view";

export const metadata: Metadata = { title: "Roadmap" };

/** Server-rendered with the page's own operation (see app/_components/use-seeded-query.ts). */
export default async function Page({ params }: { params: Promise<{ slug: string }> }) {
  const slug = decodeURIComponent((await params).slug);
  const variables = roadmapVariables(slug, true, false);
  const viewer = await getViewer();
  const data = viewer ? await runServerQuery(RoadmapQuery, variables, viewer) : null;
  return <RoadmapView slug={slug} initial={data ? { variables, data } : undefined} />;
}
