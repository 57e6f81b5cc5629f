"use client";

import { useMutation } from "@apollo/client/react";
import { useRouter } from "next/navigation";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { type Resolver, useWatch } from "react-hook-form";
import { Alert } from "@/app/_components/Alert";
import { RoleBadge } from "@/app/_components/Badge";
import { Button } from "@/app/_components/Button";
import { Card, CardHeader } from "@/app/_components/Card";
import { TextArea, TextField } from "@/app/_components/fields";
import { MISSION_MAX } from "@/domain/schemas/organization.ts";
import { errorCode } from "@/app/_components/form-errors";
import { formatDate } from "@/app/_components/format";
import { OrgNotFound } from "@/app/_components/OrgNotFound";
import { PageHeader } from "@/app/_components/PageHeader";
import { Skeleton } from "@/app/_components/Skeleton";
import { timeZoneLabel } from "@/app/_components/time-zones";
import { TimeZoneSelect } from "@/app/_components/TimeZoneSelect";
import { graphql, type ResultOf, type VariablesOf } from "@/graphql/client/graphql";
import { updateOrganizationInput } from "@/domain/schemas/organization.ts";
import { LoadError } from "@/app/_components/LoadError";
import { useApiForm } from "@/app/_components/use-api-form";
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
        mission
      }
    }
  }
`);

type Org = ResultOf<typeof SettingsQuery>["organization"];
const FIELDS = ["name", "slug", "timeZone", "mission"] as const;

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
    { label: "Mission", value: org.mission || "Not set" },
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

type SettingsValues = { name: string; slug: string; timeZone: string; mission: string };
// The API's own input schema, in the browser first; the server has the last word (a taken slug).
const resolver = zodResolver(updateOrganizationInput, undefined, { raw: true }) as Resolver<SettingsValues>;

function SettingsForm({ org }: { org: Org }) {
  const router = useRouter();
  const [update] = useMutation(UpdateOrganizationMutation, { refetchQueries: ["AppShell"] });
  const { form, field, formError, submitWith } = useApiForm<SettingsValues>({
    defaultValues: { name: org.name, slug: org.slug, timeZone: org.timeZone, mission: org.mission },
    resolver,
    fields: FIELDS,
  });
  const [slug, timeZone] = useWatch({ control: form.control, name: ["slug", "timeZone"] });
  const [saved, setSaved] = useState(false);
  const dirty = form.formState.isDirty;
  const slugField = field("slug");

  const onSubmit = submitWith(async (values) => {
    setSaved(false);
    const { data } = await update({
      variables: {
        input: {
          organizationId: org.id,
          name: values.name !== org.name ? values.name : null,
          slug: values.slug !== org.slug ? values.slug : null,
          timeZone: values.timeZone !== org.timeZone ? values.timeZone : null,
          mission: values.mission !== org.mission ? values.mission : null,
        },
      },
    });
    form.reset(values);
    setSaved(true);
    const updated = data?.updateOrganization.organization;
    if (updated && updated.slug !== org.slug) router.replace(`/o/${updated.slug}/settings`);
  });

  return (
    <Card>
      <CardHeader title="General" description={`Created ${formatDate(org.createdAt)}.`} />
      <form onSubmit={onSubmit} noValidate className="mt-6 space-y-6">
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <TextField label="Name" {...field("name")} required maxLength={100} />
        <TextField
          label="Slug"
          {...slugField}
          onChange={(e) => {
            e.target.value = e.target.value.toLowerCase();
            return slugField.onChange(e);
          }}
          required
          maxLength={48}
          spellCheck={false}
          autoCapitalize="none"
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
            form.setValue("timeZone", zone, { shouldDirty: true });
            form.clearErrors("timeZone");
          }}
          error={form.formState.errors.timeZone?.message}
        />
        <TextArea
          label="Mission"
          {...field("mission")}
          rows={3}
          maxLength={MISSION_MAX}
          description="Shown on the dashboard. SMART's Relevant counts a goal that shares its words as serving it. Leave empty for none."
        />
        <div className="flex flex-wrap items-center justify-end gap-3 border-t border-slate-100 pt-6">
          <p role="status" className="mr-auto text-sm text-emerald-700">
            {saved && !dirty ? "Changes saved." : ""}
          </p>
          {dirty ? (
            <Button variant="ghost" onClick={() => form.reset()}>
              Discard
            </Button>
          ) : null}
          <Button type="submit" variant="primary" loading={form.formState.isSubmitting} disabled={!dirty}>
            Save changes
          </Button>
        </div>
      </form>
    </Card>
  );
}
