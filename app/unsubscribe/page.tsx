import { BellOff, CheckCircle2, MailX } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { ButtonLink } from "@/app/_components/Button";
import { buttonClasses } from "@/app/_components/button-classes";
import { Card } from "@/app/_components/Card";
import { Wordmark } from "@/app/_components/Wordmark";
import { unsubscribeState } from "@/server/email/unsubscribe.ts";

// A signed link from an email: read fresh, never indexed, never sent on as a referrer.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false }, referrer: "no-referrer" };

function Notice({ icon, title, children, actions }: { icon: ReactNode; title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <Card className="text-center shadow-md">
      <div className="mx-auto flex size-12 items-center justify-center rounded-full bg-slate-100 text-slate-500">{icon}</div>
      <h1 className="mt-4 text-lg font-semibold text-balance text-slate-900">{title}</h1>
      <div className="mt-2 text-sm text-slate-600">{children}</div>
      <div className="mt-6 flex flex-wrap justify-center gap-2">{actions}</div>
    </Card>
  );
}

/**
 * An email's unsubscribe link. Opening it changes nothing (mail scanners open links); the button
 * applies it (a plain form, so it works without JavaScript), and the page then shows the new state.
 * No sign-in: the link's signature is the proof (server/email/unsubscribe-token.ts).
 */
async function UnsubscribeContent({ token }: { token: string }) {
  const state = token ? await unsubscribeState(token) : null;
  if (!state) {
    return (
      <Notice
        icon={<MailX aria-hidden className="size-6" />}
        title="This unsubscribe link isn't valid"
        actions={<ButtonLink href="/settings/notifications">Email preferences</ButtonLink>}
      >
        Check that you opened the whole link from the email. You can also choose which emails you get in your preferences
        after signing in.
      </Notice>
    );
  }
  const isInvitation = state.topic.type === "invitation";
  if (!state.subscribed) {
    return (
      <Notice
        icon={<CheckCircle2 aria-hidden className="size-6 text-emerald-600" />}
        title={isInvitation ? "Invitation declined" : "You're unsubscribed"}
        actions={isInvitation ? <ButtonLink href="/">Go to Waymark</ButtonLink> : <ButtonLink href="/settings/notifications">Email preferences</ButtonLink>}
      >
        {isInvitation ? (
          <p>{state.description} is closed; its link no longer works.</p>
        ) : (
          <p>
            {state.description}: off. You can turn them back on in your email preferences.
          </p>
        )}
      </Notice>
    );
  }
  return (
    <Notice
      icon={<BellOff aria-hidden className="size-6" />}
      title={isInvitation ? "Decline this invitation?" : "Unsubscribe from these emails?"}
      actions={
        <form method="post" action="/unsubscribe/one-click">
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="from" value="page" />
          <button type="submit" className={buttonClasses("primary")}>
            {isInvitation ? "Decline invitation" : "Unsubscribe"}
          </button>
        </form>
      }
    >
      <p>
        <span className="font-medium text-slate-900">{state.description}</span>
        {isInvitation ? " will be closed and its link will stop working." : " will stop. Nothing else changes."}
      </p>
    </Notice>
  );
}

export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  return (
    <div className="flex min-h-screen flex-col bg-gradient-to-b from-indigo-50/70 via-slate-50 to-slate-50">
      <main className="flex flex-1 flex-col items-center justify-center px-4 py-12">
        <Link href="/" className="mb-8 rounded-md" aria-label="Waymark home">
          <Wordmark className="scale-110" />
        </Link>
        <div className="w-full max-w-lg">
          <UnsubscribeContent token={typeof token === "string" ? token : ""} />
        </div>
      </main>
    </div>
  );
}
