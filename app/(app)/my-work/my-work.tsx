"use client";

import { CircleCheck } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { Badge } from "@/app/_components/Badge";
import { Button, ButtonLink } from "@/app/_components/Button";
import { EmptyState } from "@/app/_components/EmptyState";
import { formatDate } from "@/app/_components/format";
import { MilestoneStateBadge } from "@/app/_components/MilestoneStateBadge";
import { PageHeader } from "@/app/_components/PageHeader";
import { SkeletonList } from "@/app/_components/Skeleton";
import type { ResultOf, VariablesOf } from "@/graphql/client/graphql";
import { LoadError } from "@/app/_components/LoadError";
import { type Seed, useSeededQuery } from "@/app/_components/use-seeded-query";
import { MY_WORK_FIRST_ROWS } from "./first-rows";
import { MyWorkQuery } from "./operations";
import { ApprovalsWaiting } from "./approvals-waiting";

type Row = ResultOf<typeof MyWorkQuery>["myWork"]["overdue"][number];

const groups = [
  { key: "overdue", title: "Overdue", hint: "Due date passed and not done yet.", tone: "text-red-700" },
  { key: "thisWeek", title: "This week", hint: "Due today or in the next 6 days.", tone: "text-slate-900" },
  { key: "later", title: "Later", hint: "Due in a week or more.", tone: "text-slate-900" },
] as const;

type Bucket = (typeof groups)[number]["key"];

type MyWorkSeed = Seed<ResultOf<typeof MyWorkQuery>, VariablesOf<typeof MyWorkQuery>>;

export function MyWork({ initial }: { initial?: MyWorkSeed }) {
  const [expanded, setExpanded] = useState<Record<Bucket, boolean>>({ overdue: false, thisWeek: false, later: false });
  const first = (key: Bucket) => (expanded[key] ? null : MY_WORK_FIRST_ROWS);
  const { data, previousData, loading, error, refetch } = useSeededQuery(
    MyWorkQuery,
    { overdueFirst: first("overdue"), thisWeekFirst: first("thisWeek"), laterFirst: first("later") },
    initial,
  );
  const shown = data ?? previousData;
  const work = shown?.myWork;
  const countOf = (key: Bucket) => (work ? work[`${key}Count`] : 0);
  const total = countOf("overdue") + countOf("thisWeek") + countOf("later");
  const waiting = shown?.waitingForMyApproval ?? [];

  return (
    <div className="max-w-4xl">
      <PageHeader
        title="My work"
        description="Open milestones assigned to you or owned by you, across all your organizations."
      />
      {error && !shown ? (
        <LoadError title="Couldn't load your work" error={error} onRetry={refetch} />
      ) : loading && !shown ? (
        <SkeletonList rows={4} label="Loading your milestones" />
      ) : !work || total + waiting.length === 0 ? (
        <EmptyState
          icon={
            <CircleCheck aria-hidden className="size-6" />
          }
          title="Nothing on your plate"
          description="When someone assigns you a milestone, or you own one, it shows up here grouped by when it's due."
          action={
            <ButtonLink href="/" variant="primary">
              Go to your organizations
            </ButtonLink>
          }
        />
      ) : (
        <div className="space-y-8">
          <ApprovalsWaiting rows={waiting} />
          {groups.map((g) => {
            const rows = work[g.key];
            return (
              <section key={g.key} aria-labelledby={`group-${g.key}`}>
                <div className="mb-3 flex items-baseline gap-3">
                  <h2 id={`group-${g.key}`} className={`text-base font-semibold ${g.tone}`}>
                    {g.title}
                  </h2>
                  <span className="text-sm text-slate-500 tabular-nums">{countOf(g.key)}</span>
                  <span className="hidden text-sm text-slate-500 sm:inline">{g.hint}</span>
                </div>
                {rows.length === 0 ? (
                  <p className="rounded-xl border border-dashed border-slate-200 bg-white px-5 py-4 text-sm text-slate-500">
                    {g.key === "overdue" ? "Nothing overdue — nice." : "Nothing due here."}
                  </p>
                ) : (
                  <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm">
                    {rows.map((m) => (
                      <WorkRow key={m.id} m={m} />
                    ))}
                  </ul>
                )}
                {rows.length < countOf(g.key) ? (
                  <Button className="mt-3" size="sm" variant="secondary" disabled={loading} onClick={() => setExpanded((now) => ({ ...now, [g.key]: true }))}>
                    Show all {countOf(g.key)}
                  </Button>
                ) : null}
              </section>
            );
          })}
        </div>
      )}
    </div>
  );
}

function WorkRow({ m }: { m: Row }) {
  const org = m.goal.organization;
  const href = `/o/${org.slug}/goals/${encodeURIComponent(m.goal.id)}`;
  return (
    <li className="flex flex-wrap items-center gap-x-4 gap-y-1.5 px-5 py-3.5">
      <div className="min-w-0 basis-full sm:basis-0 sm:flex-1">
        <Link href={href} dir="auto" className="rounded font-medium text-slate-900 hover:text-indigo-700 hover:underline">
          {m.title}
        </Link>
        {m.isCritical ? (
          <Badge tone="indigo" className="ml-2 align-middle" title="On the critical path: no slack left">
            Critical path
          </Badge>
        ) : null}
        <p className="mt-0.5 truncate text-sm text-slate-500">
          {m.goal.title} <span aria-hidden>·</span> <span className="text-slate-400">{org.name}</span>
        </p>
      </div>
      <span className="text-sm whitespace-nowrap text-slate-600 tabular-nums">
        <span className="sr-only">Due </span>
        {formatDate(m.dueDate)}
      </span>
      <MilestoneStateBadge state={m.effectiveStatus} />
    </li>
  );
}
