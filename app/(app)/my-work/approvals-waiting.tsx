"use client";

import Link from "next/link";
import { Badge } from "@/app/_components/Badge";
import { formatDate } from "@/app/_components/format";
import { milestoneAnchor } from "@/app/_components/goals/milestone-anchor";
import type { ResultOf } from "@/graphql/client/graphql";
import type { MyWorkQuery } from "./operations";

type Waiting = ResultOf<typeof MyWorkQuery>["waitingForMyApproval"];

/** "Waiting for your approval": approval milestones that name you and were requested; each opens its row on the goal page. */
export function ApprovalsWaiting({ rows }: { rows: Waiting }) {
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="group-approvals" className="mb-8">
      <div className="mb-3 flex items-baseline gap-3">
        <h2 id="group-approvals" className="text-base font-semibold text-amber-800">
          Waiting for your approval
        </h2>
        <span className="text-sm text-slate-500 tabular-nums">{rows.length}</span>
        <span className="hidden text-sm text-slate-500 sm:inline">Only you can approve or reject these.</span>
      </div>
      <ul className="divide-y divide-slate-100 rounded-xl border border-amber-200 bg-white shadow-sm">
        {rows.map((m) => {
          const org = m.goal.organization;
          const href = `/o/${org.slug}/goals/${encodeURIComponent(m.goal.id)}#${milestoneAnchor(m.id)}`;
          const requester = m.approvalSteps.findLast((s) => s.action === "REQUESTED")?.actorName;
          return (
            <li key={m.id} className="flex flex-wrap items-center gap-x-4 gap-y-1.5 px-5 py-3.5">
              <div className="min-w-0 basis-full sm:basis-0 sm:flex-1">
                <Link href={href} dir="auto" className="rounded font-medium text-slate-900 hover:text-indigo-700 hover:underline">
                  {m.title}
                </Link>
                <p className="mt-0.5 truncate text-sm text-slate-500">
                  {requester ? `Requested by ${requester}` : "Requested"} <span aria-hidden>·</span> {m.goal.title}{" "}
                  <span aria-hidden>·</span> <span>{org.name}</span>
                </p>
              </div>
              <span className="text-sm whitespace-nowrap text-slate-600 tabular-nums">
                <span className="sr-only">Due </span>
                {formatDate(m.dueDate)}
              </span>
              <Badge tone="amber">Approval requested</Badge>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
