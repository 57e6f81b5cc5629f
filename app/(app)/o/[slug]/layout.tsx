import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getViewer } from "@/app/_lib/session";
import { prisma } from "@/server/db.ts";

// The org tabs live in the AppShell header (it reads the slug from the URL); each page renders its
// first view on the server with its own operation (app/_lib/server-query.ts), so this layer loads
// nothing for them. An organization that doesn't exist or isn't the viewer's is a 404, decided here
// before anything streams (a status cannot change once the page has started). Both cases answer
// alike, so the status never tells an outsider that an organization exists.
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
  return children;
}
