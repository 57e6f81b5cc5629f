"use client";

import { useMutation, useQuery } from "@apollo/client/react";
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { Alert } from "@/app/_components/Alert";
import { Button, ButtonLink } from "@/app/_components/Button";
import { Card } from "@/app/_components/Card";
import { EmptyState } from "@/app/_components/EmptyState";
import { errorCode, errorMessage } from "@/app/_components/form-errors";
import { PageHeader } from "@/app/_components/PageHeader";
import { GoalForm, memberOptions } from "../../goal-form";
import { GoalPageQuery, OrgMembersQuery, UpdateGoalMutation } from "../../operations";
import { goalHref, orgHref } from "../../paths";
import { FormSkeleton } from "../../skeletons";

export function EditGoal({ slug, goalId }: { slug: string; goalId: string }) {
  const router = useRouter();
  const goalQuery = useQuery(GoalPageQuery, { variables: { id: goalId } });
  const membersQuery = useQuery(OrgMembersQuery, { variables: { slug } });
  const [updateGoal] = useMutation(UpdateGoalMutation);
  const goal = goalQuery.data?.goal;
  const org = membersQuery.data?.organization;


  const back = goal ? goalHref(slug, goal.id) : orgHref(slug);
  const header = (
    <PageHeader
      title="Edit goal"
      description={goal ? goal.title : undefined}
      back={{ href: back, label: goal ? "Back to goal" : "Goals" }}
    />
  );

  const wrap = (body: ReactNode) => (
    <div className="mx-auto max-w-2xl">
      {header}
      {body}
    </div>
  );

  if ((!goal && goalQuery.loading) || (!org && membersQuery.loading)) return wrap(<FormSkeleton />);

  const error = goalQuery.error ?? membersQuery.error;
  if (!goal || !org) {
    if (errorCode(error) === "NOT_FOUND") {
      return wrap(
        <EmptyState
          title="Goal not found"
          description="It may have been deleted, or it belongs to an organization you're not a member of."
          action={
            <ButtonLink href={orgHref(slug)} variant="primary">
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
              void membersQuery.refetch();
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

  if (!goal.viewerCanEdit) {
    return wrap(
      <>
        <Alert tone="info" title={goal.archivedAt ? "This goal is archived" : "You can't edit this goal"}>
          {goal.archivedAt
            ? "Unarchive it from the goal page to make changes."
            : "Stakeholders can follow goals but only members, admins and owners can change them."}
        </Alert>
        <div className="mt-6">
          <ButtonLink href={goalHref(slug, goal.id)}>Back to goal</ButtonLink>
        </div>
      </>,
    );
  }

  return wrap(
    <Card>
      <GoalForm
        initial={{
          title: goal.title,
          description: goal.description,
          ownerId: goal.owner.id,
          startDate: goal.startDate,
          targetDate: goal.targetDate,
        }}
        members={memberOptions(org.members.edges)}
        viewerId={membersQuery.data?.me?.id}
        submitLabel="Save changes"
        cancelHref={goalHref(slug, goal.id)}
        onSubmit={async (values) => {
          await updateGoal({ variables: { input: { goalId: goal.id, ...values } } });
          router.push(goalHref(slug, goal.id));
        }}
      />
    </Card>,
  );
}
