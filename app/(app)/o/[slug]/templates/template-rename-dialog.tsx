"use client";

import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { Alert } from "@/app/_components/Alert";
import { Button } from "@/app/_components/Button";
import { Dialog } from "@/app/_components/Dialog";
import { TextArea, TextField } from "@/app/_components/fields";
import { formErrorsFrom } from "@/app/_components/form-errors";
import { UpdateTemplateMutation, type TemplateData } from "@/app/_components/templates/template-fields";

/** Rename an organization template or change its description; errors beside the field. */
export function TemplateRenameDialog({ template, onClose }: { template: TemplateData | null; onClose: () => void }) {
  const [name, setName] = useState(template?.name ?? "");
  const [description, setDescription] = useState(template?.description ?? "");
  const [errors, setErrors] = useState<{ name?: string; description?: string; form?: string }>({});
  const [update, updating] = useMutation(UpdateTemplateMutation);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!template) return;
    try {
      await update({ variables: { input: { templateId: template.id, name, description } } });
      onClose();
    } catch (error) {
      const { fieldErrors, formError } = formErrorsFrom(error, ["name", "description"]);
      setErrors({ ...fieldErrors, form: formError });
    }
  }

  return (
    <Dialog open={template !== null} busy={updating.loading} onClose={onClose} title="Rename template">
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
          <Button variant="ghost" onClick={onClose} disabled={updating.loading}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" loading={updating.loading}>
            Save
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
