"use client";

import { useMutation, useQuery } from "@apollo/client/react";
import { useRouter } from "next/navigation";
import { type ReactNode, useEffect, useMemo, useState } from "react";
import { Alert } from "@/app/_components/Alert";
import { Avatar } from "@/app/_components/Avatar";
import { Badge } from "@/app/_components/Badge";
import { Button, ButtonLink } from "@/app/_components/Button";
import { Card } from "@/app/_components/Card";
import { cx } from "@/app/_components/cx";
import { EmptyState } from "@/app/_components/EmptyState";
import { errorCode, errorMessage } from "@/app/_components/form-errors";
import { formatDate, formatRelative } from "@/app/_components/format";
import { PageHeader } from "@/app/_components/PageHeader";
import { ProgressBar } from "@/app/_components/ProgressBar";
import { targetHint } from "../dates";
import { Icon } from "../icons";
import { ArchiveGoalMutation, GoalPageQuery, OrgMembersQuery, UnarchiveGoalMutation } from "../operations";
import { editGoalHref, goalHref, orgHref } from "../paths";
import { GoalPageSkeleton } from "../skeletons";
import type { Person } from "./assignee-picker";
import { MilestoneList } from "./milestone-list";

export function GoalView({ slug, goalId }: { slug: string; goalId: string }) {
  const router = useRouter();
  const { data, loading, error, refetch } = useQuery(GoalPageQuery, { variables: { id: goalId } });
  const goal = data?.goal;
  const role = goal?.organization.viewerRole;
  const isEditorRole = !!role && role !== "STAKEHOLDER";
  const members = useQuery(OrgMembersQuery, { variables: { slug }, skip: !isEditorRole });

  const [archiveGoal, { loading: archiving }] = useMutation(ArchiveGoalMutation);
  const [unarchiveGoal, { loading: unarchiving }] = useMutation(UnarchiveGoalMutation);
  const [archiveError, setArchiveError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);


  // A goal opened under another org's slug (e.g. after a slug change) moves to its real address.
  useEffect(() => {
    if (goal && goal.organization.slug !== slug) router.replace(goalHref(goal.organization.slug, goal.id));
  }, [goal, slug, router]);

  // Stakeholders can't be assigned; everyone else can.
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
            <ButtonLink href={orgHref(slug)} variant="primary">
              Back to goals
            </ButtonLink>
          }
        />
      );
    }
    return (
      <Alert
        tone="error"
        title="Couldn't load this goal"
        action={
          <Button size="sm" onClick={() => void refetch()}>
            Try again
          </Button>
        }
      >
        {errorMessage(error)}
      </Alert>
    );
  }

  const archived = !!goal.archivedAt;
  // Archived goals are read-only whatever the role; don't rely on viewerCanEdit alone for that.
  const canEdit = goal.viewerCanEdit && !archived;
  const tz = goal.organization.timeZone;
  const target = targetHint(goal.targetDate, tz);
  const complete = goal.milestoneCount > 0 && goal.doneMilestoneCount === goal.milestoneCount;

  async function archive() {
    setArchiveError(null);
    setNotice(null);
    try {
      await archiveGoal({ variables: { input: { goalId: goal!.id } } });
      setNotice(null);
    } catch (e) {
      setArchiveError(errorMessage(e));
    }
  }

  async function unarchive() {
    setArchiveError(null);
    try {
      await unarchiveGoal({ variables: { input: { goalId: goal!.id } } });
      setNotice("Goal restored. It's back in the goals list and can be changed again.");
    } catch (e) {
      setArchiveError(errorMessage(e));
    }
  }

  return (
    <div>
      <PageHeader
        back={{ href: archived ? `${orgHref(slug)}?archived=1` : orgHref(slug), label: "Goals" }}
        title={
          <span className="inline-flex flex-wrap items-center gap-x-3 gap-y-1">
            <span className="break-words">{goal.title}</span>
            {archived ? <Badge className="align-middle">Archived</Badge> : null}
            {complete && !archived ? <Badge tone="green">Complete</Badge> : null}
          </span>
        }
        description={
          <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1">
            <span>
              {formatDate(goal.startDate)} → {formatDate(goal.targetDate)}
            </span>
            <span aria-hidden className="text-slate-300">
              ·
            </span>
            <span>Updated {formatRelative(goal.updatedAt)}</span>
            {role === "STAKEHOLDER" ? (
              <>
                <span aria-hidden className="text-slate-300">
                  ·
                </span>
                <span>View only</span>
              </>
            ) : null}
          </span>
        }
        actions={
          isEditorRole && !archived ? (
            <>
              <ButtonLink href={editGoalHref(slug, goal.id)} icon={<Icon name="pencil" />}>
                Edit goal
              </ButtonLink>
              <Button onClick={() => void archive()} loading={archiving} icon={<Icon name="archive" />}>
                Archive goal
              </Button>
            </>
          ) : null
        }
      />

      <div className="space-y-6">
        {archived ? (
          <Alert
            tone="warning"
            title="This goal is archived"
            action={
              isEditorRole ? (
                <Button size="sm" onClick={() => void unarchive()} loading={unarchiving} icon={<Icon name="restore" />}>
                  Unarchive goal
                </Button>
              ) : null
            }
          >
            It&apos;s hidden from the goals list and read-only
            {isEditorRole ? ". Unarchive it to make changes." : "."}
          </Alert>
        ) : null}
        {notice && !archived ? <Alert tone="success">{notice}</Alert> : null}
        {archiveError ? <Alert tone="error">{archiveError}</Alert> : null}

        <Card>
          <div className="grid gap-8 md:grid-cols-3">
            <div className="min-w-0 md:col-span-2">
              <h2 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Why</h2>
              {goal.description ? (
                <p className="mt-2 leading-relaxed break-words whitespace-pre-line text-slate-700">{goal.description}</p>
              ) : (
                <p className="mt-2 text-slate-400 italic">
                  No description yet.
                  {canEdit ? " Say why this goal matters so everyone pulls the same way." : ""}
                </p>
              )}

              <div className="mt-8">
                <div className="mb-2 flex items-baseline justify-between gap-3">
                  <h2 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Progress</h2>
                  <p className="text-sm text-slate-500 tabular-nums">
                    {goal.milestoneCount === 0
                      ? "No milestones yet"
                      : `${goal.doneMilestoneCount} of ${goal.milestoneCount} milestones done`}
                  </p>
                </div>
                <ProgressBar value={goal.progress} label={`Progress of ${goal.title}`} />
              </div>
            </div>

            <dl className="space-y-4 border-t border-slate-100 pt-6 text-sm md:border-t-0 md:border-l md:pt-0 md:pl-8">
              <Detail term="Owner">
                <span className="inline-flex items-center gap-2">
                  <Avatar name={goal.owner.name} size="sm" decorative />
                  <span className="font-medium text-slate-900">{goal.owner.name}</span>
                </span>
              </Detail>
              <Detail term="Start date">{formatDate(goal.startDate)}</Detail>
              <Detail term="Target date">
                {formatDate(goal.targetDate)}
                {!complete && !archived ? (
                  <span className={cx("ml-1.5", target.past ? "font-medium text-amber-700" : "text-slate-400")}>
                    ({target.text})
                  </span>
                ) : null}
              </Detail>
              <Detail term="Overdue">
                {goal.overdueMilestoneCount > 0 ? (
                  <Badge tone="red">{goal.overdueMilestoneCount} overdue</Badge>
                ) : (
                  <span className="text-slate-500">None</span>
                )}
              </Detail>
            </dl>
          </div>
        </Card>

        <MilestoneList
          queryId={goalId}
          goal={goal}
          goalTitle={goal.title}
          canEdit={canEdit}
          timeZone={tz}
          startDate={goal.startDate}
          candidates={candidates}
          membersHref={`${orgHref(slug)}/members`}
        />
      </div>
    </div>
  );
}

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{term}</dt>
      <dd className="mt-1 text-slate-800">{children}</dd>
    </div>
  );
}
