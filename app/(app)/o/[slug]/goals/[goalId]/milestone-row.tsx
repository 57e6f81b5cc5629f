"use client";

import { type ReactNode, useId, useLayoutEffect, useRef, useState } from "react";
import { Avatar } from "@/app/_components/Avatar";
import { Badge } from "@/app/_components/Badge";
import { Button } from "@/app/_components/Button";
import { cx } from "@/app/_components/cx";
import { formatDate, formatDayIn } from "@/app/_components/format";
import type { ResultOf } from "@/graphql/client/graphql";
import { shortDate } from "@/domain/activity-summary.ts";
import { daysFromToday, todayIn } from "@/app/_components/goals/dates";
import { Icon } from "@/app/_components/goals/icons";
import { AssigneePicker, AssigneeStack, type Person } from "./assignee-picker";
import { Comments } from "./comments";
import { formatWeight, plural } from "./goal-labels";
import { MilestoneForm, type MilestoneFormValues } from "./milestone-form";
import type { PageMilestoneFields } from "./operations";

export type MilestoneData = ResultOf<typeof PageMilestoneFields>;
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

/** A DOM id for a milestone (Relay ids may contain "=" or "/"), for "after: …" and critical-path links. */
export const milestoneAnchor = (id: string) => `milestone-${id.replace(/[^A-Za-z0-9_-]/g, "")}`;

import { slackText } from "./critical-path-text";

/** "in 3 days" / "due today" / "5 days late": wording only; whether it is missed is the server's `isMissed`. */
function dueHint(m: MilestoneData, timeZone: string): { text: string; tone: "late" | "soon" | "normal" } | null {
  if (m.status === "DONE") return null;
  const days = daysFromToday(m.dueDate, timeZone);
  if (m.isMissed) return { text: `${plural(Math.max(1, -days), "day")} late`, tone: "late" };
  if (days <= 0) return { text: "due today", tone: "soon" };
  if (days === 1) return { text: "due tomorrow", tone: "soon" };
  if (days <= 7) return { text: `in ${plural(days, "day")}`, tone: "soon" };
  if (days <= 60) return { text: `in ${plural(days, "day")}`, tone: "normal" };
  return null;
}

export type MilestoneRowProps = {
  milestone: MilestoneData;
  canEdit: boolean;
  index: number;
  count: number;
  timeZone: string;
  editing: boolean;
  /** Remounts the edit form with the milestone's current values (after "Reload their version"). */
  formKey?: number | null;
  /** Shown above the edit form, e.g. that someone else changed the milestone meanwhile. */
  editNotice?: ReactNode;
  minDate?: string;
  targetDate?: string;
  candidates: readonly Person[] | undefined;
  meId?: string;
  others: readonly { id: string; title: string }[];
  membersHref: string;
  assigneeBusy: ReadonlySet<string>;
  assigneeError?: string | null;
  onEdit: () => void;
  onCancelEdit: () => void;
  onSave: (values: MilestoneFormValues) => Promise<void>;
  onDelete: () => void;
  onMove: (direction: "up" | "down") => void;
  onStatus: (status: MilestoneStatus, origin: Element | null) => void;
  onToggleDone: (done: boolean, origin: Element | null) => void;
  onToggleAssignee: (person: Person, assign: boolean) => void;
};

