import type { Metadata } from "next";
import { pageIsRateLimited } from "@/server/rate-limit/pages.ts";
import { markPageStatus } from "@/server/rate-limit/request-scope.ts";
import { SharedGoalView } from "./shared-goal";
import { SharedDashboardView } from "./shared-dashboard";
import { SharedFrame, SharedUnavailable } from "./shared-frame";
import { loadSharedView } from "./shared-view";

// A secret link: always read fresh, never indexed, never sent on as a referrer.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

// Revoked and expired links are gone for good (410): the link existed, and it will not work again
// (an expiry cannot be extended; a new link has a new secret). An unknown token is 404, as for
// any address that never existed here.
const GONE_STATUS = { REVOKED: 410, EXPIRED: 410, NOT_FOUND: 404 } as const;

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
  if (view.status !== "ACTIVE") {
    // The explanation, with a status that says the same to crawlers, link checkers and monitors.
    markPageStatus(GONE_STATUS[view.status]);
    return <SharedUnavailable status={view.status} />;
  }
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
