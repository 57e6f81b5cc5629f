"use client";

import { useMutation } from "@apollo/client/react";
import { useRouter } from "next/navigation";
import { type FormEvent, useRef, useState } from "react";
import { Alert } from "@/app/_components/Alert";
import { RoleBadge } from "@/app/_components/Badge";
import { Button } from "@/app/_components/Button";
import { Card, CardHeader } from "@/app/_components/Card";
import { TextField, useFocusFirstError } from "@/app/_components/fields";
import { errorCode, type FormErrors, formErrorsFrom, noErrors, validationErrors } from "@/app/_components/form-errors";
import { formatDate } from "@/app/_components/format";
import { OrgNotFound } from "@/app/_components/OrgNotFound";
import { PageHeader } from "@/app/_components/PageHeader";
import { Skeleton } from "@/app/_components/Skeleton";
import { timeZoneLabel } from "@/app/_components/time-zones";
import { TimeZoneSelect } from "@/app/_components/TimeZoneSelect";
import { graphql, type ResultOf, type VariablesOf } from "@/graphql/client/graphql";
import { updateOrganizationInput } from "@/domain/schemas/organization.ts";
import { LoadError } from "@/app/_components/LoadError";
import { type Seed, useSeededQuery } from "@/app/_components/use-seeded-query";
import { OwnerActions } from "./OwnerActions";
import { SettingsQuery } from "./operations";

const UpdateOrganizationMutation = graphql(`
  mutation UpdateOrganization($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      organization {
        id
        name
        slug
        timeZone
      }
    }
  }
`);

type Org = ResultOf<typeof SettingsQuery>["organization"];
const FIELDS = ["name", "slug", "timeZone"] as const;

type SettingsSeed = Seed<ResultOf<typeof SettingsQuery>, VariablesOf<typeof SettingsQuery>>;

export function OrganizationSettings({ slug, initial }: { slug: string; initial?: SettingsSeed }) {
  const { data, loading, error, refetch } = useSeededQuery(SettingsQuery, { slug }, initial);

  if (error && !data) {
    if (errorCode(error) === "NOT_FOUND") return <OrgNotFound />;
    return (
      <LoadError title="Couldn't load the settings" error={error} onRetry={refetch} />
    );
  }

  const org = data?.organization;
  const isAdmin = !!org?.viewerCan.manageSettings;
  return (
    <div className="max-w-3xl">
      <PageHeader
        title="Settings"
        description={
          org
            ? isAdmin
              ? `How ${org.name} is named and where its dates are read.`
              : "Only owners and admins can change these settings."
            : undefined
        }
      />
      {loading && !org ? (
        <Card aria-busy>
          <div className="space-y-6">
            {[0, 1, 2].map((i) => (
              <div key={i} className="space-y-2">
                <Skeleton className="h-4 w-24" />
                <Skeleton className="h-10 w-full" />
              </div>
            ))}
          </div>
        </Card>
      ) : org ? (
        <div className="space-y-8">
          {isAdmin ? <SettingsForm key={org.id} org={org} /> : <ReadOnlySettings org={org} />}
          {org.viewerCan.ownOrganization ? <OwnerActions org={org} /> : null}
        </div>
      ) : null}
    </div>
  );
}

function ReadOnlySettings({ org }: { org: Org }) {
  const rows = [
    { label: "Name", value: org.name },
    { label: "Slug", value: <span className="font-mono">{org.slug}</span> },
    { label: "Time zone", value: timeZoneLabel(org.timeZone) },
    { label: "Created", value: formatDate(org.createdAt) },
    { label: "Your role", value: <RoleBadge role={org.viewerRole} /> },
  ];
  return (
    <Card>
      <CardHeader title="General" />
      <dl className="mt-4 divide-y divide-slate-100">
        {rows.map((row) => (
          <div key={row.label} className="grid gap-1 py-3 sm:grid-cols-3 sm:gap-4">
            <dt className="text-sm font-medium text-slate-500">{row.label}</dt>
            <dd className="text-sm text-slate-900 sm:col-span-2">{row.value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}

function SettingsForm({ org }: { org: Org }) {
  const router = useRouter();
  const [update] = useMutation(UpdateOrganizationMutation, { refetchQueries: ["AppShell"] });
  const [name, setName] = useState(org.name);
  const [slug, setSlug] = useState(org.slug);
  const [timeZone, setTimeZone] = useState(org.timeZone);
  const [submitting, setSubmitting] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);
  const [saved, setSaved] = useState(false);

  const dirty = name !== org.name || slug !== org.slug || timeZone !== org.timeZone;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid = validationErrors(updateOrganizationInput, { name, slug, timeZone });
    if (invalid) {
      setErrors(invalid);
      return;
    }
    setSubmitting(true);
    setErrors(noErrors);
    setSaved(false);
    try {
      const { data } = await update({
        variables: {
          input: {
            organizationId: org.id,
            name: name !== org.name ? name : null,
            slug: slug !== org.slug ? slug : null,
            timeZone: timeZone !== org.timeZone ? timeZone : null,
          },
        },
      });
      const updated = data?.updateOrganization.organization;
      setSaved(true);
      if (updated && updated.slug !== org.slug) router.replace(`/o/${updated.slug}/settings`);
    } catch (error) {
      setErrors(formErrorsFrom(error, FIELDS));
    } finally {
      setSubmitting(false);
    }
  }

  const { fieldErrors, formError } = errors;
  return (
    <Card>
      <CardHeader title="General" description={`Created ${formatDate(org.createdAt)}.`} />
      <form ref={formRef} onSubmit={onSubmit} noValidate className="mt-6 space-y-6">
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <TextField
          label="Name"
          name="name"
          required
          maxLength={100}
          value={name}
          onChange={(e) => {
            setName(e.target.value);
            setSaved(false);
          }}
          error={fieldErrors.name}
        />
        <TextField
          label="Slug"
          name="slug"
          required
          maxLength={48}
          spellCheck={false}
          autoCapitalize="none"
          value={slug}
          onChange={(e) => {
            setSlug(e.target.value.toLowerCase());
            setSaved(false);
          }}
          error={fieldErrors.slug}
          description={
            <>
              Links use <span className="font-mono text-slate-700">/o/{slug || "your-slug"}</span>. Changing it breaks links
              people have saved.
            </>
          }
        />
        <TimeZoneSelect
          value={timeZone}
          onChange={(zone) => {
            setTimeZone(zone);
            setSaved(false);
          }}
          error={fieldErrors.timeZone}
        />
        <div className="flex flex-wrap items-center justify-end gap-3 border-t border-slate-100 pt-6">
          <p role="status" className="mr-auto text-sm text-emerald-700">
            {saved && !dirty ? "Changes saved." : ""}
          </p>
          {dirty ? (
            <Button
              variant="ghost"
              onClick={() => {
                setName(org.name);
                setSlug(org.slug);
                setTimeZone(org.timeZone);
                setErrors(noErrors);
              }}
            >
              Discard
            </Button>
          ) : null}
          <Button type="submit" variant="primary" loading={submitting} disabled={!dirty}>
            Save changes
          </Button>
        </div>
      </form>
    </Card>
  );
}
