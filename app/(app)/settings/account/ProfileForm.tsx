"use client";

import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { Alert } from "@/app/_components/Alert";
import { Button } from "@/app/_components/Button";
import { Card, CardHeader } from "@/app/_components/Card";
import { TextField } from "@/app/_components/fields";
import { useApiForm } from "@/app/_components/use-api-form";
import { updateProfileInput } from "@/domain/schemas/account.ts";
import { UpdateProfileMutation } from "./operations";

type ProfileValues = { name: string };
// The API's own input schema, in the browser first; the server has the last word.
const resolver = zodResolver(updateProfileInput, undefined, { raw: true });

export function ProfileForm({ name: savedName, email }: { name: string; email: string }) {
  const [update] = useMutation(UpdateProfileMutation, { refetchQueries: ["AppShell"] });
  const { form, field, formError, submitWith } = useApiForm<ProfileValues>({
    defaultValues: { name: savedName },
    resolver,
    fields: ["name"],
  });
  const [saved, setSaved] = useState(false);
  const dirty = form.formState.isDirty;

  const onSubmit = submitWith(async ({ name }) => {
    setSaved(false);
    const { data } = await update({ variables: { input: { name } } });
    form.reset({ name: data?.updateProfile.user.name ?? name });
    setSaved(true);
  });

  return (
    <Card>
      <CardHeader title="Profile" description={`You sign in as ${email}.`} />
      <form onSubmit={onSubmit} noValidate className="mt-6 space-y-6">
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <TextField
          label="Name"
          {...field("name")}
          autoComplete="name"
          required
          maxLength={100}
          description="Shown to the people in your organizations, on goals you own and on your check-ins."
        />
        <div className="flex flex-wrap items-center justify-end gap-3 border-t border-slate-100 pt-6">
          <p role="status" className="mr-auto text-sm text-emerald-700">
            {saved && !dirty ? "Name saved." : ""}
          </p>
          <Button type="submit" variant="primary" loading={form.formState.isSubmitting} disabled={!dirty}>
            Save name
          </Button>
        </div>
      </form>
    </Card>
  );
}
