import type { Metadata } from "next";
import Link from "next/link";
import { AppShell } from "@/app/_components/AppShell";
import { Wordmark } from "@/app/_components/Wordmark";
import { runServerQuery } from "@/app/_lib/server-query";
import { getSession } from "@/app/_lib/session";
import { pageIsRateLimited } from "@/server/rate-limit/pages.ts";
import { ClosedInvitation, NoInvitation } from "./invitation-notice";
import { InvitationView } from "./InvitationView";
import { InvitationQuery } from "./operations";

// A secret link: read fresh on every request, never indexed, never sent on as a referrer.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Invitation", robots: { index: false }, referrer: "no-referrer" };

/**
 * The invitation behind the link, read on the server so the first view is the answer, not a
 * spinner. Looking a token up is rate-limited per link and per address (`previewInvitation`, the
 * same count the API's `invitation(token)` charges: one request is one attempt); over it, the page
 * explains and the response is 429 with Retry-After, as for share links.
 */
async function InvitationContent({ token, signedInEmail }: { token: string; signedInEmail: string | null }) {
  // The key the resolver charges (invitationTokenSchema trims), so page and resolver count once.
  if (await pageIsRateLimited("previewInvitation", token.trim())) return <NoInvitation reason="RATE_LIMITED" />;
  const result = await runServerQuery(InvitationQuery, { token }, null);
  if (!result) return <NoInvitation reason="ERROR" />;
  const invitation = result.invitation;
  if (!invitation) return <NoInvitation reason="NOT_FOUND" />;
  if (invitation.status !== "PENDING") return <ClosedInvitation invitation={invitation} />;
  return <InvitationView token={token} invitation={invitation} signedInEmail={signedInEmail} />;
}

// Public: anyone with the link sees the preview; accepting needs the invited account.
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const session = await getSession();
  const view = <InvitationContent token={decodeURIComponent(token)} signedInEmail={session?.user?.email ?? null} />;
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
