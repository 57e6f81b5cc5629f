import type { Metadata } from "next";
import { MembersPage } from "./MembersPage";

export const metadata: Metadata = { title: "Members" };

export default async function Page({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return <MembersPage slug={decodeURIComponent(slug)} />;
}
