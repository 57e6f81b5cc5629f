"use client";

import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { Badge } from "@/app/_components/Badge";
import { Button } from "@/app/_components/Button";
import { Card } from "@/app/_components/Card";
import { ConfirmDialog } from "@/app/_components/ConfirmDialog";
import { errorMessage } from "@/app/_components/form-errors";
import { LoadError } from "@/app/_components/LoadError";
import { PageHeader } from "@/app/_components/PageHeader";
import { Skeleton } from "@/app/_components/Skeleton";
import { DeleteTemplateMutation, OrgTemplatesQuery, type TemplateData } from "@/app/_components/templates/template-fields";
import { describeDue } from "@/domain/templates/expand.ts";
import { TemplateRenameDialog } from "./template-rename-dialog";
import { Separated } from "@/app/_components/separated";

/**
 * Every template of the organization: the built-ins, then its own (saved from goals with "Save as
 * template"). Everyone uses them; those who manage templates (`viewerCan.manageTemplates`) rename
 * and delete the organization's own.
 */
export function TemplatesPage({ slug }: { slug: string }) {
  const { data, error, loading, refetch } = useQuery(OrgTemplatesQuery, { variables: { slug } });
  const [renaming, setRenaming] = useState<TemplateData | null>(null);
  const [deleting, setDeleting] = useState<TemplateData | null>(null);
  const [remove, removed] = useMutation(DeleteTemplateMutation, { refetchQueries: ["OrgTemplates"], awaitRefetchQueries: true });
  const [deleteError, setDeleteError] = useState<string | null>(null);

  const header = (
    <PageHeader
      title="Templates"
      description="Start goals and milestone plans from a template: on a goal, “Add from template”; on a new goal, “Start from a template”."
    />
  );
  if (!data && loading) {
    return (
      <div className="mx-auto max-w-5xl">
        {header}
        <Skeleton className="h-40" />
      </div>
    );
  }
  if (!data) {
    return (
      <div className="mx-auto max-w-5xl">
        {header}
        <LoadError title="Templates could not be loaded" error={error} onRetry={() => void refetch()} />
      </div>
    );
  }

  const templates = data.organization.templates;
  const own = templates.filter((t) => !t.builtIn);
  const builtIn = templates.filter((t) => t.builtIn);
  const canManage = data.organization.viewerCan.manageTemplates;

  return (
    <div className="mx-auto max-w-5xl space-y-8">
      {header}
      <section aria-labelledby="own-templates">
        <h2 id="own-templates" className="mb-3 text-base font-semibold text-slate-900">
          This organization’s templates
        </h2>
        {own.length === 0 ? (
          <Card>
            <p className="text-sm text-slate-600">
              None yet.{" "}
              {canManage
                ? "Open a goal and choose “Save as template” to keep its fields and milestones for the next one."
                : "Admins can save any goal as a template."}
            </p>
          </Card>
        ) : (
          <ul className="space-y-3">
            {own.map((t) => (
              <TemplateItem
                key={t.id}
                template={t}
                actions={
                  t.viewerCanManage ? (
                    <>
                      <Button size="sm" onClick={() => setRenaming(t)} aria-label={`Rename ${t.name}`}>
                        Rename
                      </Button>
                      <Button size="sm" variant="danger" onClick={() => { setDeleteError(null); setDeleting(t); }} aria-label={`Delete ${t.name}`}>
                        Delete
                      </Button>
                    </>
                  ) : null
                }
              />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="built-in-templates">
        <h2 id="built-in-templates" className="mb-3 text-base font-semibold text-slate-900">
          Built in
        </h2>
        <ul className="space-y-3">
          {builtIn.map((t) => (
            <TemplateItem key={t.id} template={t} />
          ))}
        </ul>
      </section>

      {renaming ? <TemplateRenameDialog key={renaming.id} template={renaming} onClose={() => setRenaming(null)} /> : null}
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete “${deleting?.name ?? ""}”?`}
        description="Goals made from it keep their milestones. Nobody can start from it any more."
        confirmLabel="Delete template"
        tone="danger"
        loading={removed.loading}
        error={deleteError}
        onCancel={() => setDeleting(null)}
        onConfirm={async () => {
          if (!deleting) return;
          try {
            await remove({ variables: { input: { templateId: deleting.id } } });
            setDeleting(null);
          } catch (e) {
            setDeleteError(errorMessage(e));
          }
        }}
      />
    </div>
  );
}

function TemplateItem({ template, actions }: { template: TemplateData; actions?: React.ReactNode }) {
  return (
    <li>
      <Card>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0">
            <h3 className="font-medium text-slate-900">
              {template.name}{" "}
              <Badge tone={template.kind === "GOAL" ? "indigo" : "neutral"} className="ml-1 align-middle">
                {template.kind === "GOAL" ? "Goal" : "Milestones"}
              </Badge>
            </h3>
            {template.description ? <p className="mt-1 text-sm text-slate-600">{template.description}</p> : null}
          </div>
          {actions ? <div className="flex gap-2">{actions}</div> : null}
        </div>
        {template.milestones.length ? (
          <details className="mt-3 text-sm">
            <summary className="cursor-pointer text-slate-700">{template.milestones.length} milestones</summary>
            <ol className="mt-2 space-y-1 pl-5 text-slate-600 [list-style:decimal]">
              {template.milestones.map((m) => (
                <li key={m.key}>
                  <Separated>
                    <span className="text-slate-800">{m.title}</span>
                    {describeDue(m.due)}
                    {m.kind === "APPROVAL" ? "approval" : null}
                  </Separated>
                </li>
              ))}
            </ol>
          </details>
        ) : null}
      </Card>
    </li>
  );
}
