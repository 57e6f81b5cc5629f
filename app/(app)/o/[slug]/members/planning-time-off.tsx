"use client";

import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { Alert } from "@/app/_components/Alert";
import { Button } from "@/app/_components/Button";
import { TextField } from "@/app/_components/fields";
import { errorMessage } from "@/app/_components/form-errors";
import { formatDate } from "@/app/_components/format";
import { useApiForm } from "@/app/_components/use-api-form";
import { addTimeOffInput } from "@/domain/schemas/planning.ts";
import { AddTimeOffMutation, RemoveTimeOffMutation } from "./planning-operations";

type Values = { startDate: string; endDate: string; note: string };
type TimeOff = { id: string; startDate: string; endDate: string; note: string };

const FIELDS = ["startDate", "endDate", "note"] as const;
const blank: Values = { startDate: "", endDate: "", note: "" };
const resolver = zodResolver(addTimeOffInput, undefined, { raw: true });

/** A member's time off: the ranges, each removable, and a small form adding one. */
export function PlanningTimeOff({ organizationId, userId, timeOff }: { organizationId: string; userId: string; timeOff: readonly TimeOff[] }) {
  const [add] = useMutation(AddTimeOffMutation);
  const [remove] = useMutation(RemoveTimeOffMutation);
  const [removing, setRemoving] = useState<string | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const { form, field, formError, submitWith } = useApiForm<Values>({
    defaultValues: blank,
    resolver: resolver as unknown as import("react-hook-form").Resolver<Values>,
    fields: FIELDS,
  });

  const onSubmit = submitWith(async (values) => {
    await add({ variables: { input: { organizationId, userId, ...values } } });
    form.reset(blank);
  });

  return (
    <section aria-labelledby={`time-off-${userId}`} className="mt-6 border-t border-slate-100 pt-5">
      <h3 id={`time-off-${userId}`} className="text-sm font-semibold text-slate-900">
        Time off
      </h3>
      {removeError ? (
        <Alert tone="error" className="mt-2">
          {removeError}
        </Alert>
      ) : null}
      {timeOff.length ? (
        <ul className="mt-2 divide-y divide-slate-100 text-sm">
          {timeOff.map((t) => (
            <li key={t.id} className="flex items-center justify-between gap-3 py-2">
              <span className="min-w-0">
                <span className="text-slate-800">
                  {formatDate(t.startDate)} – {formatDate(t.endDate)}
                </span>
                {t.note ? <span className="ml-2 text-slate-500" dir="auto">{t.note}</span> : null}
              </span>
              <Button
                size="sm"
                variant="ghost-danger"
                loading={removing === t.id}
                aria-label={`Remove time off ${formatDate(t.startDate)} – ${formatDate(t.endDate)}`}
                onClick={async () => {
                  setRemoving(t.id);
                  setRemoveError(null);
                  try {
                    await remove({ variables: { input: { timeOffId: t.id } } });
                  } catch (e) {
                    setRemoveError(errorMessage(e));
                  } finally {
                    setRemoving(null);
                  }
                }}
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-sm text-slate-500">None planned.</p>
      )}
      <form onSubmit={onSubmit} noValidate className="mt-3 space-y-3" aria-label="Add time off">
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField label="First day off" type="date" {...field("startDate")} />
          <TextField label="Last day off" type="date" {...field("endDate")} />
        </div>
        <TextField label="Note (optional)" {...field("note")} maxLength={200} />
        <div className="flex justify-end">
          <Button type="submit" size="sm" loading={form.formState.isSubmitting}>
            Add time off
          </Button>
        </div>
      </form>
    </section>
  );
}
