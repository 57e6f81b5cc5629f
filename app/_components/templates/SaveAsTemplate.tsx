"use client";

import { useMutation, useQuery } from "@apollo/client/react";
import Link from "next/link";
import { useState } from "react";
import { Alert } from "@/app/_components/Alert";
import { Button } from "@/app/_components/Button";
import { Dialog } from "@/app/_components/Dialog";
import { TextArea, TextField } from "@/app/_components/fields";
import { formErrorsFrom } from "@/app/_components/form-errors";
import { SaveGoalAsTemplateMutation, TemplatePermissionQuery } from "./template-fields";

/**
 * "Save as template" among the goal's actions, for those who manage templates (admins; the page
 * asks `viewerCan.manageTemplates`): a name and a description, then the goal's fields and its
 * milestones, dated relative to its window, become an organization template everyone can use.
 */
export function SaveAsTemplate({ slug, goalId, goalTitle }: { slug: string; goalId: string; goalTitle: string }) {
  const { data } = useQuery(TemplatePermissionQuery, { variables: { slug } });
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(goalTitle);
  const [description, setDescription] = useState("");
  const [errors, setErrors] = useState<{ name?: string; description?: string; form?: string }>({});
  const [saved, setSaved] = useState<string | null>(null);
  const [save, saving] = useMutation(SaveGoalAsTemplateMutation, { refetchQueries: ["OrgTemplates"] });

  if (!data?.organization.viewerCan.manageTemplates) return null;

  const close = () => {
    setOpen(false);
    setErrors({});
  };

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    try {
      const result = await save({ variables: { input: { goalId, name, description } } });
      setSaved(result.data?.saveGoalAsTemplate.template.name ?? name);
      close();
    } catch (error) {
      const { fieldErrors, formError } = formErrorsFrom(error, ["name", "description"]);
      setErrors({ ...fieldErrors, form: formError });
    }
  }

  return (
    <>
      <Button
        onClick={() => {
          setName(goalTitle);
          setSaved(null);
          setOpen(true);
        }}
      >
        Save as template
      </Button>
      <p role="status" className={saved ? "basis-full text-sm text-green-700" : "sr-only"}>
        {saved ? (
          <>
            Saved “{saved}” as a template.{" "}
            <Link href={`/o/${encodeURIComponent(slug)}/templates`} className="font-medium underline">
              Templates
            </Link>
          </>
        ) : null}
      </p>
      <Dialog
        open={open}
        busy={saving.loading}
        onClose={close}
        title="Save as template"
        description="Its fields and milestones are kept, with due dates relative to the goal's start and target, for anyone in the organization to start from."
      >
        <form onSubmit={submit} noValidate className="space-y-4">
          {errors.form ? <Alert tone="error">{errors.form}</Alert> : null}
          <TextField label="Name" name="name" required maxLength={80} value={name} error={errors.name} onChange={(e) => setName(e.target.value)} />
          <TextArea
            label="Description (optional)"
            name="description"
            rows={3}
            maxLength={500}
            value={description}
            error={errors.description}
            onChange={(e) => setDescription(e.target.value)}
          />
          <div className="flex justify-end gap-2">
            <Button variant="ghost" onClick={close} disabled={saving.loading}>
              Cancel
            </Button>
            <Button type="submit" variant="primary" loading={saving.loading}>
              Save template
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
