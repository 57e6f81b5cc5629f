"use client";

import { useMutation, useQuery } from "@apollo/client/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { type ReactNode, useEffect, useMemo, useState } from "react";
import { Alert } from "@/app/_components/Alert";
import { Avatar } from "@/app/_components/Avatar";
import { Badge } from "@/app/_components/Badge";
import { Button, ButtonLink, buttonClasses } from "@/app/_components/Button";
import { Card } from "@/app/_components/Card";
import { useCelebration } from "@/app/_components/Celebration";
import { cx } from "@/app/_components/cx";
import { EmptyState } from "@/app/_components/EmptyState";
import { errorCode, errorMessage } from "@/app/_components/form-errors";
import { formatDate, formatDayIn, formatRelative } from "@/app/_components/format";
import { PageHeader } from "@/app/_components/PageHeader";
import { PrintButton } from "@/app/_components/PrintButton";
import { type Seed, useSeededQuery } from "@/app/_components/use-seeded-query";
import type { ResultOf, VariablesOf } from "@/graphql/client/graphql";
import { targetHint, todayIn } from "@/app/_components/goals/dates";
import { Icon } from "@/app/_components/goals/icons";
import { editGoalHref, goalHref, goalsHref, orgHref } from "@/app/_components/goals/paths";
import { ActivityFeed } from "./activity-feed";
import type { Person } from "./assignee-picker";
import { CheckIns } from "./check-ins";
import { CloseGoalDialog } from "./close-goal-dialog";
import { Comments } from "./comments";
import { type Outcome, OUTCOME_LABELS, OUTCOME_TONES } from "./goal-labels";
import { HealthPanel } from "./health-panel";
import { MilestoneList } from "./milestone-list";
import { MilestoneTimeline } from "./milestone-timeline";
import { GoalPageSkeleton } from "./page-skeleton";
import {
  ArchiveGoalPageMutation,
  CloseGoalMutation,
  GoalPageMembersQuery,
  GoalTruthPageQuery,
  ReopenGoalMutation,
  UnarchiveGoalPageMutation,
} from "./operations";
import { ProgressPanel } from "./progress-panel";
import { ScheduleRisk } from "./schedule-risk";
import { SmartCard } from "./smart-card";
import { LoadError } from "@/app/_components/LoadError";

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
  const role = goal?.organization.viewerRole;
  const isEditorRole = !!role && role !== "STAKEHOLDER";
  const members = useQuery(GoalPageMembersQuery, { variables: { slug }, skip: !isEditorRole });
  const { celebrate, celebration } = useCelebration();

  const refetchActivity = { refetchQueries: ["GoalActivity"] };
  const [archiveGoal, { loading: archiving }] = useMutation(ArchiveGoalPageMutation, refetchActivity);
  const [unarchiveGoal, { loading: unarchiving }] = useMutation(UnarchiveGoalPageMutation, refetchActivity);
  const [closeGoal] = useMutation(CloseGoalMutation, refetchActivity);
  const [reopenGoal, { loading: reopening }] = useMutation(ReopenGoalMutation, refetchActivity);
  const [actionError, setActionError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [closing, setClosing] = useState(false);

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
    return (
      <LoadError title="Couldn't load this goal" error={error} onRetry={refetch} />
    );
  }

  const archived = !!goal.archivedAt;
  const closed = goal.isClosed;
  // viewerCanEdit is role-based only: archived and closed goals are read-only whatever the role.
  const canEdit = goal.viewerCanEdit && !archived && !closed;
  const tz = goal.organization.timeZone;
  const target = targetHint(goal.targetDate, tz);
  const id = goal.id;

  async function run(action: () => Promise<unknown>, success: string | null) {
    setActionError(null);
    setNotice(null);
    try {
      await action();
      setNotice(success);
    } catch (e) {
      setActionError(errorMessage(e));
    }
  }

  async function close(outcome: Outcome, note: string) {
    await closeGoal({ variables: { input: { goalId: id, outcome, note } } });
    setClosing(false);
    setNotice(null);
    // After the dialog has left the top layer, so the burst isn't drawn under its backdrop.
    if (outcome === "ACHIEVED") requestAnimationFrame(() => requestAnimationFrame(() => celebrate("Goal achieved! 🎉")));
  }

  const readOnlyReason = archived
    ? "Comments are closed while the goal is archived."
    : closed
      ? "Comments are closed while the goal is closed."
      : undefined;

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
  if (role === "STAKEHOLDER") meta.push(<Badge key="view">View only</Badge>);

  return (
    <div>
      <PageHeader
        back={{ href: archived ? `${goalsHref(slug)}?archived=1` : goalsHref(slug), label: "Goals" }}
        title={
          <span className="inline-flex flex-wrap items-center gap-x-3 gap-y-1">
            <span dir="auto" className="break-words">{goal.title}</span>
            {archived ? <Badge className="align-middle">Archived</Badge> : null}
            {closed && goal.outcome ? <Badge tone={OUTCOME_TONES[goal.outcome]}>{OUTCOME_LABELS[goal.outcome]}</Badge> : null}
          </span>
        }
        description={
          <span className="flex flex-wrap items-center gap-x-5 gap-y-1.5">{meta}</span>
        }
        actions={
          <>
            <PrintButton variant="secondary" />
            {isEditorRole && !archived ? (
              <>
                {canEdit ? (
                  <>
                    <a
                      href="#check-in"
                      className={buttonClasses("primary")}
                      onClick={() => {
                        // The browser scrolls to the form; the cursor goes to its first field.
                        requestAnimationFrame(() => {
                          const form = document.querySelector("#check-in form");
                          const field =
                            form?.querySelector<HTMLElement>('input[name="value"]') ??
                            form?.querySelector<HTMLElement>('input[name="confidence"]:checked') ??
                            form?.querySelector<HTMLElement>('input[name="confidence"]');
                          field?.focus({ preventScroll: true });
                        });
                      }}
                    >
                      Check in
                    </a>
                    <ButtonLink href={editGoalHref(slug, goal.id)} icon={<Icon name="pencil" />}>
                      Edit goal
                    </ButtonLink>
                    <Button
                      onClick={() => {
                        setActionError(null);
                        setClosing(true);
                      }}
                      icon={<Icon name="flag" />}
                    >
                      Close goal
                    </Button>
                  </>
                ) : null}
                <Button
                  onClick={() => void run(() => archiveGoal({ variables: { input: { goalId: id } } }), null)}
                  loading={archiving}
                  icon={<Icon name="archive" />}
                >
                  Archive goal
                </Button>
              </>
            ) : null}
          </>
        }
      />
      <p className="-mt-4 mb-6 hidden text-sm text-slate-600 print:block">
        {goal.organization.name} · printed {formatDate(todayIn(tz))}
      </p>

      <div className="space-y-6">
        {archived ? (
          <Alert
            tone="warning"
            title="This goal is archived"
            action={
              isEditorRole ? (
                <Button
                  size="sm"
                  onClick={() =>
                    void run(
                      () => unarchiveGoal({ variables: { input: { goalId: id } } }),
                      "Goal restored. It's back in the goals list and can be changed again.",
                    )
                  }
                  loading={unarchiving}
                  icon={<Icon name="restore" />}
                >
                  Unarchive goal
                </Button>
              ) : null
            }
          >
            It&apos;s hidden from the goals list and read-only
            {isEditorRole ? ". Unarchive it to make changes." : "."}
          </Alert>
        ) : closed ? (
          <Alert
            tone={goal.outcome === "ACHIEVED" ? "success" : "info"}
            title={`Closed ${formatDayIn(goal.closedAt, tz)}${goal.outcome ? ` · ${OUTCOME_LABELS[goal.outcome]}` : ""}`}
            action={
              isEditorRole ? (
                <Button
                  size="sm"
                  onClick={() =>
                    void run(() => reopenGoal({ variables: { input: { goalId: id } } }), "Goal reopened. It can be changed again.")
                  }
                  loading={reopening}
                  icon={<Icon name="restore" />}
                >
                  Reopen goal
                </Button>
              ) : null
            }
          >
            It stays visible with its history and is read-only{isEditorRole ? " until it is reopened." : "."}
          </Alert>
        ) : null}
        {notice && !archived ? <Alert tone="success">{notice}</Alert> : null}
        {actionError ? <Alert tone="error">{actionError}</Alert> : null}
        <ScheduleRisk goal={goal} canEdit={canEdit} />

        <Card padded={false}>
          <div className="grid lg:grid-cols-3">
            <div className="min-w-0 p-5 sm:p-6 lg:col-span-2">
              <ProgressPanel goal={goal} slug={slug} canEdit={canEdit} />
            </div>
            <div className="min-w-0 border-t border-slate-200 p-5 sm:p-6 lg:border-t-0 lg:border-l">
              <HealthPanel goal={goal} />
            </div>
          </div>
        </Card>

        <div className="grid items-start gap-6 lg:grid-cols-3">
          <div className="min-w-0 space-y-6 lg:col-span-2">
            <MilestoneList
              goal={goal}
              canEdit={canEdit}
              timeZone={tz}
              candidates={candidates}
              meId={members.data?.me?.id}
              membersHref={`${orgHref(slug)}/members`}
              onCelebrate={celebrate}
            />
            <MilestoneTimeline goal={goal} timeZone={tz} />
            <div id="check-in" className="scroll-mt-6">
              <CheckIns goal={goal} canEdit={canEdit} />
            </div>
            {/* The printed report is the goal, its milestones and check-ins; conversation stays on screen. */}
            <div className="print:hidden">
              <Comments goalId={goal.id} canComment={canEdit} readOnlyReason={readOnlyReason} />
            </div>
          </div>
          <div className="min-w-0 space-y-6">
            <SmartCard smart={goal.smart} />
            <div className="print:hidden">
              <ActivityFeed goalId={goal.id} />
            </div>
          </div>
        </div>
      </div>

      <CloseGoalDialog open={closing} progress={goal.progress} onCancel={() => setClosing(false)} onConfirm={close} />
      {celebration}
    </div>
  );
}
