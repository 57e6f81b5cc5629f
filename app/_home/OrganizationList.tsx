"use client";

import { Plus } from "lucide-react";
import Link from "next/link";
import { RoleBadge } from "@/app/_components/Badge";
import { ButtonLink } from "@/app/_components/Button";
import { EmptyState } from "@/app/_components/EmptyState";
import { PageHeader } from "@/app/_components/PageHeader";
import { Skeleton } from "@/app/_components/Skeleton";
import type { ResultOf } from "@/graphql/client/graphql";
import { LoadError } from "@/app/_components/LoadError";
import { type Seed, useSeededQuery } from "@/app/_components/use-seeded-query";
import { HomeQuery } from "./operations";

const plus = (
  <Plus aria-hidden className="size-4" />
);

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Welcome back" for people who have somewhere to go back to; a plain welcome for a new account. */
export function greeting(firstName: string | undefined, organizations: number): string {
  const welcome = organizations > 0 ? "Welcome back" : "Welcome to Waymark";
  const then = organizations > 0 ? "Choose where to work today." : "Start by creating your organization, or accept an invitation from your team.";
  return firstName ? `${welcome}, ${firstName}. ${then}` : `${welcome}. ${then}`;
}

export function OrganizationList({
  organizationCount,
  initial,
}: {
  /** Known from the viewer's one statement, for the greeting and skeletons when the data must load in the browser. */
  organizationCount: number;
  initial?: Seed<ResultOf<typeof HomeQuery>, Record<string, never>>;
}) {
  const { data, loading, error, refetch } = useSeededQuery(HomeQuery, {}, initial);
  const memberships = data?.me?.memberships ?? [];
  const firstName = data?.me?.name.split(/\s+/)[0];
  const count = data ? memberships.length : organizationCount;

  return (
    <>
      <PageHeader
        title="Your organizations"
        description={greeting(firstName, count)}
        actions={
          memberships.length > 0 ? (
            <ButtonLink href="/orgs/new" variant="primary" icon={plus}>
              New organization
            </ButtonLink>
          ) : null
        }
      />
      {error && !data ? (
        <LoadError title="Couldn't load your organizations" error={error} onRetry={refetch} />
      ) : loading && !data && count > 0 ? (
        <div role="status" aria-label="Loading organizations" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {Array.from({ length: Math.min(count, 6) }, (_, i) => (
            <div key={i} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
              <div className="flex items-center gap-3">
                <Skeleton className="size-10 rounded-lg" />
                <div className="flex-1 space-y-2">
                  <Skeleton className="h-4 w-2/3" />
                  <Skeleton className="h-3 w-1/3" />
                </div>
              </div>
              <Skeleton className="mt-5 h-3 w-1/2" />
            </div>
          ))}
        </div>
      ) : memberships.length === 0 ? (
        <EmptyState
          title="You're not in an organization yet"
          description="Create one for your team to start setting goals and milestones. To join an existing organization, ask one of its admins for an invitation link."
          action={
            <ButtonLink href="/orgs/new" variant="primary" icon={plus}>
              New organization
            </ButtonLink>
          }
        />
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {memberships.map(({ id, role, organization: org }) => (
            <li key={id}>
              <Link
                href={`/o/${org.slug}`}
                className="group flex h-full flex-col rounded-xl border border-slate-200 bg-white p-5 shadow-sm transition hover:-translate-y-0.5 hover:border-indigo-200 hover:shadow-md"
              >
                <div className="flex items-start gap-3">
                  <span
                    aria-hidden
                    className="flex size-10 shrink-0 items-center justify-center rounded-lg bg-indigo-600 text-base font-bold text-white shadow-sm"
                  >
                    {org.name.charAt(0).toUpperCase()}
                  </span>
                  <div className="min-w-0 flex-1">
                    <span dir="auto" className="line-clamp-2 font-semibold break-words text-slate-900 group-hover:text-indigo-700">{org.name}</span>
                    <span className="block truncate text-sm text-slate-500">/{org.slug}</span>
                  </div>
                  <RoleBadge role={role} />
                </div>
                <p className="mt-5 flex gap-4 text-sm text-slate-600">
                  <span>{plural(org.goals.totalCount, "goal", "goals")}</span>
                  <span aria-hidden className="text-slate-300">
                    •
                  </span>
                  <span>{plural(org.members.totalCount, "member", "members")}</span>
                </p>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
