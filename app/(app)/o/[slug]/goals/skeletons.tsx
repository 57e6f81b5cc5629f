import { Card } from "@/app/_components/Card";
import { Skeleton } from "@/app/_components/Skeleton";

/** Placeholder for the goal form while members load. */
export function FormSkeleton() {
  return (
    <Card>
      <div role="status" aria-label="Loading…" className="space-y-6">
        {[0, 1, 2].map((i) => (
          <div key={i} className="space-y-2">
            <Skeleton className="h-4 w-24" />
            <Skeleton className={i === 1 ? "h-28 w-full" : "h-10 w-full"} />
          </div>
        ))}
        <div className="grid gap-6 sm:grid-cols-2">
          <Skeleton className="h-10 w-full" />
          <Skeleton className="h-10 w-full" />
        </div>
      </div>
    </Card>
  );
}

/** Placeholder for the goal page: header, summary and milestone rows. */
export function GoalPageSkeleton() {
  return (
    <div role="status" aria-label="Loading goal…">
      <Skeleton className="mb-4 h-4 w-20" />
      <Skeleton className="mb-2 h-8 w-2/3 max-w-md" />
      <Skeleton className="mb-8 h-4 w-1/3 max-w-xs" />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="space-y-4 lg:col-span-2">
          <Skeleton className="h-4 w-24" />
          <Skeleton className="h-4 w-full" />
          <Skeleton className="h-4 w-5/6" />
          <Skeleton className="mt-6 h-2.5 w-full" />
        </Card>
        <Card className="space-y-4">
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} className="h-4 w-3/4" />
          ))}
        </Card>
      </div>
      <Card padded={false} className="mt-6 divide-y divide-slate-100">
        {[0, 1, 2].map((i) => (
          <div key={i} className="flex items-center gap-4 px-5 py-4">
            <Skeleton className="size-5 rounded" />
            <div className="flex-1 space-y-2">
              <Skeleton className="h-4 w-1/3" />
              <Skeleton className="h-3 w-1/4" />
            </div>
            <Skeleton className="h-8 w-28" />
          </div>
        ))}
      </Card>
    </div>
  );
}
