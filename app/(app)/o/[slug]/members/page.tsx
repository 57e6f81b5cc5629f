import type { Metadata } from "next";
import { runServerQuery } from "@/app/_lib/server-query";
import { getViewer } from "@/app/_lib/session";
import { MembersPage } from "./MembersPage";
import { MembersQuery } from "./operations";

export const metadata: Metadata = { title: "Members" };

/** Server-rendered with the page's own operation (see app/_components/use-seeded-query.ts). */
export default async function Page({ params }: { params: Promise<{ slug: string }> }) {
  const slug = decodeURIComponent((await params).slug);
  const variables = { slug };
  const viewer = await getViewer();
  const data = viewer ? await runServerQuery(MembersQuery, variables, viewer) : null;
  return <MembersPage slug={slug} initial={data ? { variables, data } : undefined} />;
}
