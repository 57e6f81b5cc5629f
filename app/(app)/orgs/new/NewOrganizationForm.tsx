"use client";

import { useMutation } from "@apollo/client/react";
import { useRouter } from "next/navigation";
import { type FormEvent, useRef, useState } from "react";
import { Alert } from "@/app/_components/Alert";
import { Button, ButtonLink } from "@/app/_components/Button";
import { Card } from "@/app/_components/Card";
import { TextField, useFocusFirstError } from "@/app/_components/fields";
import { type FormErrors, formErrorsFrom, noErrors, validationErrors } from "@/app/_components/form-errors";
import { PageHeader } from "@/app/_components/PageHeader";
import { TimeZoneSelect } from "@/app/_components/TimeZoneSelect";
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

export function NewOrganizationForm() {
  const router = useRouter();
  const [createOrganization] = useMutation(CreateOrganizationMutation, { refetchQueries: ["AppShell"] });
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");
  const [slugEdited, setSlugEdited] = useState(false);
  const [timeZone, setTimeZone] = useState("UTC");
  const [submitting, setSubmitting] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);

  const derivedSlug = name.trim() ? slugify(name) : "";
  const shownSlug = slugEdited ? slug : derivedSlug;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { name, slug: shownSlug.trim() || undefined, timeZone };
    const invalid = validationErrors(createOrganizationInput, input);
    if (invalid) {
      setErrors(invalid);
      return;
    }
    setSubmitting(true);
    setErrors(noErrors);
    try {
      const { data } = await createOrganization({ variables: { input: { ...input, slug: input.slug ?? null } } });
      const created = data?.createOrganization.organization;
      if (created) router.push(`/o/${created.slug}`);
    } catch (error) {
      setErrors(formErrorsFrom(error, FIELDS));
      setSubmitting(false);
    }
  }

  const { fieldErrors, formError } = errors;
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        title="New organization"
        description="An organization is where a team keeps its goals. You'll be its owner and can invite people next."
        back={{ href: "/", label: "Your organizations" }}
      />
      <Card>
        <form ref={formRef} onSubmit={onSubmit} className="space-y-6" noValidate>
          {formError ? <Alert tone="error">{formError}</Alert> : null}
          <TextField
            label="Name"
            name="name"
            required
            autoFocus
            maxLength={100}
            placeholder="Acme Inc."
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={fieldErrors.name}
          />
          <TextField
            label="Slug"
            name="slug"
            maxLength={48}
            placeholder="acme"
            value={shownSlug}
            onChange={(e) => {
              setSlugEdited(true);
              setSlug(e.target.value.toLowerCase());
            }}
            spellCheck={false}
            autoCapitalize="none"
            error={fieldErrors.slug}
            description={
              <>
                Used in links: <span className="font-mono text-slate-700">/o/{shownSlug || "your-slug"}</span>. Lowercase
                letters, digits and dashes.
                {slugEdited && slug !== derivedSlug && derivedSlug ? (
                  <>
                    {" "}
                    <button
                      type="button"
                      className="font-medium text-indigo-700 underline-offset-2 hover:underline"
                      onClick={() => {
                        setSlugEdited(false);
                        setSlug("");
                      }}
                    >
                      Derive from name
                    </button>
                  </>
                ) : null}
              </>
            }
          />
          <TimeZoneSelect value={timeZone} onChange={setTimeZone} error={fieldErrors.timeZone} />
          <div className="flex flex-col-reverse gap-3 border-t border-slate-100 pt-6 sm:flex-row sm:justify-end">
            <ButtonLink href="/" variant="ghost">
              Cancel
            </ButtonLink>
            <Button type="submit" variant="primary" loading={submitting}>
              Create organization
            </Button>
          </div>
        </form>
      </Card>
    </div>
  );
}
