import type { Metadata } from "next";
import { runServerQuery } from "@/app/_lib/server-query";
import { getViewer } from "@/app/_lib/session";
import { SentEmails } from "./SentEmails";
import { SentEmailsQuery } from "./operations";

export const metadata: Metadata = { title: "Sent emails" };

/** Server-rendered with the page's own operation; anyone but an instance admin sees the API's refusal. */
export default async function Page() {
  const viewer = await getViewer();
  const variables = { after: null };
  const data = viewer ? await runServerQuery(SentEmailsQuery, variables, viewer) : null;
  return <SentEmails initial={data ? { variables, data } : undefined} />;
}
