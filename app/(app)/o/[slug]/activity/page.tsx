import type { Metadata } from "next";
import { Suspense } from "react";
import { SkeletonList } from "@/app/_components/Skeleton";
import { ActivityFeed } from "./activity-feed";

export const metadata: Metadata = { title: "Activity" };

export default async function Page({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return (
    // ActivityFeed reads ?wins from the URL (useSearchParams), which needs a Suspense boundary.
    <Suspense fallback={<SkeletonList rows={5} label="Loading activity…" />}>
      <ActivityFeed slug={decodeURIComponent(slug)} />
    </Suspense>
  );
}
