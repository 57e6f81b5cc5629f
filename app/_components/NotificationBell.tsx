"use client";

import { useQuery } from "@apollo/client/react";
import { Bell } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect } from "react";
import { graphql } from "@/graphql/client/graphql";

// Polled rather than pushed: any app instance answers a poll from the database, so the count is
// right however many instances run, with no connection to keep open through proxies.
const POLL_MS = 30_000;

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    viewer {
      id
      unreadNotificationCount
    }
  }
`);

/** "Notifications, 3 unread": the accessible name says what the badge shows. */
export function bellLabel(unread: number) {
  return unread === 0 ? "Notifications" : `Notifications, ${unread} unread`;
}

/** The top bar's bell: the unread count, kept fresh every 30 s while the tab is visible, linking to the inbox. */
export function NotificationBell() {
  const pathname = usePathname();
  const { data, refetch } = useQuery(UnreadNotificationCountQuery, {
    pollInterval: POLL_MS,
    // No polls from a hidden tab; it catches up as soon as it is shown again (below).
    skipPollAttempt: () => typeof document !== "undefined" && document.hidden,
    fetchPolicy: "cache-and-network",
    nextFetchPolicy: "cache-first",
  });
  useEffect(() => {
    const onVisible = () => {
      if (!document.hidden) void refetch().catch(() => undefined);
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => document.removeEventListener("visibilitychange", onVisible);
  }, [refetch]);

  const unread = data?.viewer.unreadNotificationCount ?? 0;
  return (
    <Link
      href="/inbox"
      aria-label={bellLabel(unread)}
      aria-current={pathname === "/inbox" ? "page" : undefined}
      className="relative flex size-9 items-center justify-center rounded-lg text-slate-600 hover:bg-slate-100 hover:text-slate-900 aria-[current=page]:bg-indigo-50 aria-[current=page]:text-indigo-700"
    >
      <Bell aria-hidden className="size-5" />
      {unread > 0 ? (
        <span
          aria-hidden
          data-testid="unread-badge"
          className="absolute top-0.5 right-0.5 flex h-4 min-w-4 items-center justify-center rounded-full bg-red-600 px-1 text-[10px] leading-none font-semibold text-white tabular-nums"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
