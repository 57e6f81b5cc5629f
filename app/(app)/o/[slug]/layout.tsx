import type { ReactNode } from "react";
import { OrgGate } from "@/app/_components/OrgGate";

// The org tabs live in the AppShell header (it reads the slug from the URL); this layer loads the
// organization once for its pages and turns an unknown slug into a friendly "not found".
export default async function OrganizationLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const { slug } = await params;
  return <OrgGate slug={decodeURIComponent(slug)}>{children}</OrgGate>;
}
