"use client";

import { useMutation } from "@apollo/client/react";
import { useRouter } from "next/navigation";
import { type ReactNode, useEffect, useMemo, useState } from "react";
import { Alert } from "@/app/_components/Alert";
import { Button, ButtonLink } from "@/app/_components/Button";
import { EmptyState } from "@/app/_components/EmptyState";
import { errorCode, errorMessage } from "@/app/_components/form-errors";
import { PageHeader } from "@/app/_components/PageHeader";
import { useStaleEdit } from "@/app/_components/stale-edit";
import { StaleEditNotice } from "@/app/_components/StaleEditNotice";
import { dayIn } from "@/app/_components/goals/dates";
import type { GoalKind, MetricDirection } from "@/domain/enums.ts";
import { GoalForm, type GoalFormSubmission, memberOptions, parentOptions } from "../../goal-form";
import type { ResultOf, VariablesOf } from "@/graphql/client/graphql";
import { type Seed, useSeededQuery } from "@/app/_components/use-seeded-query";
import { EditGoalQuery, GoalFormOptionsQuery, UpdateGoalDetailsMutation } from "../../operations";
import { goalHref, goalsHref } from "@/app/_components/goals/paths";
import { FormSkeleton } from "../../skeletons";

const numberText = (x: number | null | undefined) => (x == null ? "" : String(x));

type UpdateInput = VariablesOf<typeof UpdateGoalDetailsMutation>["input"];
type SeedOf<Q extends typeof EditGoalQuery | typeof GoalFormOptionsQuery> = Seed<ResultOf<Q>, VariablesOf<Q>>;

