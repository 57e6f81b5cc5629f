import { Skeleton } from "@/app/_components/Skeleton";

/** The roadmap's shape while its first answer loads: title column and staggered bars. */
export function RoadmapSkeleton() {
  return (
    <div role="status" aria-label="Loading the roadmap…" className="rounded-xl border border-slate-200 bg-white shadow-sm">
      <div className="border-b border-slate-200 px-4 py-4">
        <Skeleton className="h-3 w-1/2" />
      </div>
      {[40, 55, 30, 65, 45].map((w, i) => (
        <div key={i} className="grid grid-cols-[12rem_1fr] items-center sm:grid-cols-[18rem_1fr] gap-4 border-b border-slate-100 px-4 py-4 last:border-0">
          <div className="space-y-2">
            <Skeleton className="h-3.5 w-3/4" />
            <Skeleton className="h-3 w-1/3" />
          </div>
          <div style={{ marginLeft: `${i * 8}%`, width: `${w}%` }}>
            <Skeleton className="h-4 rounded-full" />
          </div>
        </div>
      ))}
    </div>
  );
}
