"use client";

import { errorCode } from "@/app/_components/form-errors";
import { OrgNotFound } from "@/app/_components/OrgNotFound";
import { PageHeader } from "@/app/_components/PageHeader";
import { Skeleton, SkeletonList } from "@/app/_components/Skeleton";
import { InviteForm } from "./InviteForm";
import { MembersTable } from "./MembersTable";
import { PendingInvitations } from "./PendingInvitations";
import { MembersQuery } from "./operations";
import { LoadError } from "@/app/_components/LoadError";
import { type Seed, useSeededQuery } from "@/app/_components/use-seeded-query";
import type { ResultOf, VariablesOf } from "@/graphql/client/graphql";

type MembersSeed = Seed<ResultOf<typeof MembersQuery>, VariablesOf<typeof MembersQuery>>;

export function MembersPage({ slug, initial }: { slug: string; initial?: MembersSeed }) {
  const { data, loading, error, refetch, fetchMore } = useSeededQuery(MembersQuery, { slug }, initial);

  if (error && !data) {
    if (errorCode(error) === "NOT_FOUND") return <OrgNotFound />;
    return (
      <LoadError title="Couldn't load the members" error={error} onRetry={refetch} />
    );
  }

  if (loading && !data) {
    return (
      <>
        <div className="mb-8 space-y-2">
          <Skeleton className="h-7 w-40" />
          <Skeleton className="h-4 w-64" />
        </div>
        <SkeletonList rows={4} label="Loading members" />
      </>
    );
  }

  const org = data!.organization;
  const isAdmin = org.viewerCan.manageMembers;
  const members = org.members.edges.map((e) => e.node);
  const count = org.members.totalCount;

  return (
    <>
      <PageHeader
        title="Members"
        description={
          isAdmin
            ? `${count} ${count === 1 ? "person" : "people"} in ${org.name}. Invite teammates and decide what each can do.`
            : `${count} ${count === 1 ? "person" : "people"} in ${org.name}.`
        }
      />
      <div className="space-y-8">
        {isAdmin ? <InviteForm organizationId={org.id} grantableRoles={org.viewerCan.grantableRoles} /> : null}
        <MembersTable
          org={org}
          members={members}
          viewerId={data!.me?.id}
          hasMore={org.members.pageInfo.hasNextPage}
          loadMore={() =>
            fetchMore({
              variables: { after: org.members.pageInfo.endCursor },
              updateQuery: (previous, { fetchMoreResult }) => ({
                ...fetchMoreResult,
                organization: {
                  ...fetchMoreResult.organization,
                  members: {
                    ...fetchMoreResult.organization.members,
                    edges: [...previous.organization.members.edges, ...fetchMoreResult.organization.members.edges],
                  },
                },
              }),
            })
          }
        />
        {isAdmin ? <PendingInvitations invitations={org.invitations} /> : null}
        {!isAdmin ? (
          <p className="text-sm text-slate-500">
            Only owners and admins can invite people or change roles. Ask one of them if someone is missing.
          </p>
        ) : null}
      </div>
    </>
  );
}
