"use client";

import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { roleLabel } from "@/app/_components/Badge";
import { Button } from "@/app/_components/Button";
import { Card, CardHeader } from "@/app/_components/Card";
import { ConfirmDialog } from "@/app/_components/ConfirmDialog";
import { Select } from "@/app/_components/fields";
import { errorMessage, formErrorsFrom } from "@/app/_components/form-errors";
import { TypedConfirmDialog } from "@/app/_components/TypedConfirmDialog";
import { graphql } from "@/graphql/client/graphql";

const OwnershipCandidatesQuery = graphql(`
  query OwnershipCandidates($slug: String!) {
    me {
      id
    }
    organization(slug: $slug) {
      id
      members(first: 100) {
        edges {
          node {
            id
            role
            user {
              id
              name
              email
            }
          }
        }
      }
    }
  }
`);

const TransferOwnershipMutation = graphql(`
  mutation TransferOwnership($input: TransferOwnershipInput!) {
    transferOwnership(input: $input) {
      organization {
        id
        viewerRole
        viewerCan {
          manageOwners
          ownOrganization
        }
      }
    }
  }
`);

const DeleteOrganizationMutation = graphql(`
  mutation DeleteOrganization($input: DeleteOrganizationInput!) {
    deleteOrganization(input: $input) {
      deletedOrganizationId
    }
  }
`);

/** Shown to owners only: hand the organization over, or delete it. */
export function OwnerActions({ org }: { org: { id: string; name: string; slug: string } }) {
  return (
    <div className="space-y-8">
      <TransferOwnership org={org} />
      <DeleteOrganization org={org} />
    </div>
  );
}

function TransferOwnership({ org }: { org: { id: string; name: string; slug: string } }) {
  const client = useApolloClient();
  const { data } = useQuery(OwnershipCandidatesQuery, { variables: { slug: org.slug } });
  const [transfer] = useMutation(TransferOwnershipMutation);
  const [membershipId, setMembershipId] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const candidates = (data?.organization.members.edges ?? [])
    .map((e) => e.node)
    .filter((m) => m.user.id !== data?.me?.id && m.role !== "OWNER");
  const chosen = candidates.find((m) => m.id === membershipId);

  async function confirm() {
    if (!chosen) return;
    setBusy(true);
    setError(null);
    try {
      await transfer({ variables: { input: { membershipId: chosen.id } } });
      setConfirming(false);
      setNotice(`${chosen.user.name} is now the owner of ${org.name}; you are an admin.`);
      await client.refetchQueries({ include: ["OrganizationSettings", "OwnershipCandidates", "AppShell", "Members"] });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card>
      <CardHeader
        title="Transfer ownership"
        description="Make another member the owner. You become an admin and can no longer delete the organization or manage owners."
      />
      <p aria-live="polite" className={notice ? "mt-4 text-sm text-emerald-700" : "sr-only"}>
        {notice}
      </p>
      {candidates.length === 0 && data ? (
        <p className="mt-4 text-sm text-slate-500">Invite someone first: there is no other member to hand it to.</p>
      ) : (
        <div className="mt-5 flex flex-col gap-3 sm:flex-row sm:items-end">
          <Select
            label="New owner"
            value={membershipId}
            onChange={(e) => setMembershipId(e.target.value)}
            wrapperClassName="flex-1"
          >
            <option value="">Choose a member…</option>
            {candidates.map((m) => (
              <option key={m.id} value={m.id}>
                {m.user.name} ({m.user.email}), {roleLabel(m.role).toLowerCase()}
              </option>
            ))}
          </Select>
          <Button disabled={!chosen} onClick={() => setConfirming(true)}>
            Transfer ownership
          </Button>
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        title={`Make ${chosen?.user.name ?? ""} the owner?`}
        description={<>{chosen?.user.name} becomes the owner of {org.name} and you become an admin. Only an owner can give it back.</>}
        confirmLabel="Transfer ownership"
        loading={busy}
        error={error}
        onConfirm={confirm}
        onCancel={() => {
          setConfirming(false);
          setError(null);
        }}
      />
    </Card>
  );
}

function DeleteOrganization({ org }: { org: { id: string; name: string; slug: string } }) {
  const router = useRouter();
  const client = useApolloClient();
  const [remove] = useMutation(DeleteOrganizationMutation);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);

  async function confirm(confirmation: string) {
    setBusy(true);
    setError(null);
    setFieldError(null);
    try {
      await remove({ variables: { input: { organizationId: org.id, confirmation } } });
      await client.clearStore();
      router.push("/");
    } catch (e) {
      const { fieldErrors, formError } = formErrorsFrom(e, ["confirmation"]);
      setFieldError(fieldErrors.confirmation ?? null);
      setError(formError ?? null);
      setBusy(false);
    }
  }

  return (
    <Card className="border-red-200">
      <CardHeader
        title="Delete organization"
        description={`Deletes ${org.name} with all its goals, milestones, check-ins, comments, share links and invitations, for everyone. Members keep their accounts. This cannot be undone.`}
        actions={
          <Button variant="danger" onClick={() => setOpen(true)}>
            Delete organization
          </Button>
        }
      />
      <TypedConfirmDialog
        open={open}
        title={`Delete ${org.name}?`}
        description={
          <>
            Everything in it is deleted for every member. Type the organization&apos;s slug,{" "}
            <span className="font-mono font-medium text-slate-900">{org.slug}</span>, to confirm.
          </>
        }
        expected={org.slug}
        fieldLabel="Organization slug"
        confirmLabel="Delete organization"
        loading={busy}
        error={error}
        fieldError={fieldError}
        onConfirm={confirm}
        onClose={() => {
          setOpen(false);
          setError(null);
          setFieldError(null);
        }}
      />
    </Card>
  );
}
