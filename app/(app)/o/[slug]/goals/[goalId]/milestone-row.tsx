"use client";

import { useId, useLayoutEffect, useRef } from "react";
import { Badge } from "@/app/_components/Badge";
import { Button } from "@/app/_components/Button";
import { cx } from "@/app/_components/cx";
import { formatDate } from "@/app/_components/format";
import type { ResultOf } from "@/graphql/client/graphql";
import { dueHint } from "../dates";
import { Icon } from "../icons";
import type { MilestoneFields } from "../operations";
import { AssigneePicker, AssigneeStack, type Person } from "./assignee-picker";
import { MilestoneForm, type MilestoneFormValues } from "./milestone-form";

export type MilestoneData = ResultOf<typeof MilestoneFields>;
export type MilestoneStatus = MilestoneData["status"];

export const STATUS_LABELS: Record<MilestoneStatus, string> = {
  PLANNED: "Planned",
  IN_PROGRESS: "In progress",
  DONE: "Done",
};

const statusStyles: Record<MilestoneStatus, string> = {
  PLANNED: "bg-slate-50 text-slate-700 ring-slate-300",
  IN_PROGRESS: "bg-sky-50 text-sky-800 ring-sky-300",
  DONE: "bg-emerald-50 text-emerald-800 ring-emerald-300",
};

const statusBadgeTone = { PLANNED: "neutral", IN_PROGRESS: "blue", DONE: "green" } as const;

export type MilestoneRowProps = {
  milestone: MilestoneData;
  canEdit: boolean;
  index: number;
  count: number;
  timeZone: string;
  editing: boolean;
  minDate?: string;
  candidates: readonly Person[] | undefined;
  membersHref: string;
  assigneeBusy: ReadonlySet<string>;
  assigneeError?: string | null;
  onEdit: () => void;
  onCancelEdit: () => void;
  onSave: (values: MilestoneFormValues) => Promise<void>;
  onDelete: () => void;
  onMove: (direction: "up" | "down") => void;
  onStatus: (status: MilestoneStatus) => void;
  onToggleDone: (done: boolean) => void;
  onToggleAssignee: (person: Person, assign: boolean) => void;
};

