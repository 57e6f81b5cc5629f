"use client";

import { Card } from "@/app/_components/Card";
import { LoadError } from "@/app/_components/LoadError";
import { PageHeader } from "@/app/_components/PageHeader";
import { Skeleton } from "@/app/_components/Skeleton";
import { AccountDeletion } from "./AccountDeletion";
import { AccountSessions } from "./AccountSessions";
import { AccountTokensLink } from "./AccountTokensLink";
import { AccountQuery } from "./operations";
import { PasswordForm } from "./PasswordForm";
import { ProfileForm } from "./ProfileForm";
import { type Seed, useSeededQuery } from "@/app/_components/use-seeded-query";
import type { ResultOf } from "@/graphql/client/graphql";

export function AccountSettings({ initial }: { initial?: Seed<ResultOf<typeof AccountQuery>, Record<string, never>> }) {
  const { data, loading, error, refetch } = useSeededQuery(AccountQuery, {}, initial);
  const me = data?.me;

  return (
    <div className="max-w-3xl">
      <PageHeader title="Account" description="Your name, password and sessions, and what happens if you delete your account." />
      {error && !data ? (
        <LoadError title="Couldn't load your account" error={error} onRetry={refetch} />
      ) : loading && !me ? (
        <Card aria-busy>
          <div className="space-y-3">
            <Skeleton className="h-4 w-24" />
            <Skeleton className="h-10 w-full" />
          </div>
        </Card>
      ) : me ? (
        <div className="space-y-8">
          <ProfileForm key={me.id} name={me.name} email={me.email} />
          <PasswordForm />
          <AccountSessions />
          <AccountTokensLink />
          <AccountDeletion email={me.email} plan={data.accountDeletionPlan} />
        </div>
      ) : null}
    </div>
  );
}
