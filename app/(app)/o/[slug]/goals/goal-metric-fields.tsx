import { TrendingUp, TriangleAlert } from "lucide-react";
import { useFormContext, useWatch } from "react-hook-form";
import { Select, TextField } from "@/app/_components/fields";
import { metricProblem } from "@/domain/schemas/goal.ts";
import type { MetricDirection } from "@/domain/enums.ts";
import { FormSection, useGoalField } from "./goal-form-section";
import { type GoalFormValues, typedNumber } from "./goal-form-schema";
import { GoalKindChoice } from "./goal-kind-choice";
import { metricValueFields } from "./metric-fields";

const DIRECTIONS: { value: MetricDirection; label: string; help: string }[] = [
  { value: "INCREASE", label: "Increase", help: "Progress grows as the number rises toward the target." },
  { value: "DECREASE", label: "Decrease", help: "Progress grows as the number falls toward the target." },
  { value: "STAY_ABOVE", label: "Stay above", help: "Done while the number stays at or above the target." },
  { value: "STAY_BELOW", label: "Stay below", help: "Done while the number stays at or below the target." },
];

/** How progress is measured: milestones, or a metric with its unit, direction and values. */
export function GoalProgressFields() {
  const field = useGoalField();
  const { control } = useFormContext<GoalFormValues>();
  const [kind, direction] = useWatch({ control, name: ["kind", "direction"] });
  return (
    <FormSection title="Progress" description="Choose how Waymark measures how far along this goal is.">
      <GoalKindChoice />
      {kind === "METRIC" ? (
        <div className="space-y-5 rounded-lg border border-slate-200 bg-slate-50/70 p-4 sm:p-5">
          <div className="grid gap-5 sm:grid-cols-2">
            <TextField
              label="Unit"
              {...field("unit")}
              dir="auto"
              description="What is counted, e.g. “users”, “ms” or “%”."
              placeholder="users"
              maxLength={30}
              autoComplete="off"
              required
            />
            <Select label="Direction" {...field("direction")} description={DIRECTIONS.find((d) => d.value === direction)?.help} required>
              {DIRECTIONS.map((d) => (
                <option key={d.value} value={d.value}>
                  {d.label}
                </option>
              ))}
            </Select>
          </div>
          <div className="grid gap-5 sm:grid-cols-2">
            {metricValueFields(direction).map((f) => (
              <TextField
                key={f.name}
                label={f.label}
                {...field(f.name)}
                type="number"
                inputMode="decimal"
                step="any"
                description={f.description}
                required
              />
            ))}
          </div>
          <MetricSummary />
        </div>
      ) : null}
    </FormSection>
  );
}

const formatNumber = (x: number) => new Intl.NumberFormat("en", { maximumFractionDigits: 2 }).format(x);

/** The metric in one sentence once it is filled in, or what contradicts it (the server's own rule). */
function MetricSummary() {
  const { control } = useFormContext<GoalFormValues>();
  const [unitTyped, startTyped, targetTyped, direction, targetDate] = useWatch({
    control,
    name: ["unit", "startValue", "targetValue", "direction", "targetDate"],
  });
  const start = typedNumber(startTyped);
  const target = typedNumber(targetTyped);
  if (target === null || start === null) return null;
  const unit = unitTyped.trim();
  // The unit is reported beside its own field; here only whether the numbers fit the direction.
  const problem = metricProblem({ kind: "METRIC", unit: unit || "-", startValue: start, targetValue: target, direction });
  if (problem) {
    return (
      <p className="flex items-start gap-2 text-sm text-amber-800">
        <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0 text-amber-500" />
        <span>{problem.message}</span>
      </p>
    );
  }
  const u = !unit ? "" : unit === "%" ? "%" : ` ${unit}`;
  const [from, to] = [`${formatNumber(start)}${u}`, `${formatNumber(target)}${u}`];
  const text =
    direction === "STAY_ABOVE"
      ? `Keep it at or above ${to}`
      : direction === "STAY_BELOW"
        ? `Keep it at or below ${to}`
        : `${direction === "INCREASE" ? "Raise it" : "Bring it down"} from ${from} to ${to}`;
  return (
    <p className="flex items-center gap-2 text-sm text-slate-700">
      <TrendingUp aria-hidden className="size-4 shrink-0 text-indigo-500" />
      <span dir="auto">
        {text}
        {targetDate ? " by the target date" : ""}.
      </span>
    </p>
  );
}
