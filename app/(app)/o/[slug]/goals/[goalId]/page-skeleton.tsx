import { Card } from "@/app/_components/Card";
import { Skeleton } from "@/app/_components/Skeleton";

/**
 * Placeholder for the goal page in its own shape (goal-view.tsx): header, the summary card
 * (progress beside health, next milestone and Check in), the section tabs, then the first tab's
 * milestones beside the SMART card. Same grid and breakpoints, so nothing jumps when it loads.
 */
export function GoalPageSkeleton() {
  return (
    <div role="status" aria-label="Loading goal…">
      <SkeletonHeader />
      <div className="space-y-6">
        <SkeletonSummary />
        <div>
          {/* Clipped like the real tab list scrolls, so a phone never scrolls sideways. */}
          <div className="mb-5 flex gap-1 overflow-hidden border-b border-slate-200">
            {["w-40", "w-20", "w-24"].map((width, i) => (
              <div key={width} className={i === 0 ? "-mb-px shrink-0 border-b-2 border-slate-300 px-3 py-3" : "shrink-0 px-3 py-3"}>
                <Skeleton className={`h-4 ${width}`} />
              </div>
            ))}
          </div>
          <div className="grid items-start gap-6 lg:grid-cols-3">
            <SkeletonMilestones />
            <Card className="space-y-3">
              <Skeleton className="h-4 w-24" />
              {[0, 1, 2, 3, 4].map((i) => (
                <Skeleton key={i} className="h-4 w-3/4" />
              ))}
            </Card>
          </div>
        </div>
      </div>
    </div>
  );
}

function SkeletonHeader() {
  return (
    <div className="mb-8">
      <Skeleton className="mb-4 h-4 w-20" />
      <Skeleton className="mb-3 h-8 w-2/3 max-w-md" />
      <Skeleton className="h-4 w-1/2 max-w-sm" />
    </div>
  );
}

function SkeletonSummary() {
  return (
    <Card padded={false}>
      <div className="grid lg:grid-cols-3">
        <div className="space-y-4 p-5 sm:p-6 lg:col-span-2">
          <Skeleton className="h-3 w-16" />
          <Skeleton className="h-4 w-full" />
          <Skeleton className="h-4 w-4/6" />
          <Skeleton className="mt-6 h-8 w-40" />
          <Skeleton className="h-3 w-full" />
        </div>
        <div className="space-y-4 border-t border-slate-200 p-5 sm:p-6 lg:border-t-0 lg:border-l">
          <Skeleton className="h-3 w-16" />
          <div className="flex gap-6">
            <Skeleton className="h-6 w-20 rounded-full" />
            <Skeleton className="h-6 w-20 rounded-full" />
          </div>
          <Skeleton className="h-3 w-24" />
          <Skeleton className="h-4 w-5/6" />
          <Skeleton className="h-10 w-full rounded-lg" />
        </div>
      </div>
    </Card>
  );
}

function SkeletonMilestones() {
  return (
    <Card padded={false} className="divide-y divide-slate-100 lg:col-span-2">
      {[0, 1, 2].map((i) => (
        <div key={i} className="flex items-center gap-4 px-5 py-4">
          <Skeleton className="size-5 rounded" />
          <div className="min-w-0 flex-1 space-y-2">
            <Skeleton className="h-4 w-1/3" />
            <Skeleton className="h-3 w-1/2" />
          </div>
          <Skeleton className="h-8 w-24 rounded-full" />
        </div>
      ))}
    </Card>
  );
}
