"use client";

import { useQuery } from "@apollo/client/react";
import { signOut } from "next-auth/react";
import Link from "next/link";
import { useParams, usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { graphql } from "@/graphql/client/graphql";
import { Avatar } from "./Avatar";
import { CommandPalette } from "./command-palette/CommandPalette";
import { cx } from "./cx";
import { Dropdown, dropdownItemClasses } from "./Dropdown";
import { NotificationBell } from "./NotificationBell";
import { OrgNav } from "./OrgNav";
import { Skeleton } from "./Skeleton";
import { Wordmark } from "./Wordmark";

export const AppShellQuery = graphql(`
  query AppShell {
    me {
      id
      name
      email
      instanceAdmin
      memberships {
        id
        role
        organization {
          id
          name
          slug
        }
      }
    }
  }
`);

function Chevron({ open }: { open: boolean }) {
  return (
    <svg
      viewBox="0 0 20 20"
      fill="currentColor"
      aria-hidden
      className={cx("size-4 shrink-0 text-slate-400 transition-transform", open && "rotate-180")}
    >
      <path
        fillRule="evenodd"
        d="M5.22 8.22a.75.75 0 0 1 1.06 0L10 11.94l3.72-3.72a.75.75 0 1 1 1.06 1.06l-4.25 4.25a.75.75 0 0 1-1.06 0L5.22 9.28a.75.75 0 0 1 0-1.06Z"
        clipRule="evenodd"
      />
    </svg>
  );
}

const triggerClasses =
  "flex h-9 items-center gap-2 rounded-lg px-2 text-sm font-medium text-slate-800 hover:bg-slate-100 aria-expanded:bg-slate-100";

/** The signed-in frame: top bar (wordmark, organization switcher, search, my work, notifications, user menu) above the page. */
export function AppShell({ children }: { children: ReactNode }) {
  const { data, loading } = useQuery(AppShellQuery);
  const params = useParams<{ slug?: string }>();
  const pathname = usePathname();
  const me = data?.me;
  const memberships = me?.memberships ?? [];
  const slug = params.slug ? decodeURIComponent(params.slug).toLowerCase() : undefined;
  const current = memberships.find((m) => m.organization.slug === slug)?.organization;

  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-white px-3 py-2 text-sm font-medium text-indigo-700 shadow focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
      >
        Skip to content
      </a>
      <header className="print:hidden sticky top-0 z-30 border-b border-slate-200 bg-white/90 backdrop-blur supports-[backdrop-filter]:bg-white/75">
        <div className="mx-auto flex h-14 max-w-6xl items-center gap-2 px-4 sm:px-6">
          <Link href="/" className="flex shrink-0 items-center rounded-md pr-1" aria-label="Waymark home">
            <Wordmark nameClassName="hidden sm:inline" />
          </Link>
          <span aria-hidden className="mx-0.5 text-xl font-light text-slate-300 sm:mx-1">
            /
          </span>
          {loading && !data ? (
            <Skeleton className="h-5 w-32" />
          ) : me ? (
            // Shrinks to what the bar leaves (a 20-character name truncates on a 390 px phone), so the
            // user menu and its chevron stay on screen.
            <Dropdown
              className="min-w-0 shrink"
              buttonClassName={cx(triggerClasses, "w-full min-w-0 sm:max-w-xs")}
              button={(open) => (
                <>
                  {current ? (
                    <span
                      aria-hidden
                      className="flex size-6 shrink-0 items-center justify-center rounded-md bg-indigo-600 text-[11px] font-bold text-white"
                    >
                      {current.name.charAt(0).toUpperCase()}
                    </span>
                  ) : (
                    <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden className="size-5 shrink-0 text-slate-400">
                      <path
                        fillRule="evenodd"
                        d="M4.25 2A2.25 2.25 0 0 0 2 4.25v2.5A2.25 2.25 0 0 0 4.25 9h2.5A2.25 2.25 0 0 0 9 6.75v-2.5A2.25 2.25 0 0 0 6.75 2h-2.5Zm0 9A2.25 2.25 0 0 0 2 13.25v2.5A2.25 2.25 0 0 0 4.25 18h2.5A2.25 2.25 0 0 0 9 15.75v-2.5A2.25 2.25 0 0 0 6.75 11h-2.5Zm9-9A2.25 2.25 0 0 0 11 4.25v2.5A2.25 2.25 0 0 0 13.25 9h2.5A2.25 2.25 0 0 0 18 6.75v-2.5A2.25 2.25 0 0 0 15.75 2h-2.5Zm0 9A2.25 2.25 0 0 0 11 13.25v2.5A2.25 2.25 0 0 0 13.25 18h2.5A2.25 2.25 0 0 0 18 15.75v-2.5A2.25 2.25 0 0 0 15.75 11h-2.5Z"
                        clipRule="evenodd"
                      />
                    </svg>
                  )}
                  <span aria-hidden dir="auto" className="min-w-0 truncate">
                    {current?.name ?? "Organizations"}
                  </span>
                  <span className="sr-only">Switch organization</span>
                  <Chevron open={open} />
                </>
              )}
            >
              {() => (
                <nav aria-label="Organizations">
                  <p className="px-2.5 pt-1.5 pb-1 text-xs font-medium tracking-wide text-slate-500 uppercase">
                    Your organizations
                  </p>
                  {memberships.length === 0 ? (
                    <p className="px-2.5 py-2 text-sm text-slate-500">You aren&apos;t in any organization yet.</p>
                  ) : (
                    <ul>
                      {memberships.map((m) => {
                        const active = m.organization.slug === slug;
                        return (
                          <li key={m.id}>
                            <Link
                              href={`/o/${m.organization.slug}`}
                              aria-current={active ? "page" : undefined}
                              className={cx(dropdownItemClasses, active && "bg-indigo-50 text-indigo-700 hover:bg-indigo-50")}
                            >
                              <span className="min-w-0 flex-1 truncate">{m.organization.name}</span>
                              {active ? (
                                <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden className="size-4 text-indigo-600">
                                  <path
                                    fillRule="evenodd"
                                    d="M16.704 4.153a.75.75 0 0 1 .143 1.052l-8 10.5a.75.75 0 0 1-1.127.075l-4.5-4.5a.75.75 0 0 1 1.06-1.06l3.894 3.893 7.48-9.817a.75.75 0 0 1 1.05-.143Z"
                                    clipRule="evenodd"
                                  />
                                </svg>
                              ) : null}
                            </Link>
                          </li>
                        );
                      })}
                    </ul>
                  )}
                  <div className="my-1.5 border-t border-slate-100" />
                  <Link href="/orgs/new" className={dropdownItemClasses}>
                    <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden className="size-4 text-slate-400">
                      <path d="M10.75 4.75a.75.75 0 0 0-1.5 0v4.5h-4.5a.75.75 0 0 0 0 1.5h4.5v4.5a.75.75 0 0 0 1.5 0v-4.5h4.5a.75.75 0 0 0 0-1.5h-4.5v-4.5Z" />
                    </svg>
                    New organization
                  </Link>
                </nav>
              )}
            </Dropdown>
          ) : null}

          <div className="ml-auto flex shrink-0 items-center gap-1">
            {me ? (
              <CommandPalette orgs={memberships.map((m) => m.organization)} currentSlug={current?.slug ?? null} />
            ) : null}
            {me ? (
              <Link
                href="/my-work"
                aria-current={pathname === "/my-work" ? "page" : undefined}
                className="flex h-9 items-center gap-1.5 rounded-lg px-2 text-sm font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900 aria-[current=page]:bg-indigo-50 aria-[current=page]:text-indigo-700"
              >
                <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden className="size-4 shrink-0">
                  <path
                    fillRule="evenodd"
                    d="M6 4.75A.75.75 0 0 1 6.75 4h10.5a.75.75 0 0 1 0 1.5H6.75A.75.75 0 0 1 6 4.75ZM6 10a.75.75 0 0 1 .75-.75h10.5a.75.75 0 0 1 0 1.5H6.75A.75.75 0 0 1 6 10Zm0 5.25a.75.75 0 0 1 .75-.75h10.5a.75.75 0 0 1 0 1.5H6.75a.75.75 0 0 1-.75-.75ZM1.99 4.75a1 1 0 0 1 1-1H3a1 1 0 0 1 1 1v.01a1 1 0 0 1-1 1h-.01a1 1 0 0 1-1-1v-.01ZM1.99 15.25a1 1 0 0 1 1-1H3a1 1 0 0 1 1 1v.01a1 1 0 0 1-1 1h-.01a1 1 0 0 1-1-1v-.01ZM1.99 10a1 1 0 0 1 1-1H3a1 1 0 0 1 1 1v.01a1 1 0 0 1-1 1h-.01a1 1 0 0 1-1-1V10Z"
                    clipRule="evenodd"
                  />
                </svg>
                <span className="sr-only sm:not-sr-only">My work</span>
              </Link>
            ) : null}
            {me ? <NotificationBell /> : null}
            {loading && !data ? (
              <Skeleton className="size-8 rounded-full" />
            ) : me ? (
              <Dropdown
                align="right"
                buttonClassName={cx(triggerClasses, "pl-1")}
                button={(open) => (
                  <>
                    <Avatar name={me.name} size="sm" decorative />
                    {/* The visible name is also the button's accessible name (hidden visually on phones). */}
                    <span className="sr-only max-w-40 truncate sm:not-sr-only">{me.name}</span>
                    <Chevron open={open} />
                  </>
                )}
              >
                {() => (
                  <div>
                    <div className="border-b border-slate-100 px-2.5 pt-1.5 pb-2.5">
                      <p className="truncate text-sm font-medium text-slate-900">{me.name}</p>
                      <p className="truncate text-xs text-slate-500">{me.email}</p>
                    </div>
                    <div className="pt-1.5">
                      <Link href="/" className={dropdownItemClasses}>
                        Your organizations
                      </Link>
                      <Link href="/settings/account" className={dropdownItemClasses}>
                        Account settings
                      </Link>
                      <Link href="/settings/tokens" className={dropdownItemClasses}>
                        API tokens
                      </Link>
                      <Link href="/settings/notifications" className={dropdownItemClasses}>
                        Notification settings
                      </Link>
                      {me.instanceAdmin ? (
                        <Link href="/admin/emails" className={dropdownItemClasses}>
                          Sent emails
                        </Link>
                      ) : null}
                      <button type="button" className={dropdownItemClasses} onClick={() => signOut({ callbackUrl: "/signin" })}>
                        Sign out
                      </button>
                    </div>
                  </div>
                )}
              </Dropdown>
            ) : (
              <Link href="/signin" className="text-sm font-medium text-indigo-700 hover:text-indigo-600">
                Sign in
              </Link>
            )}
          </div>
        </div>
        {/* Tabs while loading (no layout shift), but not for an organization you aren't in. */}
        {slug && (current || !me) ? <OrgNav slug={current?.slug ?? slug} /> : null}
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6 sm:py-10 print:max-w-none print:p-0">
        {children}
      </main>
      <footer className="print:hidden border-t border-slate-200/70 py-6 text-center text-xs text-slate-500">
        Waymark — set the destination, mark the way.
      </footer>
    </div>
  );
}
