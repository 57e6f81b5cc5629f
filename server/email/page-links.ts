import "server-only";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { goalHref, orgHref } from "../../app/_components/goals/paths.ts";
import { milestoneAnchor } from "../../app/_components/goals/milestone-anchor.ts";
import { absoluteUrl } from "./links.ts";

// Absolute links to the app's pages from an email, built with the same path rules as the UI
// (pages take Relay global ids).

export const organizationUrl = (slug: string) => absoluteUrl(orgHref(slug));

/** A goal's page; with a milestone, scrolled to it; with `discussion`, on its comments tab. */
export function goalUrl(slug: string, goalId: string, at: { milestoneId?: string | null; discussion?: boolean } = {}): string {
  const path = goalHref(slug, encodeGlobalID("Goal", goalId));
  if (at.discussion) return absoluteUrl(`${path}?tab=discussion`);
  if (at.milestoneId) return absoluteUrl(`${path}#${milestoneAnchor(encodeGlobalID("Milestone", at.milestoneId))}`);
  return absoluteUrl(path);
}
