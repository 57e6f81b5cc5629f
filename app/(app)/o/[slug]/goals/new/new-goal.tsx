"use client";

import { useMutation } from "@apollo/client/react";
import { addMonths, format } from "date-fns";
import { useRouter } from "next/navigation";
import { Alert } from "@/app/_components/Alert";
import { ButtonLink } from "@/app/_components/Button";
import { errorMessage } from "@/app/_components/form-errors";
import { PageHeader } from "@/app/_components/PageHeader";
import { todayIn } from "@/app/_components/goals/dates";
import { blankDetails, GoalForm, memberOptions, parentOptions } from "../goal-form";
import { CreateGoalWithDetailsMutation, GoalFormOptionsQuery } from "../operations";
import { goalHref, goalsHref } from "@/app/_components/goals/paths";
import { FormSkeleton } from "../skeletons";
import { type Seed, useSeededQuery } from "@/app/_components/use-seeded-query";
import type { ResultOf, VariablesOf } from "@/graphql/client/graphql";

type OptionsSeed = Seed<ResultOf<typeof GoalFormOptionsQuery>, VariablesOf<typeof GoalFormOptionsQuery>>;

const NO_CHECK_INS: readonly { value: number; on: string }[] = [];

export function NewGoal({ slug, parentId, initial }: { slug: string; parentId?: string; initial?: OptionsSeed }) {
  const router = useRouter();
  const { data, loading, error, refetch } = useSeededQuery(GoalFormOptionsQuery, { slug }, initial);
  const [createGoal] = useMutation(CreateGoalWithDetailsMutation);
  const org = data?.organization;

  const header = (
    <PageHeader
      title="New goal"
      description="Set the destination: what you want to reach, why it matters, who owns it and by when."
      back={{ href: goalsHref(slug), label: "Goals" }}
    />
  );

  if (!data && loading) {
    return (
      <div className="mx-auto max-w-5xl">
        {header}
        <FormSkeleton />
      </div>
    );
  }
  if (!org) {
    return (
      <div className="mx-auto max-w-5xl">
        {header}
        <Alert tone="error" action={<button className="font-medium underline" onClick={() => void refetch()}>Try again</button>}>
          {errorMessage(error)}
        </Alert>
      </div>
    );
  }
  if (!org.viewerCan.editGoals) {
    return (
      <div className="mx-auto max-w-5xl">
        {header}
        <Alert tone="info" title="Stakeholders can't create goals">
          You can follow every goal in this organization, but only members, admins and owners can add or change them.
        </Alert>
        <div className="mt-6">
          <ButtonLink href={goalsHref(slug)}>Back to goals</ButtonLink>
        </div>
      </div>
    );
  }

  const today = todayIn(org.timeZone);
  const members = memberOptions(org.members.edges);
  const viewerId = data.me?.id;
  const parents = parentOptions(org.goals.edges);

  return (
    <div className="mx-auto max-w-5xl">
      {header}
      <GoalForm
          initial={{
            title: "",
            description: "",
            ownerId: members.some((m) => m.userId === viewerId) ? (viewerId ?? "") : "",
            startDate: today,
            targetDate: format(addMonths(new Date(`${today}T00:00:00`), 3), "yyyy-MM-dd"),
            ...blankDetails,
            parentId: parentId && parents.some((p) => p.id === parentId) ? parentId : "",
          }}
          members={members}
          parents={parents}
          viewerId={viewerId}
          submitLabel="Create goal"
          cancelHref={goalsHref(slug)}
          smartContext={{ createdOn: today, milestoneCount: 0, checkIns: NO_CHECK_INS }}
          onSubmit={async ({ metric, parentId, weight, ...values }) => {
            const result = await createGoal({
              variables: {
                input: {
                  organizationId: org.id,
                  ...values,
                  ...(metric ?? {}),
                  ...(parentId ? { parentId, weight: weight ?? 1 } : {}),
                },
              },
            });
            const goal = result.data?.createGoal.goal;
            if (goal) router.push(goalHref(slug, goal.id));
          }}
        />
    </div>
  );
}
