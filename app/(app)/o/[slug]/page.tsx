import type { Metadata } from "next";
import { Suspense } from "react";
import { SkeletonList } from "@/app/_components/Skeleton";
import { DashboardView } from "./dashboard/dashboard-view";

export const metadata: Metadata = { title: "Dashboard" };

export default async function Page({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return (
    // The filter lives in the URL (useSearchParams), which needs a Suspense boundary.
    <Suspense fallback={<SkeletonList rows={4} label="Loading the dashboard…" />}>
      <DashboardView slug={decodeURIComponent(slug)} />
    </Suspense>
  );
}
