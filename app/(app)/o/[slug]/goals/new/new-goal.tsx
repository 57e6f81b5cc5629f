"use client";

import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
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
import { GoalTemplateChooser } from "@/app/_components/templates/GoalTemplateChooser";
import { CreateGoalFromTemplateMutation, OrgTemplatesQuery } from "@/app/_components/templates/template-fields";
import { templateFormValues } from "@/app/_components/templates/template-form-values";

type OptionsSeed = Seed<ResultOf<typeof GoalFormOptionsQuery>, VariablesOf<typeof GoalFormOptionsQuery>>;

const NO_CHECK_INS: readonly { value: number; on: string }[] = [];

export function NewGoal({ slug, parentId, initial }: { slug: string; parentId?: string; initial?: OptionsSeed }) {
  const router = useRouter();
  const { data, loading, error, refetch } = useSeededQuery(GoalFormOptionsQuery, { slug }, initial);
  const [createGoal] = useMutation(CreateGoalWithDetailsMutation);
  const [createFromTemplate] = useMutation(CreateGoalFromTemplateMutation);
  // Goal templates are offered once loaded; the form works without them.
  const templates = useQuery(OrgTemplatesQuery, { variables: { slug, kind: "GOAL" } });
  const [templateId, setTemplateId] = useState("");
  const [approverId, setApproverId] = useState<string | null>(null);
  const [approverError, setApproverError] = useState<string | undefined>();
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
  const goalTemplates = templates.data?.organization.templates ?? [];
  const template = goalTemplates.find((t) => t.id === templateId) ?? null;
  const needsApprover = !!template?.milestones.some((m) => m.kind === "APPROVAL");
  // The viewer approves by default; the chooser lets them name someone else.
  const approver = approverId ?? (members.some((m) => m.userId === viewerId) ? (viewerId ?? "") : "");
  const blank = {
    title: "",
    description: "",
    ownerId: members.some((m) => m.userId === viewerId) ? (viewerId ?? "") : "",
    startDate: today,
    targetDate: format(addMonths(new Date(`${today}T00:00:00`), 3), "yyyy-MM-dd"),
    ...blankDetails,
    parentId: parentId && parents.some((p) => p.id === parentId) ? parentId : "",
  };

  return (
    <div className="mx-auto max-w-5xl">
      {header}
      {goalTemplates.length ? (
        <GoalTemplateChooser
          templates={goalTemplates}
          value={templateId}
          onChange={(id) => {
            setTemplateId(id);
            setApproverError(undefined);
          }}
          people={members.map((m) => ({ id: m.userId, name: m.name }))}
          approverId={approver}
          onApproverChange={(id) => {
            setApproverId(id);
            setApproverError(undefined);
          }}
          approverError={approverError}
        />
      ) : null}
      <GoalForm
          // A new template starts the form over with its values.
          key={templateId || "blank"}
          initial={template ? templateFormValues(blank, template) : blank}
          members={members}
          parents={parents}
          viewerId={viewerId}
          submitLabel="Create goal"
          cancelHref={goalsHref(slug)}
          smartContext={{
            createdOn: today,
            milestoneCount: template?.milestones.length ?? 0,
            checkIns: NO_CHECK_INS,
            mission: templates.data?.organization.mission,
          }}
          onSubmit={async ({ metric, parentId, weight, ...values }) => {
            if (template) {
              if (needsApprover && !approver) {
                setApproverError("Choose who approves the template's approval milestones.");
                throw new Error("Choose an approver for the template's approval milestones (above the form).");
              }
              const created = await createFromTemplate({
                variables: {
                  input: {
                    organizationId: org.id,
                    templateId: template.id,
                    approverId: needsApprover ? approver : undefined,
                    ...values,
                    ...(metric ?? {}),
                    ...(parentId ? { parentId, weight: weight ?? 1 } : {}),
                  },
                },
              });
              const made = created.data?.createGoalFromTemplate.goal;
              if (made) router.push(goalHref(slug, made.id));
              return;
            }
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
