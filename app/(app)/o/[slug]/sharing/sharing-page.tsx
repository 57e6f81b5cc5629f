"use client";

import { Download, Link2 } from "lucide-react";
import { useMutation } from "@apollo/client/react";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { Alert } from "@/app/_components/Alert";
import { Badge } from "@/app/_components/Badge";
import { Button } from "@/app/_components/Button";
import { buttonClasses } from "@/app/_components/button-classes";
import { Card, CardHeader } from "@/app/_components/Card";
import { CopyField } from "@/app/_components/CopyField";
import { EmptyState } from "@/app/_components/EmptyState";
import { Select, TextField, useFocusFirstError } from "@/app/_components/fields";
import { type FormErrors, formErrorsFrom, noErrors } from "@/app/_components/form-errors";
import { formatDate, formatDateTime, formatRelative } from "@/app/_components/format";
import { PageHeader } from "@/app/_components/PageHeader";
import { RevocableList } from "@/app/_components/RevocableList";
import { SkeletonList } from "@/app/_components/Skeleton";
import { CreateShareLinkMutation, RevokeShareLinkMutation, type ShareLinkRow, SharingQuery } from "./operations";
import { LoadError } from "@/app/_components/LoadError";
import { type Seed, useSeededQuery } from "@/app/_components/use-seeded-query";
import type { ResultOf, VariablesOf } from "@/graphql/client/graphql";

const DASHBOARD = "";

const linkIcon = (
  <Link2 aria-hidden className="size-6" />
);

const downloadIcon = (
  <Download aria-hidden className="size-4 text-slate-500" />
);

/** Today in the browser's calendar, as YYYY-MM-DD (the earliest expiry a date input offers). */
function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

type SharingSeed = Seed<ResultOf<typeof SharingQuery>, VariablesOf<typeof SharingQuery>>;

export function SharingPage({ slug, initial }: { slug: string; initial?: SharingSeed }) {
  const { data, loading, error, refetch } = useSeededQuery(SharingQuery, { slug }, initial);
  const [created, setCreated] = useState<{ url: string; what: string } | null>(null);
  const org = data?.organization;
  const isAdmin = !!org?.viewerCan.manageSharing;
  const shareable = (org?.goals.edges ?? []).map((e) => e.node).filter((g) => g.viewerCan.share);
  const canCreate = isAdmin || shareable.length > 0;
  const links = org?.shareLinks ?? [];

  return (
    <div className="max-w-4xl">
      <PageHeader
        title="Sharing"
        description="Read-only links for people outside the organization: they see progress, health and milestones, never members' email addresses or anything they could change."
        actions={
          <a href={`/api/orgs/${encodeURIComponent(slug)}/export`} download className={buttonClasses("secondary", "md")}>
            {downloadIcon}
            Export CSV
          </a>
        }
      />
      {error && !data ? (
        <LoadError title="Couldn't load share links" error={error} onRetry={refetch} />
      ) : loading && !data ? (
        <SkeletonList rows={3} label="Loading share links" />
      ) : org ? (
        <div className="space-y-8">
          {canCreate ? (
            <CreateLinkForm
              organizationId={org.id}
              isAdmin={isAdmin}
              goals={shareable}
              onCreated={setCreated}
            />
          ) : (
            <Alert tone="info" title="Only admins and goal owners create share links">
              Ask an admin of {org.name} to share the dashboard or a goal with the people who need it.
            </Alert>
          )}
          {created ? <NewLinkNotice {...created} onDone={() => setCreated(null)} /> : null}
          {links.length === 0 ? (
            <EmptyState
              icon={linkIcon}
              title="No active share links"
              description={
                canCreate
                  ? "Create a link above to show a goal or the whole dashboard to a client, a board member or another team — no account needed."
                  : "Nothing from this organization is shared outside it right now."
              }
            />
          ) : (
            <LinkList links={links} />
          )}
        </div>
      ) : null}
    </div>
  );
}

function CreateLinkForm({
  organizationId,
  isAdmin,
  goals,
  onCreated,
}: {
  organizationId: string;
  isAdmin: boolean;
  goals: readonly { id: string; title: string }[];
  onCreated: (created: { url: string; what: string }) => void;
}) {
  const [create] = useMutation(CreateShareLinkMutation, { refetchQueries: ["Sharing"], awaitRefetchQueries: true });
  const [target, setTarget] = useState(isAdmin ? DASHBOARD : (goals[0]?.id ?? DASHBOARD));
  const [expiresOn, setExpiresOn] = useState("");
  const [submitting, setSubmitting] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The link works through the whole chosen day, in the sharer's own time zone.
    const expiresAt = expiresOn ? new Date(`${expiresOn}T23:59:59`) : null;
    if (expiresAt && (Number.isNaN(expiresAt.getTime()) || expiresAt.getTime() <= Date.now())) {
      setErrors({ fieldErrors: { expiresAt: "Choose today or a later day." } });
      return;
    }
    setSubmitting(true);
    setErrors(noErrors);
    try {
      const { data } = await create({
        variables: {
          input: { organizationId, goalId: target === DASHBOARD ? null : target, expiresAt: expiresAt?.toISOString() ?? null },
        },
      });
      const result = data!.createShareLink;
      const url = /^https?:\/\//.test(result.url) ? result.url : new URL(result.path, window.location.origin).toString();
      onCreated({ url, what: result.shareLink.goal?.title ?? "the dashboard" });
      setExpiresOn("");
    } catch (error) {
      setErrors(formErrorsFrom(error, ["goalId", "expiresAt"]));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <Card>
      <CardHeader
        title="Create a share link"
        description="Anyone with the link can view it without signing in, until it expires or you revoke it."
      />
      <form ref={formRef} onSubmit={onSubmit} noValidate className="mt-5">
        {errors.formError ? (
          <Alert tone="error" className="mb-4">
            {errors.formError}
          </Alert>
        ) : null}
        <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_12rem_auto] sm:items-start">
          <Select
            label="Goal"
            name="goalId"
            value={target}
            onChange={(e) => setTarget(e.target.value)}
            error={errors.fieldErrors.goalId}
            description={isAdmin ? undefined : "You can share the goals you own."}
          >
            {isAdmin ? <option value={DASHBOARD}>Whole dashboard</option> : null}
            {goals.map((g) => (
              <option key={g.id} value={g.id}>
                {g.title}
              </option>
            ))}
          </Select>
          <TextField
            label="Expires on"
            name="expiresAt"
            type="date"
            min={todayIso()}
            value={expiresOn}
            onChange={(e) => setExpiresOn(e.target.value)}
            error={errors.fieldErrors.expiresAt}
            description="Leave empty to keep it until revoked."
          />
          <Button type="submit" variant="primary" loading={submitting} className="sm:mt-7">
            Create link
          </Button>
        </div>
      </form>
    </Card>
  );
}

