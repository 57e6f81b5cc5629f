"use client";

import { useApolloClient, useMutation } from "@apollo/client/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/app/_components/Alert";
import { Avatar } from "@/app/_components/Avatar";
import { Badge, RoleBadge, roleLabel } from "@/app/_components/Badge";
import { Button } from "@/app/_components/Button";
import { Card, CardHeader } from "@/app/_components/Card";
import { ConfirmDialog } from "@/app/_components/ConfirmDialog";
import { Select } from "@/app/_components/fields";
import { errorMessage } from "@/app/_components/form-errors";
import { formatDate } from "@/app/_components/format";
import type { ResultOf } from "@/graphql/client/graphql";
import { type MembersQuery, RemoveMemberMutation, UpdateMemberRoleMutation } from "./operations";
import { PlanningDialog } from "./planning-dialog";
import type { Role } from "./roles";

type Org = ResultOf<typeof MembersQuery>["organization"];
type Member = Org["members"]["edges"][number]["node"];

type Pending =
  | { kind: "remove"; member: Member }
  | { kind: "leave"; member: Member }
  | { kind: "demote-self"; member: Member; role: Role };

export function MembersTable({
  org,
  members,
  viewerId,
  hasMore,
  loadMore,
}: {
  org: Org;
  members: readonly Member[];
  viewerId?: string;
  hasMore: boolean;
  loadMore: () => Promise<unknown>;
}) {
  const router = useRouter();
  const client = useApolloClient();
  const [updateRole] = useMutation(UpdateMemberRoleMutation);
  const [removeMember] = useMutation(RemoveMemberMutation);
  const [busyRow, setBusyRow] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [dialogBusy, setDialogBusy] = useState(false);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [planningFor, setPlanningFor] = useState<string | null>(null);
  const planningMember = members.find((m) => m.id === planningFor);

  const can = org.viewerCan;
  const isAdmin = can.manageMembers;
  const grantable = can.grantableRoles;
  // Only an owner may touch another owner's role or membership.
  const canManage = (m: Member) => can.manageMembers && (m.role !== "OWNER" || can.manageOwners);
  // The only owner cannot leave (the server refuses it too): they hand the organization over first.
  const soleOwner = can.ownOrganization && !members.some((m) => m.role === "OWNER" && m.user.id !== viewerId);

  async function changeRole(member: Member, role: Role) {
    setBusyRow(member.id);
    setError(null);
    setNotice(null);
    try {
      await updateRole({ variables: { input: { membershipId: member.id, role } } });
      setNotice(`${member.user.name} is now ${role === "ADMIN" || role === "OWNER" ? "an" : "a"} ${roleLabel(role).toLowerCase()}.`);
      if (member.user.id === viewerId) {
        // Our own role changed: what this page (and the shell) may show changed with it.
        await client.refetchQueries({ include: ["Members", "AppShell"] });
      }
    } catch (e) {
      setError(`Couldn't change ${member.user.name}'s role. ${errorMessage(e)}`);
    } finally {
      setBusyRow(null);
    }
  }

  function onRoleSelect(member: Member, role: Role) {
    if (role === member.role) return;
    // One's own role can only go down: nobody grants a role above their own.
    if (member.user.id === viewerId) {
      setPending({ kind: "demote-self", member, role });
      return;
    }
    void changeRole(member, role);
  }

  async function confirmPending() {
    if (!pending) return;
    const { member } = pending;
    if (pending.kind === "demote-self") {
      const role = pending.role;
      setPending(null);
      await changeRole(member, role);
      return;
    }
    setDialogBusy(true);
    setDialogError(null);
    try {
      await removeMember({ variables: { input: { membershipId: member.id } } });
      if (pending.kind === "leave") {
        await client.refetchQueries({ include: ["AppShell"] });
        router.push("/");
        return;
      }
      await client.refetchQueries({ include: ["Members"] });
      setNotice(`${member.user.name} was removed from ${org.name}.`);
      setPending(null);
    } catch (e) {
      setDialogError(errorMessage(e));
    } finally {
      setDialogBusy(false);
    }
  }

  return (
    <section aria-labelledby="members-heading">
      <Card padded={false}>
        <CardHeader
          className="px-5 pt-5 pb-4 sm:px-6"
          title={<span id="members-heading">People</span>}
          description={isAdmin ? "Change what someone can do with their role, or remove them." : undefined}
        />
        {error ? (
          <div className="px-5 pb-4 sm:px-6">
            <Alert tone="error">{error}</Alert>
          </div>
        ) : null}
        <p aria-live="polite" className={notice ? "px-5 pb-4 text-sm text-emerald-700 sm:px-6" : "sr-only"}>
          {notice}
        </p>
        <div className="relative">
          <table className="w-full text-left text-sm">
            <thead className="hidden border-y border-slate-100 bg-slate-50/80 text-xs font-medium tracking-wide text-slate-500 uppercase sm:table-header-group">
              <tr>
                <th scope="col" className="px-5 py-2.5 font-medium sm:px-6">
                  Member
                </th>
                <th scope="col" className="px-3 py-2.5 font-medium">
                  Role
                </th>
                <th scope="col" className="hidden px-3 py-2.5 font-medium md:table-cell">
                  Joined
                </th>
                <th scope="col" className="px-5 py-2.5 sm:px-6">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 border-t border-slate-100 sm:border-t-0">
              {members.map((m) => {
                const self = m.user.id === viewerId;
                const manageable = canManage(m);
                return (
                  <tr key={m.id} className="grid grid-cols-[auto_minmax(0,1fr)] items-center gap-x-3 gap-y-2.5 px-5 py-3.5 hover:bg-slate-50/60 sm:table-row sm:p-0">
                    <td className="col-span-2 min-w-0 sm:px-6 sm:py-3">
                      <div className="flex items-center gap-3">
                        <Avatar name={m.user.name} decorative />
                        <div className="min-w-0">
                          <p className="flex items-center gap-2 font-medium text-slate-900">
                            <span className="truncate">{m.user.name}</span>
                            {self ? <Badge tone="neutral">You</Badge> : null}
                          </p>
                          <p className="truncate text-slate-500">{m.user.email}</p>
                          {m.skills.length ? (
                            <p className="mt-0.5 truncate text-xs text-slate-500">
                              <span className="sr-only">Skills: </span>
                              {m.skills.join(" · ")}
                            </p>
                          ) : null}
                        </div>
                      </div>
                    </td>
                    <td className="sm:px-3 sm:py-3">
                      {manageable ? (
                        <Select
                          label={`Role for ${m.user.name}`}
                          hideLabel
                          value={m.role}
                          disabled={busyRow === m.id}
                          onChange={(e) => onRoleSelect(m, e.target.value as Role)}
                          wrapperClassName="w-40"
                          className="py-1.5"
                        >
                          {/* An admin sees an owner's role but cannot grant it. */}
                          {(grantable.includes(m.role) ? grantable : [m.role, ...grantable]).map((r) => (
                            <option key={r} value={r}>
                              {roleLabel(r)}
                            </option>
                          ))}
                        </Select>
                      ) : (
                        <RoleBadge role={m.role} />
                      )}
                    </td>
                    <td className="hidden px-3 py-3 whitespace-nowrap text-slate-500 md:table-cell">{formatDate(m.createdAt)}</td>
                    {/* Phones: the role keeps its width and this takes the rest, wrapping if it must. */}
                    <td className="min-w-0 text-right sm:px-6 sm:py-3 sm:whitespace-nowrap">
                      {m.viewerCanEditPlanning ? (
                        <Button size="sm" variant="ghost" aria-label={`Planning for ${m.user.name}`} onClick={() => setPlanningFor(m.id)}>
                          Planning
                        </Button>
                      ) : null}
                      {self && soleOwner ? (
                        <Link
                          href={`/o/${org.slug}/settings`}
                          className="text-xs text-slate-500 underline-offset-2 hover:text-slate-800 hover:underline"
                        >
                          Only owner: transfer ownership to leave
                        </Link>
                      ) : self ? (
                        <Button size="sm" variant="ghost" onClick={() => setPending({ kind: "leave", member: m })}>
                          Leave
                        </Button>
                      ) : manageable ? (
                        <Button
                          size="sm"
                          variant="ghost-danger"
                          aria-label={`Remove ${m.user.name}`}
                          onClick={() => setPending({ kind: "remove", member: m })}
                        >
                          Remove
                        </Button>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {hasMore ? (
          <div className="border-t border-slate-100 px-5 py-3 text-center sm:px-6">
            <Button
              size="sm"
              variant="ghost"
              loading={loadingMore}
              onClick={async () => {
                setLoadingMore(true);
                await loadMore().finally(() => setLoadingMore(false));
              }}
            >
              Show more members
            </Button>
          </div>
        ) : null}
      </Card>
      {planningMember ? (
        <PlanningDialog
          key={planningMember.id}
          open
          onClose={() => setPlanningFor(null)}
          organizationId={org.id}
          userId={planningMember.user.id}
          name={planningMember.user.name}
          planning={planningMember}
          tags={org.tags}
        />
      ) : null}
      <ConfirmDialog
        open={!!pending}
        title={
          pending?.kind === "remove"
            ? `Remove ${pending.member.user.name}?`
            : pending?.kind === "leave"
              ? `Leave ${org.name}?`
              : `Make yourself ${pending ? roleLabel(pending.role).toLowerCase() : ""}?`
        }
        description={
          pending?.kind === "remove" ? (
            <>
              {pending.member.user.name} ({pending.member.user.email}) loses access to {org.name} right away. Goals they own stay
              in place.
            </>
          ) : pending?.kind === "leave" ? (
            <>You lose access to {org.name} and its goals. To come back, you&apos;ll need a new invitation.</>
          ) : pending ? (
            <>You&apos;re lowering your own role. You may no longer be able to manage members or settings, and only another admin can undo it.</>
          ) : null
        }
        confirmLabel={pending?.kind === "remove" ? "Remove" : pending?.kind === "leave" ? "Leave organization" : "Change my role"}
        tone={pending?.kind === "demote-self" ? "primary" : "danger"}
        loading={dialogBusy}
        error={dialogError}
        onConfirm={confirmPending}
        onCancel={() => {
          setPending(null);
          setDialogError(null);
        }}
      />
    </section>
  );
}
