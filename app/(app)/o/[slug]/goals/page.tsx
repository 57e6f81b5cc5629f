import type { Metadata } from "next";
import { Suspense } from "react";
import { SkeletonList } from "@/app/_components/Skeleton";
import { GoalsList } from "./goals-list";

export const metadata: Metadata = { title: "Goals" };

export default async function Page({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return (
    // GoalsList reads ?archived from the URL (useSearchParams), which needs a Suspense boundary.
    <Suspense fallback={<SkeletonList rows={4} label="Loading goals…" />}>
      <GoalsList slug={decodeURIComponent(slug)} />
    </Suspense>
  );
}
