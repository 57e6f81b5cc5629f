"use client";

import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, useId, useRef, useState } from "react";
import { Alert } from "@/app/_components/Alert";
import { Avatar } from "@/app/_components/Avatar";
import { Button } from "@/app/_components/Button";
import { Card } from "@/app/_components/Card";
import { cx } from "@/app/_components/cx";
import { TextArea, TextField } from "@/app/_components/fields";
import { type FormErrors, errorMessage, formErrorsFrom, noErrors } from "@/app/_components/form-errors";
import { formatDayIn, formatDateTimeIn, formatRelative } from "@/app/_components/format";
import { type Health, HEALTH_LABELS, HealthBadge } from "@/app/_components/HealthBadge";
import { LoadMore } from "@/app/_components/LoadMore";
import { Skeleton } from "@/app/_components/Skeleton";
import { useLoadMore } from "@/app/_components/use-load-more";
import { formatMetric } from "./goal-labels";
import { CHECK_INS_PAGE, CreateCheckInMutation, GoalCheckInsQuery } from "./operations";
import type { CheckInsGoal } from "./check-ins-fields";

/** What an owner can say in a check-in: the three pace levels (NOT_ENOUGH_DATA is computed only). */
type Confidence = Exclude<Health, "NOT_ENOUGH_DATA">;
const CONFIDENCES: Confidence[] = ["ON_TRACK", "AT_RISK", "OFF_TRACK"];
const FIELDS = ["value", "confidence", "note"] as const;

const radioStyles: Record<Confidence, string> = {
  ON_TRACK: "has-checked:border-emerald-500 has-checked:bg-emerald-50 has-checked:text-emerald-800",
  AT_RISK: "has-checked:border-amber-500 has-checked:bg-amber-50 has-checked:text-amber-900",
  OFF_TRACK: "has-checked:border-red-500 has-checked:bg-red-50 has-checked:text-red-800",
};
const dotStyles: Record<Confidence, string> = { ON_TRACK: "bg-emerald-500", AT_RISK: "bg-amber-500", OFF_TRACK: "bg-red-500" };

/** "How is it going?": the check-in form (editors, open goals) and the history, newest first. */
export function CheckIns({ goal, canEdit, timeZone }: { goal: CheckInsGoal; canEdit: boolean; timeZone: string }) {
  const metric = goal.kind === "METRIC";
  return (
    <Card padded={false}>
      <div className="px-5 pt-5 sm:px-6 sm:pt-6">
        <h2 id="check-ins-heading" className="text-base font-semibold text-slate-900">
          Check-ins
        </h2>
        <p className="mt-1 text-sm text-slate-500">
          {metric
            ? "The latest check-in sets the current value and the owner's confidence."
            : "The latest check-in sets the owner's confidence; progress comes from the milestones."}
        </p>
      </div>
      {canEdit ? <CheckInForm goal={goal} /> : null}
      <CheckInHistory goal={goal} timeZone={timeZone} />
    </Card>
  );
}

function CheckInForm({ goal }: { goal: CheckInsGoal }) {
  const metric = goal.kind === "METRIC";
  const [value, setValue] = useState("");
  const [confidence, setConfidence] = useState<Health | "">(goal.confidence ?? "");
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [saved, setSaved] = useState("");
  const formRef = useRef<HTMLFormElement>(null);
  const legendId = useId();
  const confidenceErrorId = useId();
  const [createCheckIn, { loading }] = useMutation(CreateCheckInMutation, {
    refetchQueries: ["GoalCheckIns", "GoalActivity"],
  });

  const clearError = (field: string) =>
    setErrors((prev) => {
      if (!prev.fieldErrors[field]) return prev;
      const fieldErrors = { ...prev.fieldErrors };
      delete fieldErrors[field];
      return { ...prev, fieldErrors };
    });

  const focusFirst = (fieldErrors: Record<string, string>) => {
    const first = FIELDS.find((f) => fieldErrors[f]);
    if (!first) return;
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus());
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved("");
    const fieldErrors: Record<string, string> = {};
    const number = value.trim() === "" ? null : Number(value);
    if (metric && number === null) fieldErrors.value = `Enter the current value${goal.unit ? ` in ${goal.unit}` : ""}.`;
    else if (metric && !Number.isFinite(number)) fieldErrors.value = "Enter a number.";
    if (!confidence) fieldErrors.confidence = "Choose how confident you are.";
    if (Object.keys(fieldErrors).length) {
      setErrors({ fieldErrors });
      focusFirst(fieldErrors);
      return;
    }
    setErrors(noErrors);
    try {
      await createCheckIn({
        variables: {
          input: {
            goalId: goal.id,
            confidence: confidence as Confidence,
            note: note.trim() || undefined,
            ...(metric ? { value: number } : {}),
          },
        },
      });
      setValue("");
      setNote("");
      setSaved("Check-in saved.");
    } catch (error) {
      const next = formErrorsFrom(error, FIELDS);
      setErrors(next);
      focusFirst(next.fieldErrors);
    }
  }

  const lastValue = formatMetric(goal.currentValue, goal.unit);
  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={submit}
      aria-label="Check in"
      className="mt-5 space-y-4 border-y border-slate-200 bg-slate-50/70 px-5 py-5 sm:px-6"
    >
      {errors.formError ? <Alert tone="error">{errors.formError}</Alert> : null}
      <div className={cx("grid gap-4", metric && "sm:grid-cols-[12rem_1fr]")}>
        {metric ? (
          <TextField
            label="Current value"
            name="value"
            type="number"
            inputMode="decimal"
            step="any"
            value={value}
            onChange={(e) => {
              setValue(e.target.value);
              clearError("value");
            }}
            error={errors.fieldErrors.value}
            description={`${goal.unit ? `In ${goal.unit}. ` : ""}Now ${lastValue}.`}
            required
          />
        ) : null}
        <fieldset aria-describedby={errors.fieldErrors.confidence ? confidenceErrorId : undefined}>
          <legend id={legendId} className="text-sm font-medium text-slate-800">
            Confidence
            <span aria-hidden className="ml-0.5 text-slate-400">
              *
            </span>
          </legend>
          <div className="mt-1.5 grid grid-cols-3 gap-2">
            {CONFIDENCES.map((c) => (
              <label
                key={c}
                className={cx(
                  "flex cursor-pointer items-center justify-center gap-2 rounded-lg border bg-white px-2 py-2 text-sm font-medium text-slate-700 shadow-xs transition-colors",
                  "hover:bg-slate-50 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-indigo-600",
                  errors.fieldErrors.confidence ? "border-red-400" : "border-slate-300",
                  radioStyles[c],
                )}
              >
                <input
                  type="radio"
                  name="confidence"
                  value={c}
                  checked={confidence === c}
                  onChange={() => {
                    setConfidence(c);
                    clearError("confidence");
                  }}
                  className="sr-only"
                />
                <span aria-hidden className={cx("size-2 shrink-0 rounded-full", dotStyles[c])} />
                <span className="truncate">{HEALTH_LABELS[c]}</span>
              </label>
            ))}
          </div>
          {errors.fieldErrors.confidence ? (
            <p id={confidenceErrorId} role="alert" className="mt-1.5 text-sm text-red-600">
              {errors.fieldErrors.confidence}
            </p>
          ) : null}
        </fieldset>
      </div>
      <TextArea
        label="Note"
        name="note"
        rows={3}
        maxLength={5000}
        value={note}
        onChange={(e) => {
          setNote(e.target.value);
          clearError("note");
        }}
        error={errors.fieldErrors.note}
        placeholder="What moved, what's in the way, what's next"
      />
      <div className="flex flex-wrap items-center justify-end gap-3">
        <p aria-live="polite" className="text-sm text-emerald-700">
          {saved}
        </p>
        <Button type="submit" variant="primary" loading={loading}>
          Save check-in
        </Button>
      </div>
    </form>
  );
}

