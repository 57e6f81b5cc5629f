import type { Metadata } from "next";
import { runServerQuery } from "@/app/_lib/server-query";
import { getViewer } from "@/app/_lib/session";
import { SharingQuery } from "./operations";
import { SharingPage } from "./sharing-page";

export const metadata: Metadata = { title: "Sharing" };

/** Server-rendered with the page's own operation (see app/_components/use-seeded-query.ts). */
export default async function Page({ params }: { params: Promise<{ slug: string }> }) {
  const slug = decodeURIComponent((await params).slug);
  const variables = { slug };
  const viewer = await getViewer();
  const data = viewer ? await runServerQuery(SharingQuery, variables, viewer) : null;
  return <SharingPage slug={slug} initial={data ? { variables, data } : undefined} />;
}
