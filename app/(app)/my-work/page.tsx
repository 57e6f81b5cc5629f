import type { Metadata } from "next";
import { runServerQuery } from "@/app/_lib/server-query";
import { getViewer } from "@/app/_lib/session";
import { myWorkFirstLoad } from "./first-rows";
import { MyWork } from "./my-work";
import { MyWorkQuery } from "./operations";

export const metadata: Metadata = { title: "My work" };

/** Server-rendered with the page's own operation (see app/_components/use-seeded-query.ts). */
export default async function Page() {
  const viewer = await getViewer();
  const data = viewer ? await runServerQuery(MyWorkQuery, myWorkFirstLoad, viewer) : null;
  return <MyWork initial={data ? { variables: myWorkFirstLoad, data } : undefined} />;
}
