import { useFormContext, useWatch } from "react-hook-form";
import { Select, TextArea, TextField } from "@/app/_components/fields";
import { TitleField } from "@/app/_components/TitleField";
import { CADENCE_CHOICES } from "@/domain/check-in-cadence";
import type { MemberOption } from "./goal-form-options";
import { FormSection, useGoalField } from "./goal-form-section";
import type { GoalFormValues } from "./goal-form-schema";

/** Title, why, owner and dates: what the goal is, who owns it and by when. */
export function GoalBasicsFields({ members, viewerId, autoFocus }: { members: MemberOption[]; viewerId?: string; autoFocus: boolean }) {
  const field = useGoalField();
  const { control } = useFormContext<GoalFormValues>();
  const [title, ownerId, startDate] = useWatch({ control, name: ["title", "ownerId", "startDate"] });
  // The current owner stays selectable even if they have since left the organization.
  const options =
    !ownerId || members.some((m) => m.userId === ownerId)
      ? members
      : [...members, { userId: ownerId, name: "Current owner (no longer a member)", email: "", role: "" }];

  return (
    <FormSection title="The goal" description="What you want to reach, who owns it and by when.">
      <TitleField
        label="Title"
        {...field("title")}
        value={title}
        placeholder="e.g. Grow weekly active teams"
        autoComplete="off"
        required
        autoFocus={autoFocus}
      />
      <TextArea
        label="Description (why)"
        {...field("description")}
        dir="auto"
        description="What success looks like and why it matters. Shown at the top of the goal."
        rows={4}
        maxLength={5000}
      />
      <Select label="Owner" {...field("ownerId")} description="The person accountable for getting there." required>
        {!ownerId ? <option value="">Choose an owner…</option> : null}
        {options.map((m) => (
          <option key={m.userId} value={m.userId}>
            {m.name}
            {m.userId === viewerId ? " (you)" : ""}
          </option>
        ))}
      </Select>
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField label="Start date" {...field("startDate")} type="date" required />
        <TextField label="Target date" {...field("targetDate")} type="date" min={startDate || undefined} required />
      </div>
      <Select label="Check-in cadence" {...field("checkInCadence")} description="How often the owner is reminded to check in.">
        {CADENCE_CHOICES.map(({ value, label }) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </Select>
    </FormSection>
  );
}
