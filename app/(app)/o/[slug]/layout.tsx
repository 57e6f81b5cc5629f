import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { OrgGate } from "@/app/_components/OrgGate";
import { getViewer } from "@/app/_lib/session";
import { prisma } from "@/server/db.ts";

// The org tabs live in the AppShell header (it reads the slug from the URL); this layer loads the
// organization once for its pages. An organization that doesn't exist or isn't the viewer's is a
// 404, decided here before anything streams (a status cannot change once the page has started).
// Both cases answer alike, so the status never tells an outsider that an organization exists.
export default async function OrganizationLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const slug = decodeURIComponent((await params).slug);
  const viewer = await getViewer();
  if (viewer) {
    const org = await prisma().organization.findUnique({ where: { slug }, select: { id: true } });
    if (!org || !viewer.roles.has(org.id)) notFound();
  }
  return <OrgGate slug={slug}>{children}</OrgGate>;
}
