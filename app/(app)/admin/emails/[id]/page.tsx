import type { Metadata } from "next";
import { runServerQuery } from "@/app/_lib/server-query";
import { getViewer } from "@/app/_lib/session";
import { SentEmail } from "./SentEmail";
import { SentEmailQuery } from "../operations";

export const metadata: Metadata = { title: "Email" };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const variables = { id: decodeURIComponent(id) };
  const viewer = await getViewer();
  const data = viewer ? await runServerQuery(SentEmailQuery, variables, viewer) : null;
  return <SentEmail id={variables.id} initial={data ? { variables, data } : undefined} />;
}
