import { milestoneAnchor } from "@/app/_components/goals/milestone-anchor";
import { Card } from "@/app/_components/Card";
import type { TimelineMilestone } from "./milestone-timeline-fields";
import { timelineRowLabel } from "./timeline-text";

/** The timeline in words, one milestone a line in the list's order (the phone's default reading). */
export function TimelineList({ milestones }: { milestones: readonly TimelineMilestone[] }) {
  return (
    <Card padded={false}>
      <ol aria-label="Milestones in order" className="divide-y divide-slate-100">
        {milestones.map((m) => (
          <li key={m.id} className="px-4 py-2.5 text-sm sm:px-5">
            <a href={`#${milestoneAnchor(m.id)}`} dir="auto" className="font-medium text-slate-900 hover:text-indigo-700 hover:underline">
              {m.title}
            </a>
            <p className="text-slate-600 first-letter:uppercase">{timelineRowLabel(m).slice(m.title.length + 2)}</p>
          </li>
        ))}
      </ol>
    </Card>
  );
}
