import type { Metadata } from "next";
import { AppShell } from "@/app/_components/AppShell";
import { getSession } from "@/app/_lib/session";
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
  return (
    <AppShell>
      <OrganizationList />
    </AppShell>
  );
}