function NewLinkNotice({ url, what, onDone }: { url: string; what: string; onDone: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, []);
  return (
    <div ref={ref} className="rounded-xl border border-indigo-200 bg-indigo-50/70 p-5 shadow-sm sm:p-6">
      <h2 role="status" className="font-semibold text-indigo-950">
        Link to {what} created — copy it now
      </h2>
      <p className="mt-1 text-sm text-indigo-900/80">
        For safety only a fingerprint of the link is stored, so this is the only time it is shown. Lost it? Revoke it and create a new one.
      </p>
      <CopyField label="Share link" value={url} copyLabel="Copy link" className="mt-4" autoFocus />
      <div className="mt-1 flex justify-end gap-2">
        <a href={url} target="_blank" rel="noreferrer" className={buttonClasses("ghost", "sm")}>
          Open preview
        </a>
        <Button size="sm" variant="secondary" onClick={onDone}>
          Done
        </Button>
      </div>
    </div>
  );
}

function LinkList({ links }: { links: readonly ShareLinkRow[] }) {
  const [revoke] = useMutation(RevokeShareLinkMutation, { refetchQueries: ["Sharing"], awaitRefetchQueries: true });
  const label = (l: ShareLinkRow) => (l.goal ? l.goal.title : "Whole dashboard");

  return (
    <RevocableList
      title="Active links"
      description={`${links.length} ${links.length === 1 ? "link works" : "links work"} right now.`}
      revoke={(l: ShareLinkRow) => revoke({ variables: { input: { shareLinkId: l.id } } })}
      confirmation={(l) => ({
        title: `Revoke the link to ${l.goal ? `“${l.goal.title}”` : "the dashboard"}?`,
        description: "Anyone who opens it will see that it was revoked. This can't be undone; you can always create a new link.",
        confirmLabel: "Revoke link",
      })}
    >
      {(revokeButton) => (
        <table className="w-full text-left text-sm">
          <thead className="hidden border-y border-slate-100 bg-slate-50/80 text-xs tracking-wide text-slate-500 uppercase sm:table-header-group">
            <tr>
              <th scope="col" className="px-5 py-2.5 font-medium sm:px-6">Shares</th>
              <th scope="col" className="px-3 py-2.5 font-medium">Created</th>
              <th scope="col" className="px-3 py-2.5 font-medium">Expires</th>
              <th scope="col" className="px-3 py-2.5 font-medium">Last viewed</th>
              <th scope="col" className="px-5 py-2.5 sm:px-6">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 border-t border-slate-100 sm:border-t-0">
            {links.map((l) => (
              <tr key={l.id} className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-3 gap-y-1 px-5 py-3.5 sm:table-row sm:p-0">
                <td className="min-w-0 sm:px-6 sm:py-3">
                  <div className="flex min-w-0 items-center gap-2">
                    <Badge tone={l.goal ? "indigo" : "blue"}>{l.goal ? "Goal" : "Dashboard"}</Badge>
                    <span className="truncate font-medium text-slate-900">{label(l)}</span>
                  </div>
                </td>
                <td className="row-start-2 text-slate-500 sm:px-3 sm:py-3">
                  <span title={formatDateTime(l.createdAt)}>{formatDate(l.createdAt)}</span>
                  <span className="block text-xs text-slate-500">by {l.createdBy.name}</span>
                </td>
                <td className="row-start-3 whitespace-nowrap text-slate-500 sm:px-3 sm:py-3">
                  <span className="sm:hidden">Expires </span>
                  {l.expiresAt ? <span title={formatDateTime(l.expiresAt)}>{formatDate(l.expiresAt)}</span> : "Never"}
                </td>
                <td className="row-start-4 whitespace-nowrap text-slate-500 sm:px-3 sm:py-3">
                  <span className="sm:hidden">Last viewed </span>
                  {l.lastViewedAt ? (
                    <time dateTime={l.lastViewedAt} title={formatDateTime(l.lastViewedAt)}>
                      {formatRelative(l.lastViewedAt)}
                    </time>
                  ) : (
                    "Not yet"
                  )}
                </td>
                <td className="col-start-2 row-span-4 row-start-1 text-right sm:px-6 sm:py-3">
                  {l.viewerCanRevoke ? revokeButton(l, `link to ${label(l)}`) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </RevocableList>
  );
}
