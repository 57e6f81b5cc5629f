"use client";

import { orgHref } from "@/app/_components/goals/paths";
import { ActivityFeed } from "./activity-feed";
import type { Person } from "./assignee-picker";
import { CheckIns } from "./check-ins";
import { Comments } from "./comments";
import { GoalTabList, GoalTabPanel } from "./goal-tabs";
import { MilestoneList } from "./milestone-list";
import { MilestoneTimeline } from "./milestone-timeline";
import type { PageGoal } from "./operations";
import { SmartCard } from "./smart-card";
import type { GoalTab } from "./use-goal-tab";

/** Milestones & timeline, check-ins, discussion: one open at a time on screen, all on paper but the talk. */
export function GoalSections({
  goal,
  slug,
  timeZone,
  canEdit,
  tab,
  onSelect,
  candidates,
  meId,
  onCelebrate,
}: {
  goal: PageGoal;
  slug: string;
  timeZone: string;
  canEdit: boolean;
  tab: GoalTab;
  onSelect: (tab: GoalTab) => void;
  candidates: readonly Person[] | undefined;
  meId?: string;
  onCelebrate: (message: string, origin: Element | null) => void;
}) {
  return (
    <div>
      <GoalTabList tab={tab} onSelect={onSelect} />

      <GoalTabPanel id="milestones" tab={tab}>
        <div className="grid items-start gap-6 lg:grid-cols-3">
          <div className="min-w-0 space-y-6 lg:col-span-2">
            <MilestoneList
              goal={goal}
              canEdit={canEdit}
              timeZone={timeZone}
              candidates={candidates}
              meId={meId}
              membersHref={`${orgHref(slug)}/members`}
              onCelebrate={onCelebrate}
            />
            <MilestoneTimeline goal={goal} timeZone={timeZone} />
          </div>
          <div className="min-w-0">
            <SmartCard smart={goal.smart} />
          </div>
        </div>
      </GoalTabPanel>

      <GoalTabPanel id="check-ins" tab={tab}>
        <div className="lg:w-2/3 print:mt-6">
          <CheckIns goal={goal} canEdit={canEdit} timeZone={timeZone} />
        </div>
      </GoalTabPanel>

      {/* The printed report is the goal, its milestones and check-ins; conversation stays on screen. */}
      <GoalTabPanel id="discussion" tab={tab} printable={false}>
        <div className="grid items-start gap-6 lg:grid-cols-3">
          <div className="min-w-0 lg:col-span-2">
            <Comments goalId={goal.id} />
          </div>
          <div className="min-w-0">
            <ActivityFeed goalId={goal.id} />
          </div>
        </div>
      </GoalTabPanel>
    </div>
  );
}
