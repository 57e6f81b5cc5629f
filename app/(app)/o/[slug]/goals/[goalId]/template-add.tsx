"use client";

import { useLazyQuery, useMutation } from "@apollo/client/react";
import { useParams } from "next/navigation";
import { useMemo, useState } from "react";
import { Alert } from "@/app/_components/Alert";
import { Button } from "@/app/_components/Button";
import { Dialog } from "@/app/_components/Dialog";
import { Select } from "@/app/_components/fields";
import { formErrorsFrom } from "@/app/_components/form-errors";
import { Spinner } from "@/app/_components/Spinner";
import { TemplatePreview } from "@/app/_components/templates/TemplatePreview";
import { OrgTemplatesQuery, type TemplateData } from "@/app/_components/templates/template-fields";
import { expandTemplate } from "@/domain/templates/expand.ts";
import type { Person } from "./assignee-picker";
import { AddMilestonesFromTemplateMutation } from "./template-add-operations";

/** Milestone sets, and the organization's own templates (saved goals carry their milestones too). */
const usableForMilestones = (t: TemplateData) => t.milestones.length > 0 && (t.kind === "MILESTONES" || !t.builtIn);

/**
 * "Add from template": pick a template, see its milestones dated in this goal's window (the same
 * rule the server applies, domain/templates/expand.ts), choose who approves its approval
 * milestones if it has any, then add them all in one step.
 */
export function TemplateAdd({
  goalId,
  startDate,
  targetDate,
  people,
  onAdded,
}: {
  goalId: string;
  startDate: string;
  targetDate: string;
  people: readonly Person[] | undefined;
  onAdded: (message: string) => void;
}) {
  const { slug } = useParams<{ slug: string }>();
  const [open, setOpen] = useState(false);
  const [templateId, setTemplateId] = useState("");
  const [approverId, setApproverId] = useState("");
  const [errors, setErrors] = useState<{ templateId?: string; approverId?: string; form?: string }>({});
  const [load, loaded] = useLazyQuery(OrgTemplatesQuery);
  const [add, adding] = useMutation(AddMilestonesFromTemplateMutation);

  const templates = useMemo(() => (loaded.data?.organization.templates ?? []).filter(usableForMilestones), [loaded.data]);
  const template = templates.find((t) => t.id === templateId) ?? templates[0];
  const preview = useMemo(() => (template ? expandTemplate(template.milestones, { startDate, targetDate }) : []), [template, startDate, targetDate]);
  const needsApprover = preview.some((m) => m.kind === "APPROVAL");

  const openDialog = () => {
    setOpen(true);
    void load({ variables: { slug } });
  };
  const close = () => {
    setOpen(false);
    setErrors({});
  };

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!template) return;
    if (needsApprover && !approverId) {
      setErrors({ approverId: "Choose who approves the approval milestones." });
      return;
    }
    try {
      await add({ variables: { input: { goalId, templateId: template.id, approverId: needsApprover ? approverId : undefined } } });
      close();
      onAdded(`Added ${preview.length} milestones from “${template.name}”.`);
    } catch (error) {
      const { fieldErrors, formError } = formErrorsFrom(error, ["templateId", "approverId"]);
      setErrors({ ...fieldErrors, form: formError });
    }
  }

  return (
    <>
      <Button variant="ghost" size="sm" onClick={openDialog}>
        Add from template
      </Button>
      <Dialog
        open={open}
        busy={adding.loading}
        onClose={close}
        className="max-w-2xl"
        title="Add milestones from a template"
        description="Dates are counted from this goal's start and target dates; you can change each milestone afterwards."
      >
        {loaded.error ? (
          <Alert tone="error">Templates could not be loaded. {loaded.error.message}</Alert>
        ) : !loaded.data ? (
          <p className="flex items-center gap-2 text-sm text-slate-600" role="status">
            <Spinner /> Loading templates…
          </p>
        ) : (
          <form onSubmit={submit} noValidate className="space-y-4">
            {errors.form ? <Alert tone="error">{errors.form}</Alert> : null}
            <Select
              label="Template"
              name="templateId"
              value={template?.id ?? ""}
              error={errors.templateId}
              description={template?.description || undefined}
              onChange={(e) => {
                setTemplateId(e.target.value);
                setErrors({});
              }}
            >
              {templates.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.builtIn ? t.name : `${t.name} (your organization)`}
                </option>
              ))}
            </Select>
            {preview.length ? (
              <div className="max-h-80 overflow-y-auto rounded-lg border border-slate-200 px-3">
                <TemplatePreview milestones={preview} caption={`Milestones of “${template?.name}”, dated for this goal`} />
              </div>
            ) : null}
            {needsApprover ? (
              <Select
                label="Approver"
                name="approverId"
                value={approverId}
                error={errors.approverId}
                description="Signs off the approval milestones of this template."
                onChange={(e) => setApproverId(e.target.value)}
              >
                <option value="">Choose a person…</option>
                {(people ?? []).map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </Select>
            ) : null}
            <div className="flex justify-end gap-2">
              <Button variant="ghost" onClick={close} disabled={adding.loading}>
                Cancel
              </Button>
              <Button type="submit" variant="primary" loading={adding.loading} disabled={!template}>
                {`Add ${preview.length} ${preview.length === 1 ? "milestone" : "milestones"}`}
              </Button>
            </div>
          </form>
        )}
      </Dialog>
    </>
  );
}
