import type { Metadata } from "next";
import { SharingPage } from "./sharing-page";

export const metadata: Metadata = { title: "Sharing" };

export default async function Page({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return <SharingPage slug={decodeURIComponent(slug)} />;
}
