"use client";

import { useMutation } from "@apollo/client/react";
import { useRouter } from "next/navigation";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { z } from "zod";
import { Alert } from "@/app/_components/Alert";
import { Button, ButtonLink } from "@/app/_components/Button";
import { Card } from "@/app/_components/Card";
import { TextField } from "@/app/_components/fields";
import { PageHeader } from "@/app/_components/PageHeader";
import { TimeZoneSelect } from "@/app/_components/TimeZoneSelect";
import { useApiForm } from "@/app/_components/use-api-form";
import { graphql } from "@/graphql/client/graphql";
import { createOrganizationInput, slugify } from "@/domain/schemas/organization.ts";

const CreateOrganizationMutation = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      organization {
        id
        name
        slug
        timeZone
        viewerRole
      }
    }
  }
`);

const FIELDS = ["name", "slug", "timeZone"] as const;
type NewOrgValues = { name: string; slug: string; timeZone: string };

/** What the API's createOrganizationInput takes: a blank slug is derived by the server. */
const toInput = (v: NewOrgValues): z.input<typeof createOrganizationInput> => ({
  name: v.name,
  slug: v.slug.trim() || undefined,
  timeZone: v.timeZone,
});
// The API's own input schema, in the browser first; the server has the last word (a taken slug).
const resolver = zodResolver(
  z.object({ name: z.string(), slug: z.string(), timeZone: z.string() }).transform(toInput).pipe(createOrganizationInput),
  undefined,
  { raw: true },
);

export function NewOrganizationForm() {
  const router = useRouter();
  const [createOrganization] = useMutation(CreateOrganizationMutation, { refetchQueries: ["AppShell"] });
  const { form, field, formError, submitWith } = useApiForm<NewOrgValues>({
    defaultValues: { name: "", slug: "", timeZone: "UTC" },
    resolver,
    fields: FIELDS,
  });
  // Until the slug is typed in, it follows the name.
  const [slugEdited, setSlugEdited] = useState(false);
  const [name, slug, timeZone] = useWatch({ control: form.control, name: ["name", "slug", "timeZone"] });
  const derivedSlug = name.trim() ? slugify(name) : "";
  const nameField = field("name");
  const slugField = field("slug");

  const onSubmit = submitWith(async (values) => {
    const input = toInput(values);
    const { data } = await createOrganization({ variables: { input: { ...input, slug: input.slug ?? null } } });
    const created = data?.createOrganization.organization;
    if (created) router.push(`/o/${created.slug}`);
  });

  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        title="New organization"
        description="An organization is where a team keeps its goals. You'll be its owner and can invite people next."
        back={{ href: "/", label: "Your organizations" }}
      />
      <Card>
        <form onSubmit={onSubmit} className="space-y-6" noValidate>
          {formError ? <Alert tone="error">{formError}</Alert> : null}
          <TextField
            label="Name"
            {...nameField}
            onChange={(e) => {
              if (!slugEdited) form.setValue("slug", e.target.value.trim() ? slugify(e.target.value) : "");
              return nameField.onChange(e);
            }}
            required
            autoFocus
            maxLength={100}
            placeholder="Acme Inc."
          />
          <TextField
            label="Slug"
            {...slugField}
            onChange={(e) => {
              setSlugEdited(true);
              e.target.value = e.target.value.toLowerCase();
              return slugField.onChange(e);
            }}
            maxLength={48}
            placeholder="acme"
            spellCheck={false}
            autoCapitalize="none"
            description={
              <>
                Used in links: <span className="font-mono text-slate-700">/o/{slug || "your-slug"}</span>. Lowercase
                letters, digits and dashes.
                {slugEdited && slug !== derivedSlug && derivedSlug ? (
                  <>
                    {" "}
                    <button
                      type="button"
                      className="font-medium text-indigo-700 underline-offset-2 hover:underline"
                      onClick={() => {
                        setSlugEdited(false);
                        form.setValue("slug", derivedSlug);
                        form.clearErrors("slug");
                      }}
                    >
                      Derive from name
                    </button>
                  </>
                ) : null}
              </>
            }
          />
          <TimeZoneSelect
            value={timeZone}
            onChange={(zone) => {
              form.setValue("timeZone", zone);
              form.clearErrors("timeZone");
            }}
            error={form.formState.errors.timeZone?.message}
          />
          <div className="flex flex-col-reverse gap-3 border-t border-slate-100 pt-6 sm:flex-row sm:justify-end">
            <ButtonLink href="/" variant="ghost">
              Cancel
            </ButtonLink>
            <Button type="submit" variant="primary" loading={form.formState.isSubmitting}>
              Create organization
            </Button>
          </div>
        </form>
      </Card>
    </div>
  );
}