export function EditGoal({
  slug,
  goalId,
  initial,
}: {
  slug: string;
  goalId: string;
  /** What the server rendered the page with: the goal and the form's choices. */
  initial: { goal?: SeedOf<typeof EditGoalQuery>; options?: SeedOf<typeof GoalFormOptionsQuery> };
}) {
  const router = useRouter();
  const goalQuery = useSeededQuery(EditGoalQuery, { id: goalId }, initial.goal);
  const optionsQuery = useSeededQuery(GoalFormOptionsQuery, { slug }, initial.options);
  const [updateGoal] = useMutation(UpdateGoalDetailsMutation);
  const goal = goalQuery.data?.goal;
  const org = optionsQuery.data?.organization;
  // The version the form's values were loaded at, sent as expectedVersion; `form` remounts the form on reload.
  const [base, setBase] = useState<{ version: number; form: number } | null>(null);
  const baseVersion = base?.version ?? goal?.version;
  useEffect(() => {
    if (goal && !base) setBase({ version: goal.version, form: 0 });
  }, [goal, base]);
  // Someone else saved meanwhile: their version and the input we could not save.
  const { conflict, clear, resolving, trySave, resolve } = useStaleEdit<UpdateInput>();
  const [resolveError, setResolveError] = useState<string | null>(null);

  const timeZone = goal?.organization.timeZone ?? "UTC";
  const checkInEdges = goal?.checkIns.edges;
  const createdAt = goal?.createdAt;
  const milestoneCount = goal?.milestoneCount ?? 0;
  // Recorded values with the day they were recorded in the org's time zone, oldest first (as the server reads them).
  const smartContext = useMemo(
    () => ({
      createdOn: createdAt ? dayIn(timeZone, createdAt) : "",
      milestoneCount,
      checkIns: (checkInEdges ?? [])
        .filter((e) => e.node.value != null)
        .map((e) => ({ value: e.node.value!, on: dayIn(timeZone, e.node.createdAt) }))
        .reverse(),
    }),
    [checkInEdges, createdAt, milestoneCount, timeZone],
  );

  const back = goal ? goalHref(slug, goal.id) : goalsHref(slug);
  const header = (
    <PageHeader
      title="Edit goal"
      description={goal ? goal.title : undefined}
      back={{ href: back, label: goal ? "Back to goal" : "Goals" }}
    />
  );

  const wrap = (body: ReactNode, wide = false) => (
    <div className={wide ? "mx-auto max-w-5xl" : "mx-auto max-w-2xl"}>
      {header}
      {body}
    </div>
  );

  if ((!goal && goalQuery.loading) || (!org && optionsQuery.loading)) return wrap(<FormSkeleton />, true);

  const error = goalQuery.error ?? optionsQuery.error;
  if (!goal || !org) {
    if (errorCode(error) === "NOT_FOUND") {
      return wrap(
        <EmptyState
          title="Goal not found"
          description="It may have been deleted, or it belongs to an organization you're not a member of."
          action={
            <ButtonLink href={goalsHref(slug)} variant="primary">
              Back to goals
            </ButtonLink>
          }
        />,
      );
    }
    return wrap(
      <Alert
        tone="error"
        action={
          <Button
            size="sm"
            onClick={() => {
              void goalQuery.refetch();
              void optionsQuery.refetch();
            }}
          >
            Try again
          </Button>
        }
      >
        {errorMessage(error)}
      </Alert>,
    );
  }

  // viewerCan.edit is about the role; archived and closed goals are frozen until brought back.
  if (!goal.viewerCan.edit || goal.archivedAt || goal.isClosed) {
    const [title, text] = !goal.viewerCan.edit
      ? ["You can't edit this goal", "Stakeholders can follow goals but only members, admins and owners can change them."]
      : goal.archivedAt
        ? ["This goal is archived", "Unarchive it from the goal page to make changes."]
        : ["This goal is closed", "Closed goals stay as they ended. Reopen it from the goal page to make changes."];
    return wrap(
      <>
        <Alert tone="info" title={title}>
          {text}
        </Alert>
        <div className="mt-6">
          <ButtonLink href={goalHref(slug, goal.id)}>Back to goal</ButtonLink>
        </div>
      </>,
    );
  }

  const inputOf = ({ metric, parentId, weight, ...values }: GoalFormSubmission): UpdateInput => ({
    goalId: goal.id,
    ...values,
    ...(metric ?? {}),
    parentId,
    ...(parentId && weight != null ? { weight } : {}),
  });

  /** Saves on top of `expectedVersion`; a stale version shows who changed it instead of failing the form. */
  async function save(input: UpdateInput, expectedVersion: number | undefined) {
    const saved = await trySave(input, () => updateGoal({ variables: { input: { ...input, expectedVersion } } }));
    if (saved) router.push(goalHref(slug, goal!.id));
  }

  const overwrite = () => resolve((c) => save(c.input, c.currentVersion), (e) => setResolveError(errorMessage(e)));
  const reload = () =>
    resolve(
      async (c) => {
        const { data } = await goalQuery.refetch();
        setBase((b) => ({ version: data?.goal?.version ?? c.currentVersion, form: (b?.form ?? 0) + 1 }));
        clear();
      },
      (e) => setResolveError(errorMessage(e)),
    );

  return wrap(
    <>
      {conflict ? (
        <div className="mb-6 space-y-3">
          <StaleEditNotice
            conflict={conflict}
            thing="goal"
            busy={resolving}
            onReload={() => void reload()}
            onOverwrite={() => void overwrite()}
          />
          {resolveError ? <Alert tone="error">{resolveError}</Alert> : null}
        </div>
      ) : null}
      <GoalForm
        key={base?.form ?? 0}
        initial={{
          title: goal.title,
          description: goal.description,
          ownerId: goal.owner.id,
          startDate: goal.startDate,
          targetDate: goal.targetDate,
          checkInCadence: goal.checkInCadence,
          kind: goal.kind as GoalKind,
          unit: goal.unit ?? "",
          startValue: numberText(goal.startValue),
          targetValue: numberText(goal.targetValue),
          direction: (goal.direction ?? "INCREASE") as MetricDirection,
          parentId: goal.parent?.id ?? "",
          weight: String(goal.weight),
          relevance: goal.relevance,
          rationale: goal.rationale,
        }}
        members={memberOptions(org.members.edges)}
        parents={parentOptions(org.goals.edges, goal.id)}
        viewerId={optionsQuery.data?.me?.id}
        submitLabel="Save changes"
        cancelHref={goalHref(slug, goal.id)}
        smartContext={smartContext}
        onSubmit={(submission) => save(inputOf(submission), baseVersion)}
      />
    </>,
    true,
  );
}
