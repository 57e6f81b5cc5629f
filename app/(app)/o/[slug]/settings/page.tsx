import type { Metadata } from "next";
import { OrganizationSettings } from "./OrganizationSettings";

export const metadata: Metadata = { title: "Organization settings" };

export default async function Page({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return <OrganizationSettings slug={decodeURIComponent(slug)} />;
}
