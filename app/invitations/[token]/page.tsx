import type { Metadata } from "next";
import Link from "next/link";
import { AppShell } from "@/app/_components/AppShell";
import { Wordmark } from "@/app/_components/Wordmark";
import { getSession } from "@/app/_lib/session";
import { InvitationView } from "./InvitationView";

export const metadata: Metadata = { title: "Invitation", robots: { index: false } };

// Public: anyone with the link sees the preview; accepting needs the invited account.
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const session = await getSession();
  const view = <InvitationView token={decodeURIComponent(token)} signedInEmail={session?.user?.email ?? null} />;
  if (session?.user) {
    return (
      <AppShell>
        <div className="mx-auto max-w-lg pt-4 sm:pt-10">{view}</div>
      </AppShell>
    );
  }
  return (
    <div className="flex min-h-screen flex-col bg-gradient-to-b from-indigo-50/70 via-slate-50 to-slate-50">
      <main className="flex flex-1 flex-col items-center justify-center px-4 py-12">
        <Link href="/" className="mb-8 rounded-md" aria-label="Waymark home">
          <Wordmark className="scale-110" />
        </Link>
        <div className="w-full max-w-lg">{view}</div>
      </main>
    </div>
  );
}
