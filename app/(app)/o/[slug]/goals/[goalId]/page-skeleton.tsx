import { Card } from "@/app/_components/Card";
import { Skeleton } from "@/app/_components/Skeleton";

/** Placeholder for the goal page in its own shape: header, overview card, milestones and sidebar. */
export function GoalPageSkeleton() {
  return (
    <div role="status" aria-label="Loading goal…">
      <Skeleton className="mb-4 h-4 w-20" />
      <Skeleton className="mb-3 h-8 w-2/3 max-w-md" />
      <Skeleton className="mb-5 h-4 w-1/2 max-w-sm" />
      <div className="mb-8 flex gap-2">
        <Skeleton className="h-10 w-24 rounded-lg" />
        <Skeleton className="h-10 w-28 rounded-lg" />
        <Skeleton className="h-10 w-28 rounded-lg" />
      </div>
      <Card padded={false}>
        <div className="grid lg:grid-cols-3">
          <div className="space-y-4 p-6 lg:col-span-2">
            <Skeleton className="h-3 w-12" />
            <Skeleton className="h-4 w-full" />
            <Skeleton className="h-4 w-4/6" />
            <Skeleton className="mt-6 h-8 w-40" />
            <Skeleton className="h-3 w-full" />
            <Skeleton className="mt-6 h-28 w-full" />
          </div>
          <div className="space-y-4 border-t border-slate-200 p-6 lg:border-t-0 lg:border-l">
            <Skeleton className="h-3 w-16" />
            <div className="flex gap-6">
              <Skeleton className="h-6 w-20 rounded-full" />
              <Skeleton className="h-6 w-20 rounded-full" />
            </div>
            <Skeleton className="h-4 w-full" />
            <Skeleton className="h-4 w-5/6" />
          </div>
        </div>
      </Card>
      <div className="mt-6 grid gap-6 lg:grid-cols-3">
        <Card padded={false} className="divide-y divide-slate-100 lg:col-span-2">
          {[0, 1, 2].map((i) => (
            <div key={i} className="flex items-center gap-4 px-5 py-4">
              <Skeleton className="size-5 rounded" />
              <div className="flex-1 space-y-2">
                <Skeleton className="h-4 w-1/3" />
                <Skeleton className="h-3 w-1/2" />
              </div>
              <Skeleton className="h-8 w-28 rounded-full" />
            </div>
          ))}
        </Card>
        <Card className="space-y-3">
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} className="h-4 w-3/4" />
          ))}
        </Card>
      </div>
    </div>
  );
}
