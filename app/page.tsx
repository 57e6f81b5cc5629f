import type { Metadata } from "next";
import { AppShell } from "@/app/_components/AppShell";
import { runServerQuery } from "@/app/_lib/server-query";
import { getSession, getViewer } from "@/app/_lib/session";
import { HomeQuery } from "./_home/operations";
import { Landing } from "./_home/Landing";
import { OrganizationList } from "./_home/OrganizationList";

export async function generateMetadata(): Promise<Metadata> {
  const session = await getSession();
  return session?.user
    ? { title: "Your organizations" }
    : { title: { absolute: "Waymark — goals and milestones for teams" } };
}

export default async function HomePage() {
  const session = await getSession();
  if (!session?.user) return <Landing />;
  // Known from the viewer's one statement: the first view neither greets a new user "back" nor
  // shows skeletons of organizations they don't have.
  const viewer = await getViewer();
  const organizationCount = viewer?.orgIds.length ?? 0;
  // Server-rendered with the page's own operation (see app/_components/use-seeded-query.ts).
  const data = viewer ? await runServerQuery(HomeQuery, {}, viewer) : null;
  return (
    <AppShell>
      <OrganizationList organizationCount={organizationCount} initial={data ? { variables: {}, data } : undefined} />
    </AppShell>
  );
}
