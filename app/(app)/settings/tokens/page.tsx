import type { Metadata } from "next";
import { runServerQuery } from "@/app/_lib/server-query";
import { getViewer } from "@/app/_lib/session";
import { ApiTokens } from "./ApiTokens";
import { ApiTokensQuery } from "./operations";

export const metadata: Metadata = { title: "API tokens" };

/** Server-rendered with the page's own operation (see app/_components/use-seeded-query.ts). */
export default async function Page() {
  const viewer = await getViewer();
  const data = viewer ? await runServerQuery(ApiTokensQuery, {}, viewer) : null;
  return <ApiTokens initial={data ? { variables: {}, data } : undefined} />;
}
