import type { Metadata } from "next";
import { runServerQuery } from "@/app/_lib/server-query";
import { getViewer } from "@/app/_lib/session";
import { AccountSettings } from "./AccountSettings";
import { AccountQuery } from "./operations";

export const metadata: Metadata = { title: "Account" };

/** Server-rendered with the page's own operation (see app/_components/use-seeded-query.ts). */
export default async function Page() {
  const viewer = await getViewer();
  const data = viewer ? await runServerQuery(AccountQuery, {}, viewer) : null;
  return <AccountSettings initial={data ? { variables: {}, data } : undefined} />;
}
