"use client";

import { useMutation } from "@apollo/client/react";
import { BellOff, CheckCheck } from "lucide-react";
import { Alert } from "@/app/_components/Alert";
import { Button } from "@/app/_components/Button";
import { EmptyState } from "@/app/_components/EmptyState";
import { errorMessage } from "@/app/_components/form-errors";
import { LoadError } from "@/app/_components/LoadError";
import { LoadMore } from "@/app/_components/LoadMore";
import { PageHeader } from "@/app/_components/PageHeader";
import { SkeletonList } from "@/app/_components/Skeleton";
import { useLoadMore } from "@/app/_components/use-load-more";
import { type Seed, useSeededQuery } from "@/app/_components/use-seeded-query";
import type { ResultOf, VariablesOf } from "@/graphql/client/graphql";
import { InboxEntry } from "./inbox-entry";
import { INBOX_PAGE_SIZE, InboxQuery, MarkAllNotificationsReadMutation, MarkNotificationReadMutation } from "./operations";

type InboxSeed = Seed<ResultOf<typeof InboxQuery>, VariablesOf<typeof InboxQuery>>;

/** The inbox: notifications grouped per goal and 10 minutes, newest first; opening one marks it read. */
export function Inbox({ initial }: { initial?: InboxSeed }) {
  const query = useSeededQuery(InboxQuery, { first: INBOX_PAGE_SIZE }, initial);
  const { data, loading, error, refetch } = query;
  const more = useLoadMore(query, {
    connection: (d) => d.viewer.notifications,
    withConnection: (d, notifications) => ({ ...d, viewer: { ...d.viewer, notifications } }),
  });
  const [markRead] = useMutation(MarkNotificationReadMutation);
  const [markAll, markAllState] = useMutation(MarkAllNotificationsReadMutation);
  const viewer = data?.viewer;
  const entries = viewer?.notifications.edges.map((e) => e.node) ?? [];
  const unread = viewer?.unreadNotificationCount ?? 0;

  // The answer updates each notification's `read` and the viewer's count in the cache.
  const read = (id: string) => void markRead({ variables: { input: { id } } }).catch(() => undefined);
  const readAll = async () => {
    await markAll().catch(() => undefined);
    // Entries further down (not loaded yet) come back read on the next load.
    await refetch();
  };

  return (
    <div className="max-w-3xl">
      <PageHeader
        title="Inbox"
        description={
          viewer ? (unread === 0 ? "You're all caught up." : `${unread} unread ${unread === 1 ? "notification" : "notifications"}.`) : null
        }
        actions={
          entries.length > 0 ? (
            <Button
              onClick={readAll}
              disabled={unread === 0}
              loading={markAllState.loading}
              icon={<CheckCheck aria-hidden className="size-4" />}
            >
              Mark all read
            </Button>
          ) : null
        }
      />
      {markAllState.error ? (
        <Alert tone="error" className="mb-4">
          {errorMessage(markAllState.error)}
        </Alert>
      ) : null}
      {error && !viewer ? (
        <LoadError title="Couldn't load your inbox" error={error} onRetry={refetch} />
      ) : loading && !viewer ? (
        <SkeletonList rows={5} label="Loading your notifications" />
      ) : entries.length === 0 ? (
        <EmptyState
          icon={<BellOff aria-hidden className="size-6" />}
          title="No notifications yet"
          description="You'll hear here when you're made owner or assigned, when someone mentions you or comments on a goal you follow, and when those goals change health or close."
        />
      ) : (
        <>
          <ul
            aria-label="Notifications"
            className="divide-y divide-slate-100 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm"
          >
            {entries.map((entry) => (
              <InboxEntry key={entry.id} entry={entry} onOpen={() => read(entry.id)} onMarkRead={() => read(entry.id)} />
            ))}
          </ul>
          <LoadMore
            hasMore={viewer?.notifications.pageInfo.hasNextPage ?? false}
            loading={more.loadingMore}
            error={more.error}
            onLoadMore={more.loadMore}
            shown={entries.length}
            total={viewer?.notifications.totalCount}
            noun="update"
            what="notifications"
          />
        </>
      )}
    </div>
  );
}
