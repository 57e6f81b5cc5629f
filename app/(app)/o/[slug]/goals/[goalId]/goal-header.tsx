"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { Avatar } from "@/app/_components/Avatar";
import { Badge } from "@/app/_components/Badge";
import { Button, ButtonLink } from "@/app/_components/Button";
import { cx } from "@/app/_components/cx";
import { formatDate, formatRelative } from "@/app/_components/format";
import { PageHeader } from "@/app/_components/PageHeader";
import { PrintButton } from "@/app/_components/PrintButton";
import { targetHint } from "@/app/_components/goals/dates";
import { Icon } from "@/app/_components/goals/icons";
import { editGoalHref, goalHref, goalsHref } from "@/app/_components/goals/paths";
import type { GoalHeaderGoal } from "./goal-header-fields";
import { OutcomeBadge } from "@/app/_components/goals/health";
import type { GoalActions } from "./use-goal-actions";
import { FollowButton } from "./follow-button";
import { SaveAsTemplate } from "@/app/_components/templates/SaveAsTemplate";

/** Title, owner, dates and parent; Follow, Print, and for editors Edit, Close and Archive. */
export function GoalHeader({
  goal,
  slug,
  timeZone,
  isEditorRole,
  isStakeholder,
  canEdit,
  actions,
}: {
  goal: GoalHeaderGoal;
  slug: string;
  timeZone: string;
  isEditorRole: boolean;
  isStakeholder: boolean;
  canEdit: boolean;
  actions: GoalActions;
}) {
  const archived = !!goal.archivedAt;
  const closed = goal.isClosed;
  const target = targetHint(goal.targetDate, timeZone);

  const meta: ReactNode[] = [
    <span key="owner" className="inline-flex items-center gap-1.5">
      <Avatar name={goal.owner.name} size="xs" decorative />
      <span className="font-medium text-slate-700">{goal.owner.name}</span>
    </span>,
    <span key="dates" className="inline-flex items-center gap-1.5">
      <Icon name="calendar" className="size-4 shrink-0 text-slate-400" />
      <span>
        {formatDate(goal.startDate)} → {formatDate(goal.targetDate)}
        {!closed && !archived ? (
          <span className={cx("ml-1", target.past ? "font-medium text-amber-700" : "text-slate-500")}>({target.text})</span>
        ) : null}
      </span>
    </span>,
  ];
  if (goal.parent) {
    meta.push(
      <span key="parent" className="inline-flex min-w-0 items-center gap-1.5">
        <Icon name="flag" className="size-4 shrink-0 text-slate-400" />
        <span className="min-w-0">
          Part of{" "}
          <Link href={goalHref(slug, goal.parent.id)} className="font-medium text-indigo-700 hover:underline">
            {goal.parent.title}
          </Link>
        </span>
      </span>,
    );
  }
  meta.push(
    <span key="updated" className="inline-flex items-center gap-1.5">
      <Icon name="clock" className="size-4 shrink-0 text-slate-400" />
      <span suppressHydrationWarning>Updated {formatRelative(goal.updatedAt)}</span>
    </span>,
  );
  if (isStakeholder) meta.push(<Badge key="view">View only</Badge>);

  return (
    <PageHeader
      back={{ href: archived ? `${goalsHref(slug)}?archived=1` : goalsHref(slug), label: "Goals" }}
      title={
        <span className="inline-flex flex-wrap items-center gap-x-3 gap-y-1">
          <span dir="auto" className="break-words">
            {goal.title}
          </span>
          {archived ? <Badge className="align-middle">Archived</Badge> : null}
          {closed && goal.outcome ? <OutcomeBadge outcome={goal.outcome} /> : null}
        </span>
      }
      description={<span className="flex flex-wrap items-center gap-x-5 gap-y-1.5">{meta}</span>}
      actions={
        <>
          <FollowButton goal={goal} />
          <PrintButton variant="secondary" />
          <SaveAsTemplate slug={slug} goalId={goal.id} goalTitle={goal.title} />
          {isEditorRole && !archived ? (
            <>
              {canEdit ? (
                <>
                  <ButtonLink href={editGoalHref(slug, goal.id)} icon={<Icon name="pencil" />}>
                    Edit goal
                  </ButtonLink>
                  <Button onClick={actions.startClosing} icon={<Icon name="flag" />}>
                    Close goal
                  </Button>
                </>
              ) : null}
              <Button onClick={actions.archive} loading={actions.archiving} icon={<Icon name="archive" />}>
                Archive goal
              </Button>
            </>
          ) : null}
        </>
      }
    />
  );
}
