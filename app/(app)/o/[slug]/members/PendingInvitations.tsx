"use client";

import { Mail } from "lucide-react";
import { useMutation } from "@apollo/client/react";
import { RoleBadge } from "@/app/_components/Badge";
import { formatDate, formatRelative } from "@/app/_components/format";
import { RevocableList } from "@/app/_components/RevocableList";
import type { ResultOf } from "@/graphql/client/graphql";
import { type MembersQuery, RevokeInvitationMutation } from "./operations";

type Invitation = ResultOf<typeof MembersQuery>["organization"]["invitations"][number];

export function PendingInvitations({ invitations }: { invitations: readonly Invitation[] }) {
  const [revoke] = useMutation(RevokeInvitationMutation, { refetchQueries: ["Members"], awaitRefetchQueries: true });

  return (
    <RevocableList
      title="Pending invitations"
      description={
        invitations.length
          ? "Links that haven't been used yet. Revoke one to make its link stop working."
          : "Nobody is waiting to join. Invitations you send appear here until they're accepted."
      }
      revoke={(inv: Invitation) => revoke({ variables: { input: { invitationId: inv.id } } })}
      confirmation={(inv) => ({
        title: "Revoke this invitation?",
        description: <>The link sent to {inv.email} will stop working. You can invite them again later.</>,
        confirmLabel: "Revoke invitation",
      })}
    >
      {(revokeButton) =>
        invitations.length ? (
          <ul className="divide-y divide-slate-100 border-t border-slate-100">
            {invitations.map((inv) => (
              <li key={inv.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 px-5 py-3.5 sm:flex-nowrap sm:px-6">
                <div className="flex size-9 shrink-0 items-center justify-center rounded-full bg-slate-100 text-slate-500">
                  <Mail aria-hidden className="size-4" />
                </div>
                <div className="min-w-0 flex-1">
                  <p className="truncate text-sm font-medium text-slate-900">{inv.email}</p>
                  <p className="text-xs text-slate-500">
                    Invited by {inv.invitedBy.name} {formatRelative(inv.createdAt)} · expires {formatDate(inv.expiresAt)}
                  </p>
                </div>
                <div className="flex w-full items-center justify-between gap-3 pl-13 sm:w-auto sm:pl-0">
                  <RoleBadge role={inv.role} />
                  {revokeButton(inv, `invitation for ${inv.email}`)}
                </div>
              </li>
            ))}
          </ul>
        ) : null
      }
    </RevocableList>
  );
}
