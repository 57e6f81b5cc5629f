import "server-only";
import type { Health } from "../../domain/health.ts";
import { formatPercent } from "../../domain/progress.ts";
import type { EffectiveStatus } from "../../domain/schedule.ts";

// The goals export: one row per goal, then one per milestone of it. Pure: the service loads and
// computes, this writes the file.

export type CsvValue = string | number | null | undefined;

// A spreadsheet runs a cell starting with one of these as a formula (CSV injection). Tab and
// carriage return are on OWASP's list too.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field (RFC 4180): text that could start a formula gets a leading single quote; a field
 * with a quote, comma or line break is quoted, its quotes doubled. Numbers are written as they are.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text: CRLF line ends, a final line end. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => `${row.map(csvCell).join(",")}\r\n`).join("");
}

export type GoalOutcome = "ACHIEVED" | "PARTIALLY_ACHIEVED" | "MISSED" | "DROPPED";

export interface ExportMilestone {
  title: string;
  ownerName: string | null;
  /** The helpers' names in the order they were added (never the owner). */
  helperNames: readonly string[];
  state: EffectiveStatus;
  dueDate: string;
  baselineDueDate: string;
  slipCount: number;
}

export interface ExportGoal {
  title: string;
  ownerName: string;
  /** null while open. */
  outcome: GoalOutcome | null;
  progress: number;
  /** Expected progress and health: null once closed. */
  expected: number | null;
  health: Health | null;
  startDate: string;
  targetDate: string;
  parentTitle: string | null;
  milestones: readonly ExportMilestone[];
}

export const CSV_COLUMNS = [
  "Type",
  "Goal",
  "Milestone",
  "Owner",
  "Helpers",
  "Status",
  "Progress",
  "Expected",
  "Health",
  "Start date",
  "Target/due date",
  "Baseline due date",
  "Slips",
  "Parent goal",
] as const;

const OUTCOME_LABEL: Record<GoalOutcome, string> = {
  ACHIEVED: "Achieved",
  PARTIALLY_ACHIEVED: "Partially achieved",
  MISSED: "Missed",
  DROPPED: "Dropped",
};
const STATE_LABEL: Record<EffectiveStatus, string> = { PLANNED: "Planned", IN_PROGRESS: "In progress", DONE: "Done", MISSED: "Missed" };
const HEALTH_LABEL: Record<Health, string> = {
  ON_TRACK: "On track",
  AT_RISK: "At risk",
  OFF_TRACK: "Off track",
  NOT_ENOUGH_DATA: "Not enough data yet",
};

/** Percentages as the app shows them (never "100%" before done, never "0%" once started). */
const percent = (share: number | null) => (share === null ? null : formatPercent(share));

/**
 * The export file: a byte-order mark (so spreadsheet apps read the text as UTF-8), the header, then
 * each goal followed by its milestones in their planned order.
 */
export function goalsCsv(goals: readonly ExportGoal[]): string {
  const rows: CsvValue[][] = [[...CSV_COLUMNS]];
  for (const goal of goals) {
    rows.push([
      "Goal",
      goal.title,
      null,
      goal.ownerName,
      null,
      goal.outcome ? OUTCOME_LABEL[goal.outcome] : "Open",
      percent(goal.progress),
      percent(goal.expected),
      goal.health ? HEALTH_LABEL[goal.health] : null,
      goal.startDate,
      goal.targetDate,
      null,
      null,
      goal.parentTitle,
    ]);
    for (const m of goal.milestones) {
      rows.push([
        "Milestone",
        goal.title,
        m.title,
        m.ownerName,
        // One cell, so a spreadsheet keeps one row per milestone.
        m.helperNames.length ? m.helperNames.join("; ") : null,
        STATE_LABEL[m.state],
        percent(m.state === "DONE" ? 1 : 0),
        null,
        null,
        null,
        m.dueDate,
        m.baselineDueDate,
        m.slipCount,
        null,
      ]);
    }
  }
  return `\uFEFF${toCsv(rows)}`;
}

/** "<slug>-goals-YYYY-MM-DD.csv", dated today in the organization's time zone. */
export const exportFilename = (slug: string, today: string) => `${slug}-goals-${today}.csv`;