export function MilestoneRow(props: MilestoneRowProps) {
  const { milestone: m, index, count, timeZone, editing } = props;
  const canEdit = props.canEdit;
  const done = m.status === "DONE";
  const missed = m.effectiveStatus === "MISSED";
  const hint = dueHint(m, timeZone);
  const titleId = useId();

  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const pendingFocus = useRef<"up" | "down" | null>(null);
  const wasEditing = useRef(editing);
  // The milestone's discussion loads only when first opened (its own query, not the page's).
  const [commentsOpen, setCommentsOpen] = useState(false);
  const [commentCount, setCommentCount] = useState<number | null>(null);

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
      <li id={milestoneAnchor(m.id)} className="bg-indigo-50/40 px-5 py-5 sm:px-6">
        {props.editNotice ? <div className="mb-4">{props.editNotice}</div> : null}
        <MilestoneForm
          key={props.formKey ?? undefined}
          mode="edit"
          initial={{
            title: m.title,
            dueDate: m.dueDate,
            description: m.description,
            ownerId: m.owner?.id ?? "",
            weight: String(m.weight),
            durationDays: m.durationDays == null ? "" : String(m.durationDays),
            dependsOnIds: m.dependsOn.map((d) => d.id),
          }}
          minDate={props.minDate}
          targetDate={props.targetDate}
          people={props.candidates}
          meId={props.meId}
          others={props.others}
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

  const slipped = m.slipCount > 0 || m.baselineDueDate !== m.dueDate;
  const planned = !done && m.latestStart != null && m.slackDays != null;
  const today = todayIn(timeZone);

  return (
    <li
      id={milestoneAnchor(m.id)}
      aria-labelledby={titleId}
      className={cx("group flex scroll-mt-24 gap-3 px-5 py-4 target:ring-2 target:ring-indigo-400 target:ring-inset sm:gap-4 sm:px-6", missed && "bg-red-50/40")}
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
              onChange={(e) => props.onToggleDone(e.target.checked, e.currentTarget)}
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

      {/* Small screens: title, then the details, then the actions; wide: actions top right. */}
      <div className="flex min-w-0 flex-1 flex-wrap items-start gap-x-3">
        <div className="order-1 min-w-0 basis-full sm:basis-0 sm:flex-1">
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <span
              id={titleId}
              className={cx(
                "font-medium break-words",
                done ? "text-slate-500 line-through decoration-slate-400" : "text-slate-900",
              )}
            >
              <bdi>{m.title}</bdi>
            </span>
            {missed ? <Badge tone="red">Missed</Badge> : null}
            {m.isCritical ? (
              <Badge tone="indigo" title="Any delay to it delays the goal.">
                <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden className="size-3">
                  <path d="M11.983 1.907a.75.75 0 0 0-1.292-.657l-8.5 9.5A.75.75 0 0 0 2.75 12h6.572l-1.305 6.093a.75.75 0 0 0 1.292.657l8.5-9.5A.75.75 0 0 0 17.25 8h-6.572l1.305-6.093Z" />
                </svg>
                Critical path
              </Badge>
            ) : null}
            {m.startAtRisk ? (
              <Badge tone="amber" title={`It should have started by ${formatDate(m.latestStart)} to meet the target date.`}>
                Start overdue
              </Badge>
            ) : null}
          </p>
          {m.description ? (
            <p dir="auto" className="mt-0.5 text-sm break-words whitespace-pre-line text-slate-600">{m.description}</p>
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

        <div className="order-2 mt-2 basis-full space-y-1.5 text-sm sm:order-3">
          <p className="flex flex-wrap items-center gap-x-4 gap-y-1">
            <span className={cx("inline-flex items-center gap-1.5", missed ? "text-red-700" : "text-slate-600")}>
              <Icon name="calendar" className={cx("size-4 shrink-0", missed ? "text-red-500" : "text-slate-400")} />
              <span>
                Due <time dateTime={m.dueDate}>{formatDate(m.dueDate)}</time>
                {slipped ? (
                  <span
                    className="text-amber-800"
                    title={`First planned for ${formatDate(m.baselineDueDate)}${
                      m.slipCount > 0 ? `; moved later ${plural(m.slipCount, "time")} (${m.slipDays > 0 ? "+" : ""}${plural(m.slipDays, "day")} in all)` : ""
                    }.`}
                  >
                    {" "}
                    · was {shortDate(m.baselineDueDate, m.dueDate)}
                    {m.slipCount > 0 ? ` · slipped ${m.slipCount}×` : ""}
                  </span>
                ) : null}
                {hint ? (
                  <span
                    className={cx(
                      hint.tone === "late" && "font-medium text-red-700",
                      hint.tone === "soon" && "font-medium text-amber-700",
                      hint.tone === "normal" && "text-slate-500",
                    )}
                  >
                    {" "}
                    · {hint.text}
                  </span>
                ) : null}
              </span>
            </span>
            {done && m.completedAt ? <span className="text-slate-500">Completed {formatDayIn(m.completedAt, timeZone)}</span> : null}
          </p>

          {planned || m.durationDays != null ? (
            <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-slate-600">
              {planned && m.durationDays != null && m.status === "PLANNED" ? (
                <span className={cx("inline-flex items-center gap-1.5", m.startAtRisk && "font-medium text-amber-800")}>
                  <Icon name="clock" className={cx("size-4 shrink-0", m.startAtRisk ? "text-amber-500" : "text-slate-400")} />
                  Start by <time dateTime={m.latestStart!}>{shortDate(m.latestStart!, today)}</time> · {slackText(m.slackDays!)}
                </span>
              ) : planned && m.durationDays != null ? (
                <span className="inline-flex items-center gap-1.5">
                  <Icon name="clock" className="size-4 shrink-0 text-slate-400" />
                  {slackText(m.slackDays!)}
                </span>
              ) : null}
              {m.durationDays != null ? <span className="text-slate-500">Est. {plural(m.durationDays, "day")}</span> : null}
            </p>
          ) : null}

          {m.dependsOn.length > 0 ? (
            <p className="flex flex-wrap items-center gap-x-1.5 gap-y-1 text-slate-600">
              <span className="text-slate-500">After:</span>{" "}
              {m.dependsOn.map((d, i) => (
                <span key={d.id}>
                  <a
                    href={`#${milestoneAnchor(d.id)}`}
                    className="font-medium text-indigo-700 underline decoration-indigo-200 underline-offset-2 hover:decoration-indigo-500"
                  >
                    {d.title}
                  </a>
                  {i < m.dependsOn.length - 1 ? ", " : ""}
                </span>
              ))}
            </p>
          ) : null}

          <div className="flex flex-wrap items-center gap-x-4 gap-y-2 pt-1">
            <span className="inline-flex items-center gap-1.5 text-slate-600">
              <span className="text-slate-500">Owner</span>
              {m.owner ? (
                <>
                  <Avatar name={m.owner.name} size="xs" decorative />
                  <span className="font-medium text-slate-800">{m.owner.name}</span>
                </>
              ) : (
                <span className="text-slate-500">none</span>
              )}
            </span>
            {m.weight !== 1 ? <span className="text-slate-500 tabular-nums">Weight {formatWeight(m.weight)}</span> : null}
            <button
              type="button"
              aria-expanded={commentsOpen}
              aria-controls={commentsOpen ? `${titleId}-comments` : undefined}
              onClick={() => setCommentsOpen((open) => !open)}
              className={cx(
                "inline-flex h-7 items-center gap-1 rounded-md px-1.5 text-xs font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900 print:hidden",
                "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600",
                commentsOpen && "bg-slate-100 text-slate-900",
              )}
            >
              <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden className="size-4 text-slate-400">
                <path
                  fillRule="evenodd"
                  d="M10 2c-2.236 0-4.43.18-6.57.524C1.993 2.755 1 4.014 1 5.426v5.148c0 1.413.993 2.67 2.43 2.902 1.168.188 2.352.327 3.55.414.28.02.521.18.642.413l1.713 3.293a.75.75 0 0 0 1.33 0l1.713-3.293a.783.783 0 0 1 .642-.413 41.102 41.102 0 0 0 3.55-.414c1.437-.231 2.43-1.49 2.43-2.902V5.426c0-1.413-.993-2.67-2.43-2.902A41.289 41.289 0 0 0 10 2Z"
                  clipRule="evenodd"
                />
              </svg>
              Comments<span className="sr-only"> on {m.title}</span>
              {commentCount != null ? <span className="tabular-nums"> ({commentCount})</span> : null}
              <Icon name="down" className={cx("size-3.5 opacity-60 transition-transform", commentsOpen && "rotate-180")} />
            </button>

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

        {commentsOpen ? (
          <div id={`${titleId}-comments`} className="order-4 mt-3 basis-full">
            <Comments milestoneId={m.id} milestoneTitle={m.title} canComment={canEdit} onCount={setCommentCount} />
          </div>
        ) : null}
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
  onChange: (status: MilestoneStatus, origin: Element | null) => void;
}) {
  const id = useId();
  return (
    <span className="relative inline-flex print:hidden">
      <label htmlFor={id} className="sr-only">
        Status of {title}
      </label>
      <select
        id={id}
        value={status}
        onChange={(e) => onChange(e.target.value as MilestoneStatus, e.currentTarget)}
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
