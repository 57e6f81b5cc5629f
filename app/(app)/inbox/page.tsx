import type { Metadata } from "next";
import { runServerQuery } from "@/app/_lib/server-query";
import { getViewer } from "@/app/_lib/session";
import { Inbox } from "./inbox";
import { INBOX_PAGE_SIZE, InboxQuery } from "./operations";

export const metadata: Metadata = { title: "Inbox" };

/** Server-rendered with the page's own operation (see app/_components/use-seeded-query.ts). */
export default async function Page() {
  const viewer = await getViewer();
  const variables = { first: INBOX_PAGE_SIZE };
  const data = viewer ? await runServerQuery(InboxQuery, variables, viewer) : null;
  return <Inbox initial={data ? { variables, data } : undefined} />;
}
