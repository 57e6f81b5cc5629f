import { useMemo } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { viewerLocale } from "@/app/_components/format";
import { smartCheck } from "@/domain/smart.ts";
import { type GoalFormValues, typedNumber } from "./goal-form-schema";
import { SmartChecklist } from "./smart-checklist";

/** What the checklist needs beyond the form: the creation day (today while drafting), milestones, recorded values. */
export type SmartContext = {
  createdOn: string;
  milestoneCount: number;
  checkIns: readonly { value: number; on: string }[];
  /** The organization's mission: a goal that shares its words is Relevant. */
  mission?: string | null;
};

/** The SMART checklist of the draft, as the server will judge it (`smartCheck`); advisory, it never blocks saving. */
export function GoalSmartPreview({ context }: { context: SmartContext }) {
  const { control } = useFormContext<GoalFormValues>();
  const values = useWatch({ control }) as GoalFormValues;
  const locale = viewerLocale();
  const items = useMemo(
    () =>
      smartCheck({
        description: values.description,
        kind: values.kind,
        startValue: typedNumber(values.startValue),
        targetValue: typedNumber(values.targetValue),
        direction: values.kind === "METRIC" ? values.direction : null,
        ownerId: values.ownerId || null,
        parentId: values.parentId || null,
        relevance: values.relevance,
        rationale: values.rationale,
        startDate: values.startDate || null,
        targetDate: values.targetDate || null,
        createdOn: context.createdOn,
        milestoneCount: context.milestoneCount,
        checkIns: context.checkIns,
        mission: context.mission,
      }, locale),
    [values, context, locale],
  );
  return (
    <SmartChecklist
      items={items}
      description="Updates as you type."
      footer={
        <>
          Advisory: you can save a goal that misses some criteria and improve it later.
          {values.kind !== "METRIC" && context.milestoneCount === 0 ? " Milestones are added on the goal’s page once it exists." : ""}
        </>
      }
    />
  );
}
