"use client";

import { formatDate } from "@/app/_components/format";
import { Badge } from "@/app/_components/Badge";
import type { ExpandedMilestone } from "@/domain/templates/expand.ts";

/**
 * A template's milestones as they would be dated: title, due date in the viewer's locale, what it
 * waits for, and a warning where a date had to be moved into the goal's window.
 */
export function TemplatePreview({ milestones, caption }: { milestones: readonly ExpandedMilestone[]; caption: string }) {
  const titles = new Map(milestones.map((m) => [m.key, m.title]));
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="text-xs text-slate-500">
        <tr>
          <th scope="col" className="py-1.5 pr-3 font-medium">Milestone</th>
          <th scope="col" className="py-1.5 font-medium whitespace-nowrap">Due</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {milestones.map((m) => (
          <tr key={m.key} className="align-top">
            <td className="py-2 pr-3">
              <span className="font-medium text-slate-800">{m.title}</span>
              {m.kind === "APPROVAL" ? (
                <Badge tone="indigo" className="ml-2">
                  Approval
                </Badge>
              ) : null}
              {m.dependsOn.length ? (
                <span className="block text-xs text-slate-500">After {m.dependsOn.map((k) => titles.get(k) ?? k).join(", ")}</span>
              ) : null}
              {m.warning ? <span className="block text-xs text-amber-700">{m.warning}</span> : null}
            </td>
            <td className="py-2 whitespace-nowrap text-slate-700">{formatDate(m.dueDate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
