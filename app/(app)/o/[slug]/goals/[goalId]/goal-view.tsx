"use client";

import { useQuery } from "@apollo/client/react";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef } from "react";
import { ButtonLink } from "@/app/_components/Button";
import { EmptyState } from "@/app/_components/EmptyState";
import { errorCode } from "@/app/_components/form-errors";
import { formatDate } from "@/app/_components/format";
import { LoadError } from "@/app/_components/LoadError";
import { type Seed, useSeededQuery } from "@/app/_components/use-seeded-query";
import type { ResultOf, VariablesOf } from "@/graphql/client/graphql";
import { todayIn } from "@/app/_components/goals/dates";
import { goalHref, goalsHref } from "@/app/_components/goals/paths";
import type { Person } from "./assignee-picker";
import { CloseGoalDialog } from "./close-goal-dialog";
import { GoalHeader } from "./goal-header";
import { GoalSections } from "./goal-sections";
import { GoalStateAlert } from "./goal-state-alert";
import { GoalSummary } from "./goal-summary";
import { GoalPageMembersQuery, GoalTruthPageQuery } from "./operations";
import { GoalPageSkeleton } from "./page-skeleton";
import { ScheduleRisk } from "./schedule-risk";
import { useGoalActions } from "./use-goal-actions";
import { useGoalTab } from "./use-goal-tab";

/** The goal page: header, summary on top, then its sections as tabs (all of them on paper). */
export function GoalView({
  slug,
  goalId,
  initial,
}: {
  slug: string;
  goalId: string;
  /** What the server rendered the page with. */
  initial?: Seed<ResultOf<typeof GoalTruthPageQuery>, VariablesOf<typeof GoalTruthPageQuery>>;
}) {
  const router = useRouter();
  const { data, loading, error, refetch } = useSeededQuery(GoalTruthPageQuery, { id: goalId }, initial);
  const goal = data?.goal;
  const isEditorRole = !!goal?.viewerCan.edit;
  const members = useQuery(GoalPageMembersQuery, { variables: { slug }, skip: !isEditorRole });
  const actions = useGoalActions(goalId);
  const { tab, select } = useGoalTab();
  // "Check in" opens its section, then (once it shows) puts the cursor in the form's first field.
  const focusCheckIn = useRef(false);
  useEffect(() => {
    if (tab !== "check-ins" || !focusCheckIn.current) return;
    focusCheckIn.current = false;
    focusCheckInField();
  }, [tab]);

  // A goal opened under another org's slug (e.g. after a slug change) moves to its real address.
  useEffect(() => {
    if (goal && goal.organization.slug !== slug) router.replace(goalHref(goal.organization.slug, goal.id));
  }, [goal, slug, router]);

  // Stakeholders can't be assigned or own milestones; everyone else can.
  const candidates = useMemo<Person[] | undefined>(
    () =>
      members.data?.organization.members.edges
        .filter(({ node }) => node.role !== "STAKEHOLDER")
        .map(({ node }) => ({ id: node.user.id, name: node.user.name, email: node.user.email }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    [members.data],
  );

  if (!goal && loading) return <GoalPageSkeleton />;

  if (!goal) {
    if (errorCode(error) === "NOT_FOUND") {
      return (
        <EmptyState
          title="Goal not found"
          description="It may have been deleted, or it belongs to an organization you're not a member of."
          action={
            <ButtonLink href={goalsHref(slug)} variant="primary">
              Back to goals
            </ButtonLink>
          }
        />
      );
    }
    return <LoadError title="Couldn't load this goal" error={error} onRetry={refetch} />;
  }

  // viewerCan.edit is role-based only: archived and closed goals are read-only whatever the role.
  const canEdit = goal.viewerCan.edit && !goal.archivedAt && !goal.isClosed;
  const tz = goal.organization.timeZone;

  function checkIn() {
    if (tab === "check-ins") return focusCheckInField();
    focusCheckIn.current = true;
    select("check-ins");
  }

  return (
    <div>
      <GoalHeader
        goal={goal}
        slug={slug}
        timeZone={tz}
        isEditorRole={isEditorRole}
        isStakeholder={!isEditorRole}
        canEdit={canEdit}
        actions={actions}
      />
      <p className="-mt-4 mb-6 hidden text-sm text-slate-600 print:block">
        {goal.organization.name} · printed {formatDate(todayIn(tz))}
      </p>

      <div className="space-y-6">
        <GoalStateAlert goal={goal} timeZone={tz} isEditorRole={isEditorRole} actions={actions} />
        <ScheduleRisk goal={goal} canEdit={canEdit} />
        <GoalSummary goal={goal} slug={slug} timeZone={tz} canEdit={canEdit} onCheckIn={checkIn} />
        <GoalSections
          goal={goal}
          slug={slug}
          timeZone={tz}
          canEdit={canEdit}
          tab={tab}
          onSelect={select}
          candidates={candidates}
          meId={members.data?.me?.id}
          onCelebrate={actions.celebrate}
        />
      </div>

      <CloseGoalDialog open={actions.closing} progress={goal.progress} onCancel={actions.cancelClosing} onConfirm={actions.close} />
      {actions.celebration}
    </div>
  );
}

/** The check-in form's first field: the value of a metric goal, else the chosen (or first) confidence. */
function focusCheckInField() {
  const form = document.querySelector("#check-ins form");
  const field =
    form?.querySelector<HTMLElement>('input[name="value"]') ??
    form?.querySelector<HTMLElement>('input[name="confidence"]:checked') ??
    form?.querySelector<HTMLElement>('input[name="confidence"]');
  field?.focus();
}
