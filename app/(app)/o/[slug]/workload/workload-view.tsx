"use client";

import { Users } from "lucide-react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { EmptyState } from "@/app/_components/EmptyState";
import { Select } from "@/app/_components/fields";
import { LoadError } from "@/app/_components/LoadError";
import { PageHeader } from "@/app/_components/PageHeader";
import { Skeleton } from "@/app/_components/Skeleton";
import { type Seed, useSeededQuery } from "@/app/_components/use-seeded-query";
import type { ResultOf, VariablesOf } from "@/graphql/client/graphql";
import { WorkloadQuery, workloadVariables } from "./operations";
import { WorkloadGrid } from "./workload-grid";
import { WorkloadOverloads } from "./workload-overloads";

type WorkloadSeed = Seed<ResultOf<typeof WorkloadQuery>, VariablesOf<typeof WorkloadQuery>>;

/** The workload page: each member's load over the next 12 weeks, filtered by a skill kept in the URL. */
export function WorkloadView({ slug, initial }: { slug: string; initial?: WorkloadSeed }) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const skill = searchParams.get("skill") ?? "";
  const { data, previousData, loading, error, refetch } = useSeededQuery(WorkloadQuery, workloadVariables(slug, skill), initial);
  // While another skill loads, keep the last answer on screen rather than a skeleton.
  const org = (data ?? previousData)?.organization;

  function chooseSkill(next: string) {
    const params = new URLSearchParams(searchParams.toString());
    if (next) params.set("skill", next);
    else params.delete("skill");
    const query = params.toString();
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  }

  const header = (
    <PageHeader
      title="Workload"
      description="Open milestones each member owns or helps with, week by week, over their availability and time off. Above 100% is over-allocated."
    />
  );

  if (error && !org) {
    return (
      <div className="space-y-6">
        {header}
        <LoadError title="Couldn't load the workload" error={error} onRetry={() => void refetch()} />
      </div>
    );
  }

  return (
    <div className="min-w-0 space-y-6">
      {header}
      <Select
        label="Skill"
        value={skill}
        disabled={!org}
        onChange={(e) => chooseSkill(e.target.value)}
        wrapperClassName="max-w-64"
        description="Only members with this skill."
      >
        <option value="">Everyone</option>
        {/* The one in the URL even when no longer in use, so the select shows what is applied. */}
        {(org && skill && !org.tags.includes(skill) ? [skill, ...org.tags] : (org?.tags ?? [])).map((t) => (
          <option key={t} value={t}>
            {t}
          </option>
        ))}
      </Select>
      {!org ? (
        <div role="status" aria-label="Loading the workload…" className="space-y-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} className="h-10" />
          ))}
        </div>
      ) : org.workload.length === 0 ? (
        <EmptyState
          icon={<Users aria-hidden />}
          title={skill ? `Nobody has the skill “${skill}”` : "No members to plan for yet"}
          description={skill ? "Choose another skill, or add it to someone's planning on the Members page." : "Members and admins appear here once they join."}
        />
      ) : (
        <div className="space-y-6" aria-busy={loading || undefined}>
          <WorkloadGrid members={org.workload} />
          <WorkloadOverloads slug={slug} members={org.workload} />
        </div>
      )}
    </div>
  );
}
