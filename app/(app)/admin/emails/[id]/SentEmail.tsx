"use client";

import { Alert } from "@/app/_components/Alert";
import { Badge } from "@/app/_components/Badge";
import { Card, CardHeader } from "@/app/_components/Card";
import { EmptyState } from "@/app/_components/EmptyState";
import { formatDateTimeIn } from "@/app/_components/format";
import { LoadError } from "@/app/_components/LoadError";
import { PageHeader } from "@/app/_components/PageHeader";
import { SkeletonList } from "@/app/_components/Skeleton";
import { type Seed, useSeededQuery } from "@/app/_components/use-seeded-query";
import type { ResultOf } from "@/graphql/client/graphql";
import { KIND_LABELS, STATUS } from "../email-labels";
import { SentEmailQuery } from "../operations";

const back = { href: "/admin/emails", label: "Sent emails" };

/**
 * One email: its facts, the plain-text part, and the HTML part in a sandboxed iframe (srcdoc, no
 * scripts, no same-origin): the message is shown as the recipient would see it, never injected
 * into this page.
 */
export function SentEmail({ id, initial }: { id: string; initial?: Seed<ResultOf<typeof SentEmailQuery>, { id: string }> }) {
  const { data, loading, error, refetch } = useSeededQuery(SentEmailQuery, { id }, initial);
  const email = data?.email;

  if (error && !data) {
    return (
      <div className="max-w-4xl">
        <PageHeader title="Email" back={back} />
        <LoadError title="Couldn't load this email" error={error} onRetry={refetch} />
      </div>
    );
  }
  if (loading && !data) {
    return (
      <div className="max-w-4xl">
        <PageHeader title="Email" back={back} />
        <SkeletonList rows={3} label="Loading the email" />
      </div>
    );
  }
  if (!email) {
    return (
      <div className="max-w-4xl">
        <PageHeader title="Email" back={back} />
        <EmptyState title="No such email" description="It may have been deleted with its organization." />
      </div>
    );
  }
  const status = STATUS[email.status];
  return (
    <div className="max-w-4xl">
      <PageHeader title={<span dir="auto">{email.subject}</span>} back={back} />
      <Card>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="font-medium text-slate-500">To</dt>
          <dd className="break-all text-slate-900">{email.to}</dd>
          <dt className="font-medium text-slate-500">Kind</dt>
          <dd className="text-slate-900">{KIND_LABELS[email.kind] ?? email.kind}</dd>
          <dt className="font-medium text-slate-500">Status</dt>
          <dd className="flex flex-wrap items-center gap-2 text-slate-700">
            <Badge tone={status?.tone ?? "neutral"}>{status?.label ?? email.status}</Badge>
            <span>{status?.hint}</span>
          </dd>
          <dt className="font-medium text-slate-500">Created</dt>
          <dd className="text-slate-900">
            <time dateTime={email.createdAt}>{formatDateTimeIn(email.createdAt, "UTC")} UTC</time>
          </dd>
          {email.sentAt ? (
            <>
              <dt className="font-medium text-slate-500">Sent</dt>
              <dd className="text-slate-900">
                <time dateTime={email.sentAt}>{formatDateTimeIn(email.sentAt, "UTC")} UTC</time>
              </dd>
            </>
          ) : null}
          {email.attempts > 0 ? (
            <>
              <dt className="font-medium text-slate-500">Attempts</dt>
              <dd className="text-slate-900">{email.attempts}</dd>
            </>
          ) : null}
        </dl>
        {email.lastError ? (
          <Alert tone="error" title="Last error" className="mt-4">
            {email.lastError}
          </Alert>
        ) : null}
      </Card>

      <section className="mt-8" aria-labelledby="email-html">
        <Card padded={false}>
          <div className="p-5 sm:p-6">
            <CardHeader title={<span id="email-html">HTML</span>} description="As a mail client shows it (sandboxed: no scripts run)." />
          </div>
          <iframe
            title={`HTML part of “${email.subject}”`}
            sandbox=""
            srcDoc={email.html}
            referrerPolicy="no-referrer"
            className="h-[36rem] w-full rounded-b-xl border-t border-slate-200 bg-white"
          />
        </Card>
      </section>

      <section className="mt-8" aria-labelledby="email-text">
        <Card>
          <CardHeader title={<span id="email-text">Plain text</span>} />
          <pre className="mt-4 overflow-x-auto rounded-lg bg-slate-50 p-4 text-xs leading-relaxed whitespace-pre-wrap text-slate-800">
            {email.text}
          </pre>
        </Card>
      </section>
    </div>
  );
}
