"use client";

import { type ReactNode, useId, useLayoutEffect, useRef, useState } from "react";
import { Badge } from "@/app/_components/Badge";
import { cx } from "@/app/_components/cx";
import { formatDate } from "@/app/_components/format";
import { Icon } from "@/app/_components/goals/icons";
import { milestoneAnchor } from "@/app/_components/goals/milestone-anchor";
import type { MilestoneData, MilestoneStatus } from "@/app/_components/goals/milestone-row-fields";
import { MilestoneStatusControl } from "@/app/_components/goals/milestone-status";
import { ApprovalBadge, ApprovalPanel } from "./approval-panel";
import { Comments } from "./comments";
import { MilestoneCommentsToggle } from "./milestone-comments-toggle";
import { MilestoneFacts } from "./milestone-facts";
import { MilestoneRowActions } from "./milestone-row-actions";

export type MilestoneRowProps = {
  milestone: MilestoneData;
  canEdit: boolean;
  index: number;
  count: number;
  timeZone: string;
  /** The in-place editor, while this milestone is edited. */
  editor: ReactNode;
  /** Its owner and helpers, and (for editors) their controls. */
  people: ReactNode;
  onEdit: () => void;
  onDelete: () => void;
  onMove: (direction: "up" | "down") => void;
  onStatus: (status: MilestoneStatus, origin: Element | null) => void;
  onToggleDone: (done: boolean, origin: Element | null) => void;
};

/** One milestone: done box, title and flags, its facts at a glance, status, people and discussion. */
export function MilestoneRow(props: MilestoneRowProps) {
  const { milestone: m, canEdit, editor } = props;
  const done = m.status === "DONE";
  // An approval is done when its approver approves it: no done box or status choice by hand.
  const canMarkDone = canEdit && m.kind !== "APPROVAL";
  const titleId = useId();
  const editRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(!!editor);
  // The milestone's discussion loads only when first opened (its own query, not the page's).
  const [commentsOpen, setCommentsOpen] = useState(false);
  const [commentCount, setCommentCount] = useState<number | null>(null);

  // Leaving the inline editor puts focus back on the row's Edit button.
  useLayoutEffect(() => {
    if (wasEditing.current && !editor) editRef.current?.focus();
    wasEditing.current = !!editor;
  }, [editor]);

  if (editor) {
    return (
      <li id={milestoneAnchor(m.id)} className="bg-indigo-50/40 px-5 py-5 sm:px-6">
        {editor}
      </li>
    );
  }

  return (
    <li
      id={milestoneAnchor(m.id)}
      aria-labelledby={titleId}
      className={cx(
        "group flex scroll-mt-24 gap-3 px-5 py-4 target:ring-2 target:ring-indigo-400 target:ring-inset sm:gap-4 sm:px-6",
        m.effectiveStatus === "MISSED" && "bg-red-50/40",
      )}
    >
      <div className="pt-0.5">
        {canMarkDone ? (
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
        ) : null}
        {/* Readers (and paper, where form controls are left off) see the state as a mark. */}
        <span
          role="img"
          aria-label={done ? "Done" : "Not done"}
          className={cx(
            "size-5 items-center justify-center rounded-full",
            canMarkDone ? "hidden print:flex" : "flex",
            done ? "bg-emerald-500 text-white" : "border-2 border-slate-300",
          )}
        >
          {done ? <Icon name="check" className="size-3.5" /> : null}
        </span>
      </div>

      <div className="min-w-0 flex-1">
        <div className="flex items-start gap-x-3">
          <p className="flex min-w-0 flex-1 flex-wrap items-center gap-x-2 gap-y-1">
            <span
              id={titleId}
              className={cx("font-medium break-words", done ? "text-slate-500 line-through decoration-slate-400" : "text-slate-900")}
            >
              <bdi>{m.title}</bdi>
            </span>
            <MilestoneStatusControl milestone={m} onChange={canMarkDone ? props.onStatus : undefined} />
            <ApprovalBadge milestone={m} />
            {m.effectiveStatus === "MISSED" ? <Badge tone="red">Missed</Badge> : null}
            {m.isCritical ? (
              <Badge tone="indigo" title="Any delay to it delays the goal.">
                Critical path
              </Badge>
            ) : null}
            {m.startAtRisk ? (
              <Badge tone="amber" title={`It should have started by ${formatDate(m.latestStart)} to meet the target date.`}>
                Start overdue
              </Badge>
            ) : null}
          </p>
          {canEdit ? (
            <MilestoneRowActions
              title={m.title}
              index={props.index}
              count={props.count}
              editRef={editRef}
              onMove={props.onMove}
              onEdit={props.onEdit}
              onDelete={props.onDelete}
            />
          ) : null}
        </div>
        {m.description ? (
          <p dir="auto" className="mt-0.5 text-sm break-words whitespace-pre-line text-slate-600">
            {m.description}
          </p>
        ) : null}

        <ApprovalPanel milestone={m} />

        <div className="mt-2 flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
          <MilestoneFacts milestone={m} timeZone={props.timeZone} />
          {/* Wraps on a phone: comments, the owner with "Suggest an owner", and helpers don't fit one line at 390 px. */}
          <span className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1">
            <MilestoneCommentsToggle
              title={m.title}
              open={commentsOpen}
              count={commentCount}
              controls={`${titleId}-comments`}
              onToggle={() => setCommentsOpen((open) => !open)}
            />
            {props.people}
          </span>
        </div>

        {commentsOpen ? (
          <div id={`${titleId}-comments`} className="mt-3">
            <Comments milestoneId={m.id} milestoneTitle={m.title} onCount={setCommentCount} />
          </div>
        ) : null}
      </div>
    </li>
  );
}
