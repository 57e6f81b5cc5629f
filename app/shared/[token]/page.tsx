import type { Metadata } from "next";
import { pageIsRateLimited } from "@/server/rate-limit/pages.ts";
import { SharedGoalView } from "./shared-goal";
import { SharedDashboardView } from "./shared-dashboard";
import { SharedFrame, SharedUnavailable } from "./shared-frame";
import { loadSharedView } from "./shared-view";

// A secret link: always read fresh, never indexed, never sent on as a referrer.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const view = await loadSharedView(decodeURIComponent((await params).token));
  const title =
    view?.status === "ACTIVE"
      ? view.scope === "GOAL" && view.goal
        ? view.goal.title
        : `${view.organizationName ?? "Organization"} dashboard`
      : "Shared view";
  return { title, robots: { index: false, follow: false }, referrer: "no-referrer" };
}

export default async function SharedPage({ params }: Props) {
  const token = decodeURIComponent((await params).token);
  if (await pageIsRateLimited("shareView", token)) return <SharedUnavailable status="RATE_LIMITED" />;
  const view = await loadSharedView(token);
  if (!view) return <SharedUnavailable status="ERROR" />;
  if (view.status !== "ACTIVE") return <SharedUnavailable status={view.status} />;
  return (
    <SharedFrame organizationName={view.organizationName} expiresAt={view.expiresAt}>
      {view.scope === "GOAL" && view.goal ? (
        <SharedGoalView goal={view.goal} organizationName={view.organizationName} />
      ) : (
        <SharedDashboardView organizationName={view.organizationName} counts={view.healthCounts} goals={view.goals} />
      )}
    </SharedFrame>
  );
}
