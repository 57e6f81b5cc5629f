"use client";

import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { Badge } from "@/app/_components/Badge";
import { Button } from "@/app/_components/Button";
import { ConfirmDialog } from "@/app/_components/ConfirmDialog";
import { Dialog } from "@/app/_components/Dialog";
import { Checkbox, TextField } from "@/app/_components/fields";
import { Alert } from "@/app/_components/Alert";
import { errorMessage, type FormErrors, formErrorsFrom, noErrors } from "@/app/_components/form-errors";
import { CreateSavedViewMutation, DeleteSavedViewMutation, SavedViewsQuery, UpdateSavedViewMutation } from "@/app/_components/saved-views/operations";
import { sameFilters } from "@/app/_components/saved-views/view-href";
import { type DashboardParams, isFiltered } from "./dashboard-url";

const MAX_NAME = 80;

/**
 * Above the dashboard's filters: save the current filters as a named view (personal, or shared
 * with the organization when the API says you may), and rename or delete the saved view the
 * dashboard shows now. The list of views lives in the org nav's "Views" menu.
 */
export function SavedViewsBar({ slug, params }: { slug: string; params: DashboardParams }) {
  const { data } = useQuery(SavedViewsQuery, { variables: { slug } });
  const org = data?.organization;
  const current = org?.savedViews.find((v) => sameFilters(v.filters, params));
  const [dialog, setDialog] = useState<"save" | "rename" | "delete" | null>(null);

  return (
    <div className="mb-3 flex flex-wrap items-center gap-2 print:hidden">
      {current ? (
        <p className="flex min-w-0 items-center gap-2 text-sm text-slate-700">
          <span className="text-slate-500">Saved view:</span>
          <span dir="auto" className="min-w-0 truncate font-medium text-slate-900">
            {current.name}
          </span>
          <Badge tone={current.shared ? "indigo" : "neutral"}>{current.shared ? "Shared" : "Personal"}</Badge>
        </p>
      ) : null}
      <div className="ml-auto flex flex-wrap gap-2">
        {current?.viewerCanEdit ? (
          <Button size="sm" variant="ghost" onClick={() => setDialog("rename")}>
            Rename view
          </Button>
        ) : null}
        {current?.viewerCanDelete ? (
          <Button size="sm" variant="ghost" onClick={() => setDialog("delete")}>
            Delete view
          </Button>
        ) : null}
        <Button
          size="sm"
          variant="secondary"
          disabled={!org || !isFiltered(params) || !!current}
          title={!isFiltered(params) ? "Choose some filters first" : current ? "These filters are saved already" : undefined}
          onClick={() => setDialog("save")}
        >
          Save view
        </Button>
      </div>
      {org ? (
        <>
          <SaveViewDialog
            open={dialog === "save"}
            organizationId={org.id}
            organizationName={org.name}
            canShare={org.viewerCan.shareViews}
            params={params}
            onClose={() => setDialog(null)}
          />
          {current ? (
            <>
              <RenameViewDialog key={current.id} open={dialog === "rename"} view={current} onClose={() => setDialog(null)} />
              <DeleteViewDialog open={dialog === "delete"} view={current} onClose={() => setDialog(null)} />
            </>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

function SaveViewDialog({
  open,
  organizationId,
  organizationName,
  canShare,
  params,
  onClose,
}: {
  open: boolean;
  organizationId: string;
  organizationName: string;
  canShare: boolean;
  params: DashboardParams;
  onClose: () => void;
}) {
  const [name, setName] = useState("");
  const [shared, setShared] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [save, { loading }] = useMutation(CreateSavedViewMutation, { refetchQueries: ["SavedViews"], awaitRefetchQueries: true });

  const close = () => {
    setName("");
    setShared(false);
    setErrors(noErrors);
    onClose();
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return setErrors({ fieldErrors: { name: "Give the view a name." } });
    try {
      await save({ variables: { input: { organizationId, name, shared, filters: params } } });
      close();
    } catch (error) {
      setErrors(formErrorsFrom(error, ["name", "shared"]));
    }
  }

  return (
    <Dialog open={open} title="Save this view" description="The dashboard's current filters, under a name of your choice." busy={loading} onClose={close}>
      <form onSubmit={submit} noValidate className="space-y-4">
        {errors.formError ? <Alert>{errors.formError}</Alert> : null}
        <TextField
          label="Name"
          value={name}
          maxLength={MAX_NAME + 20}
          onChange={(e) => setName(e.target.value)}
          error={errors.fieldErrors.name ?? (name.trim().length > MAX_NAME ? `Names must be at most ${MAX_NAME} characters.` : undefined)}
          description={`${name.trim().length}/${MAX_NAME}`}
          dir="auto"
          required
        />
        {canShare ? (
          <Checkbox
            label={`Share with ${organizationName}`}
            description="Everyone in the organization sees it in their Views menu. Otherwise only you do."
            checked={shared}
            onChange={(e) => setShared(e.target.checked)}
          />
        ) : (
          <p className="text-sm text-slate-500">Only you will see this view. Stakeholders keep personal views.</p>
        )}
        <div className="flex justify-end gap-2">
          <Button onClick={close} disabled={loading}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" loading={loading}>
            Save view
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

type View = { id: string; name: string; shared: boolean };

function RenameViewDialog({ open, view, onClose }: { open: boolean; view: View; onClose: () => void }) {
  const [name, setName] = useState(view.name);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [rename, { loading }] = useMutation(UpdateSavedViewMutation, { refetchQueries: ["SavedViews"] });

  const close = () => {
    setErrors(noErrors);
    onClose();
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return setErrors({ fieldErrors: { name: "Give the view a name." } });
    try {
      await rename({ variables: { input: { savedViewId: view.id, name } } });
      close();
    } catch (error) {
      setErrors(formErrorsFrom(error, ["name"]));
    }
  }

  return (
    <Dialog open={open} title="Rename view" busy={loading} onClose={close}>
      <form onSubmit={submit} noValidate className="space-y-4">
        {errors.formError ? <Alert>{errors.formError}</Alert> : null}
        <TextField label="Name" value={name} onChange={(e) => setName(e.target.value)} error={errors.fieldErrors.name} dir="auto" required />
        <div className="flex justify-end gap-2">
          <Button onClick={close} disabled={loading}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" loading={loading}>
            Rename
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

function DeleteViewDialog({ open, view, onClose }: { open: boolean; view: View; onClose: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [remove, { loading }] = useMutation(DeleteSavedViewMutation, { refetchQueries: ["SavedViews"] });
  return (
    <ConfirmDialog
      open={open}
      title={`Delete “${view.name}”?`}
      description={view.shared ? "It disappears from everyone's Views menu. The goals are not touched." : "The goals are not touched."}
      confirmLabel="Delete view"
      loading={loading}
      error={error}
      onCancel={() => {
        setError(null);
        onClose();
      }}
      onConfirm={async () => {
        try {
          await remove({ variables: { input: { savedViewId: view.id } } });
          onClose();
        } catch (e) {
          setError(errorMessage(e));
        }
      }}
    />
  );
}
