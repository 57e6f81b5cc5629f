"use client";

import { Mail } from "lucide-react";
import Link from "next/link";
import { Badge } from "@/app/_components/Badge";
import { Card } from "@/app/_components/Card";
import { EmptyState } from "@/app/_components/EmptyState";
import { formatDateTimeIn } from "@/app/_components/format";
import { LoadError } from "@/app/_components/LoadError";
import { LoadMore } from "@/app/_components/LoadMore";
import { PageHeader } from "@/app/_components/PageHeader";
import { SkeletonList } from "@/app/_components/Skeleton";
import { useLoadMore } from "@/app/_components/use-load-more";
import { type Seed, useSeededQuery } from "@/app/_components/use-seeded-query";
import type { ResultOf, VariablesOf } from "@/graphql/client/graphql";
import { KIND_LABELS, STATUS } from "./email-labels";
import { SentEmailsQuery } from "./operations";

/** The outbox, newest first, for the instance's admins: what Waymark sent, kept (no SMTP) or failed to send. */
export function SentEmails({ initial }: { initial?: Seed<ResultOf<typeof SentEmailsQuery>, VariablesOf<typeof SentEmailsQuery>> }) {
  const query = useSeededQuery(SentEmailsQuery, { after: null }, initial);
  const { data, loading, error, refetch } = query;
  const more = useLoadMore(query, {
    connection: (d) => d.emails,
    withConnection: (d, emails) => ({ ...d, emails }),
  });
  const emails = data?.emails.edges.map((e) => e.node) ?? [];

  return (
    <div className="max-w-5xl">
      <PageHeader
        title="Sent emails"
        description="Every email Waymark produced on this instance, newest first. Without an SMTP server (SMTP_URL), messages are kept here instead of sent. Times are UTC."
      />
      {error && !data ? (
        <LoadError title="Couldn't load the emails" error={error} onRetry={refetch} />
      ) : loading && !data ? (
        <SkeletonList rows={4} label="Loading emails" />
      ) : emails.length === 0 ? (
        <EmptyState
          icon={<Mail aria-hidden className="size-6" />}
          title="No emails yet"
          description="Invitations, notifications and weekly digests appear here as they are produced."
        />
      ) : (
        <>
          <Card padded={false} className="overflow-x-auto">
            <table className="w-full text-sm">
              <caption className="sr-only">Emails, newest first</caption>
              <thead>
                <tr className="border-b border-slate-200 bg-slate-50 text-left text-xs font-medium tracking-wide text-slate-500 uppercase">
                  <th scope="col" className="px-4 py-2.5">Subject</th>
                  <th scope="col" className="hidden px-4 py-2.5 md:table-cell">To</th>
                  <th scope="col" className="hidden px-4 py-2.5 md:table-cell">Kind</th>
                  <th scope="col" className="px-4 py-2.5">Status</th>
                  <th scope="col" className="hidden px-4 py-2.5 whitespace-nowrap md:table-cell">Time (UTC)</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {emails.map((email) => (
                  <tr key={email.id} className="hover:bg-slate-50">
                    <td className="px-4 py-3 md:max-w-80">
                      <Link
                        href={`/admin/emails/${encodeURIComponent(email.id)}`}
                        className="line-clamp-2 font-medium text-indigo-700 hover:text-indigo-600 hover:underline"
                        dir="auto"
                      >
                        {email.subject}
                      </Link>
                      {/* Phones: the columns the table leaves out, under the subject. */}
                      <p className="mt-1 text-xs break-all text-slate-500 md:hidden">{email.to}</p>
                      <p className="text-xs text-slate-500 md:hidden">
                        {KIND_LABELS[email.kind] ?? email.kind} · {formatDateTimeIn(email.createdAt, "UTC")}
                      </p>
                    </td>
                    <td className="hidden max-w-56 truncate px-4 py-3 text-slate-700 md:table-cell">{email.to}</td>
                    <td className="hidden px-4 py-3 whitespace-nowrap text-slate-600 md:table-cell">{KIND_LABELS[email.kind] ?? email.kind}</td>
                    <td className="px-4 py-3">
                      <Badge tone={STATUS[email.status]?.tone ?? "neutral"}>{STATUS[email.status]?.label ?? email.status}</Badge>
                    </td>
                    <td className="hidden px-4 py-3 whitespace-nowrap text-slate-600 md:table-cell">
                      <time dateTime={email.createdAt}>{formatDateTimeIn(email.createdAt, "UTC")}</time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
          <LoadMore
            hasMore={!!data?.emails.pageInfo.hasNextPage}
            loading={more.loadingMore}
            error={more.error}
            onLoadMore={more.loadMore}
            shown={emails.length}
            total={data?.emails.totalCount}
            noun="email"
            what="emails"
            className="mt-6"
          />
        </>
      )}
    </div>
  );
}