export function MilestoneRow(props: MilestoneRowProps) {
  const { milestone: m, index, count, timeZone, editing } = props;
  const canEdit = props.canEdit;
  const done = m.status === "DONE";
  const hint = dueHint(m, timeZone);
  const titleId = useId();

  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const pendingFocus = useRef<"up" | "down" | null>(null);
  const wasEditing = useRef(editing);

  // Keyboard reorder: keep focus on the arrow that was pressed as the row moves (or on the other
  // arrow once the row reaches the top or bottom and this one becomes disabled).
  useLayoutEffect(() => {
    const dir = pendingFocus.current;
    if (!dir) return;
    pendingFocus.current = null;
    const target = dir === "up" ? (index > 0 ? upRef : downRef) : index < count - 1 ? downRef : upRef;
    target.current?.focus();
  }, [index, count]);

  // Leaving the inline editor puts focus back on the row's Edit button.
  useLayoutEffect(() => {
    if (wasEditing.current && !editing) editRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  if (editing) {
    return (
      <li className="bg-indigo-50/40 px-5 py-5 sm:px-6">
        <MilestoneForm
          mode="edit"
          initial={{ title: m.title, dueDate: m.dueDate, description: m.description }}
          minDate={props.minDate}
          onSubmit={props.onSave}
          onCancel={props.onCancelEdit}
        />
      </li>
    );
  }

  const move = (direction: "up" | "down") => {
    pendingFocus.current = direction;
    props.onMove(direction);
  };

  return (
    <li
      aria-labelledby={titleId}
      className={cx("group flex gap-3 px-5 py-4 sm:gap-4 sm:px-6", m.isOverdue && "bg-red-50/30")}
    >
      <div className="pt-0.5">
        {canEdit ? (
          <>
            <label htmlFor={`${titleId}-done`} className="sr-only">
              Done: {m.title}
            </label>
            <input
              id={`${titleId}-done`}
              type="checkbox"
              checked={done}
              onChange={(e) => props.onToggleDone(e.target.checked)}
              className="size-5 cursor-pointer rounded border-slate-300 accent-emerald-600"
            />
          </>
        ) : (
          <span
            role="img"
            aria-label={done ? "Done" : "Not done"}
            className={cx(
              "flex size-5 items-center justify-center rounded-full",
              done ? "bg-emerald-500 text-white" : "border-2 border-slate-300",
            )}
          >
            {done ? <Icon name="check" className="size-3.5" /> : null}
          </span>
        )}
      </div>

      {/* Small screens: title, then the due/status/people line, then the actions; wide: actions top right. */}
      <div className="flex min-w-0 flex-1 flex-wrap items-start gap-x-3">
        <div className="order-1 min-w-0 basis-full sm:basis-0 sm:flex-1">
          <p
            id={titleId}
            className={cx(
              "font-medium break-words",
              done ? "text-slate-500 line-through decoration-slate-400" : "text-slate-900",
            )}
          >
            {m.title}
          </p>
          {m.description ? (
            <p className="mt-0.5 text-sm break-words whitespace-pre-line text-slate-600">{m.description}</p>
          ) : null}
        </div>

        {canEdit ? (
          <div className="order-3 mt-2 -mr-2 ml-auto flex shrink-0 items-center sm:order-2 sm:-mt-1">
            <Button
              ref={upRef}
              variant="ghost"
              size="sm"
              className="px-1.5"
              aria-label={`Move ${m.title} up`}
              title="Move up"
              disabled={index === 0}
              onClick={() => move("up")}
              icon={<Icon name="up" />}
            />
            <Button
              ref={downRef}
              variant="ghost"
              size="sm"
              className="px-1.5"
              aria-label={`Move ${m.title} down`}
              title="Move down"
              disabled={index === count - 1}
              onClick={() => move("down")}
              icon={<Icon name="down" />}
            />
            <Button
              ref={editRef}
              variant="ghost"
              size="sm"
              className="px-1.5"
              aria-label={`Edit ${m.title}`}
              title="Edit"
              onClick={props.onEdit}
              icon={<Icon name="pencil" />}
            />
            <Button
              variant="ghost-danger"
              size="sm"
              className="px-1.5"
              aria-label={`Delete ${m.title}`}
              title="Delete"
              onClick={props.onDelete}
              icon={<Icon name="trash" />}
            />
          </div>
        ) : null}

        <div className="order-2 mt-2.5 flex basis-full flex-wrap items-center gap-x-4 gap-y-2 text-sm sm:order-3">
          <span className={cx("inline-flex items-center gap-1.5", m.isOverdue ? "text-red-700" : "text-slate-600")}>
            <Icon name="calendar" className={cx("size-4", m.isOverdue ? "text-red-500" : "text-slate-400")} />
            <span>
              Due <time dateTime={m.dueDate}>{formatDate(m.dueDate)}</time>
              {hint ? (
                <span
                  className={cx(
                    "ml-1.5",
                    hint.tone === "overdue" && "font-medium text-red-700",
                    hint.tone === "soon" && "font-medium text-amber-700",
                    hint.tone === "normal" && "text-slate-400",
                  )}
                >
                  · {hint.text}
                </span>
              ) : null}
            </span>
          </span>
          {m.isOverdue ? <Badge tone="red">Overdue</Badge> : null}
          {done && m.completedAt ? (
            <span className="text-slate-500">Completed {formatDate(m.completedAt)}</span>
          ) : null}

          <span className="flex flex-1 items-center justify-end gap-3">
            {canEdit ? (
              <StatusSelect title={m.title} status={m.status} onChange={props.onStatus} />
            ) : (
              <Badge tone={statusBadgeTone[m.status]}>{STATUS_LABELS[m.status]}</Badge>
            )}
            <span className="flex items-center gap-2">
              <AssigneeStack people={m.assignees} />
              {canEdit ? (
                <AssigneePicker
                  milestoneTitle={m.title}
                  assignees={m.assignees}
                  candidates={props.candidates}
                  membersHref={props.membersHref}
                  busyIds={props.assigneeBusy}
                  error={props.assigneeError}
                  onToggle={props.onToggleAssignee}
                />
              ) : null}
            </span>
          </span>
        </div>
      </div>
    </li>
  );
}

function StatusSelect({
  title,
  status,
  onChange,
}: {
  title: string;
  status: MilestoneStatus;
  onChange: (status: MilestoneStatus) => void;
}) {
  const id = useId();
  return (
    <span className="relative inline-flex">
      <label htmlFor={id} className="sr-only">
        Status of {title}
      </label>
      <select
        id={id}
        value={status}
        onChange={(e) => onChange(e.target.value as MilestoneStatus)}
        className={cx(
          "h-8 appearance-none rounded-full border-0 py-0 pr-7 pl-3 text-xs font-medium ring-1 ring-inset",
          "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600",
          statusStyles[status],
        )}
      >
        {(Object.keys(STATUS_LABELS) as MilestoneStatus[]).map((s) => (
          <option key={s} value={s}>
            {STATUS_LABELS[s]}
          </option>
        ))}
      </select>
      <Icon name="down" className="pointer-events-none absolute top-1/2 right-2 size-3.5 -translate-y-1/2 opacity-60" />
    </span>
  );
}
