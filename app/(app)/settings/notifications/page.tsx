import type { Metadata } from "next";
import { runServerQuery } from "@/app/_lib/server-query";
import { getViewer } from "@/app/_lib/session";
import { NotificationSettings } from "./NotificationSettings";
import { NotificationSettingsQuery } from "./operations";

export const metadata: Metadata = { title: "Notification settings" };

/** Server-rendered with the page's own operation (see app/_components/use-seeded-query.ts). */
export default async function Page() {
  const viewer = await getViewer();
  const data = viewer ? await runServerQuery(NotificationSettingsQuery, {}, viewer) : null;
  return <NotificationSettings initial={data ? { variables: {}, data } : undefined} />;
}