function CheckInHistory({ goal, timeZone }: { goal: CheckInsGoal; timeZone: string }) {
  const query = useQuery(GoalCheckInsQuery, {
    variables: { id: goal.id, first: CHECK_INS_PAGE },
  });
  const { data, loading, error, refetch } = query;
  const more = useLoadMore(query, {
    connection: (data) => data.goal.checkIns,
    withConnection: (data, checkIns) => ({ ...data, goal: { ...data.goal, checkIns } }),
  });
  const connection = data?.goal.checkIns;

  if (!connection && loading) {
    return (
      <div role="status" aria-label="Loading check-ins…" className="space-y-4 px-5 py-5 sm:px-6">
        {[0, 1].map((i) => (
          <div key={i} className="flex gap-3">
            <Skeleton className="size-8 rounded-full" />
            <div className="flex-1 space-y-2">
              <Skeleton className="h-3.5 w-1/3" />
              <Skeleton className="h-3 w-2/3" />
            </div>
          </div>
        ))}
      </div>
    );
  }
  if (!connection) {
    return (
      <div className="px-5 py-5 sm:px-6">
        <Alert
          tone="error"
          action={
            <Button size="sm" onClick={() => void refetch()}>
              Try again
            </Button>
          }
        >
          Couldn&apos;t load check-ins. {errorMessage(error)}
        </Alert>
      </div>
    );
  }
  if (connection.edges.length === 0) {
    return (
      <p className="px-5 py-6 text-sm text-slate-500 sm:px-6">
        No check-ins yet. {goal.viewerCan.edit && !goal.isClosed && !goal.archivedAt ? "Record the first one above." : ""}
      </p>
    );
  }

  return (
    <div className="px-5 pb-5 sm:px-6">
      <h3 className="sr-only">History</h3>
      <ol className="divide-y divide-slate-100" aria-label="Check-in history">
        {connection.edges.map(({ node }) => (
          <li key={node.id} className="flex gap-3 py-4">
            <Avatar name={node.author.name} size="sm" decorative />
            <div className="min-w-0 flex-1">
              <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                <span className="text-sm font-medium text-slate-900">{node.author.name}</span>
                <time dateTime={node.createdAt} title={formatDateTimeIn(node.createdAt, timeZone)} className="text-sm text-slate-500">
                  {formatDayIn(node.createdAt, timeZone)}
                  {/* "3 days ago" may turn over between the server render and the browser's. */}
                  <span className="text-slate-500" suppressHydrationWarning>
                    {" "}
                    · {formatRelative(node.createdAt)}
                  </span>
                </time>
                <HealthBadge health={node.confidence} className="ml-auto" />
              </div>
              {node.value != null ? (
                <p className="mt-1 text-sm text-slate-700">
                  Value <span className="font-semibold text-slate-900 tabular-nums">{formatMetric(node.value, goal.unit)}</span>
                </p>
              ) : null}
              {node.note ? (
                <p dir="auto" className="mt-1 text-sm leading-relaxed break-words whitespace-pre-line text-slate-600">{node.note}</p>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
      <LoadMore
        placement="card"
        hasMore={connection.pageInfo.hasNextPage}
        loading={more.loadingMore}
        error={more.error}
        onLoadMore={more.loadMore}
        shown={connection.edges.length}
        total={connection.totalCount}
        noun="check-in"
        what="check-ins"
      />
    </div>
  );
}
