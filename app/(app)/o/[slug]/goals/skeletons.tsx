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
