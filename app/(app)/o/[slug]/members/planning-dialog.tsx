"use client";

import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Controller } from "react-hook-form";
import { Alert } from "@/app/_components/Alert";
import { Button } from "@/app/_components/Button";
import { Dialog } from "@/app/_components/Dialog";
import { TextField } from "@/app/_components/fields";
import { TagInput } from "@/app/_components/TagInput";
import { useApiForm } from "@/app/_components/use-api-form";
import { type UpdateMemberPlanningInput, updateMemberPlanningInput } from "@/domain/schemas/planning.ts";
import type { ResultOf } from "@/graphql/client/graphql";
import { type MemberPlanningFragment, UpdateMemberPlanningMutation } from "./planning-operations";
import { PlanningTimeOff } from "./planning-time-off";

export type MemberPlanning = ResultOf<typeof MemberPlanningFragment>;
type Values = { skills: string[]; interests: string[]; availability: number };

const FIELDS = ["skills", "interests", "availability"] as const;
// The API's own schema, in the browser first; the server has the last word.
const resolver = zodResolver(updateMemberPlanningInput, undefined, { raw: true });

/**
 * A member's planning profile: skills, interests, availability (saved together) and time off (each
 * range added or removed on its own). Opened from the members page for anyone the viewer may edit.
 */
export function PlanningDialog({
  open,
  onClose,
  organizationId,
  userId,
  name,
  planning,
  tags,
}: {
  open: boolean;
  onClose: () => void;
  organizationId: string;
  userId: string;
  name: string;
  planning: MemberPlanning;
  tags: readonly string[];
}) {
  const [update] = useMutation(UpdateMemberPlanningMutation, { refetchQueries: ["Members"] });
  const { form, formError, submitWith } = useApiForm<Values>({
    defaultValues: { skills: [...planning.skills], interests: [...planning.interests], availability: planning.availability },
    resolver: resolver as unknown as import("react-hook-form").Resolver<Values>,
    fields: FIELDS,
  });
  const errors = form.formState.errors;
  // A tag's own message (skills.3) or the list's (too many): either goes beside the input.
  const tagError = (name: "skills" | "interests") => {
    const e = errors[name] as unknown as ({ message?: string } & Record<string, { message?: string } | undefined>) | undefined;
    if (!e) return undefined;
    if (typeof e.message === "string") return e.message;
    for (const v of Object.values(e) as unknown[]) {
      if (v && typeof v === "object" && "message" in v && typeof v.message === "string") return v.message;
    }
    return undefined;
  };

  const onSubmit = submitWith(async (values: UpdateMemberPlanningInput & Values) => {
    await update({ variables: { input: { organizationId, userId, ...values } } });
    onClose();
  });

  return (
    <Dialog open={open} onClose={onClose} busy={form.formState.isSubmitting} title={`Planning for ${name}`} description="Used to suggest owners and to show the workload.">
      <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={`Skills and availability for ${name}`}>
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <Controller
          control={form.control}
          name="skills"
          render={({ field }) => <TagInput label="Skills" value={field.value} onChange={field.onChange} suggestions={tags} error={tagError("skills")} />}
        />
        <Controller
          control={form.control}
          name="interests"
          render={({ field }) => (
            <TagInput label="Interests" value={field.value} onChange={field.onChange} suggestions={tags} error={tagError("interests")} description="What they would like to work on." />
          )}
        />
        <TextField
          label="Availability (% of a full week)"
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          step={1}
          wrapperClassName="max-w-56"
          {...form.register("availability", { valueAsNumber: true })}
          error={errors.availability?.message}
        />
        <div className="flex justify-end gap-2">
          <Button type="button" variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" loading={form.formState.isSubmitting}>
            Save
          </Button>
        </div>
      </form>
      <PlanningTimeOff organizationId={organizationId} userId={userId} timeOff={planning.timeOff} />
    </Dialog>
  );
}
