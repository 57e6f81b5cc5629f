import { cache } from "react";
import { graphql, type ResultOf } from "@/graphql/client/graphql";
import { runServerQuery } from "@/app/_lib/server-query";

const SharedGoalFields = graphql(`
  fragment SharedGoalFields on SharedGoal @_unmask {
    title
    description
    ownerName
    kind
    startDate
    targetDate
    progress
    expectedProgress
    progressFormula
    health
    healthExplanation
    confidence
    isClosed
    outcome
    unit
    startValue
    currentValue
    targetValue
    milestones {
      title
      dueDate
      baselineDueDate
      slipCount
      effectiveStatus
      isCritical
      isApproval
      approvalState
      approverName
      approvalHistory {
        action
        note
        createdAt
        actorName
      }
    }
    recentCheckIns {
      authorName
      confidence
      date
      note
      value
    }
  }
`);

const SharedViewQuery = graphql(
  `
    query SharedView($token: String!) {
      sharedView(token: $token) {
        status
        scope
        expiresAt
        organizationName
        healthCounts {
          onTrack
          atRisk
          offTrack
          closed
        }
        goal {
          ...SharedGoalFields
        }
        goals {
          ...SharedGoalFields
        }
      }
    }
  `,
  [SharedGoalFields],
);

export type SharedViewData = ResultOf<typeof SharedViewQuery>["sharedView"];
export type SharedGoalData = NonNullable<SharedViewData["goal"]>;

/**
 * What the link shows, read through the GraphQL schema in-process as an anonymous viewer so the
 * same rules apply as for the public API. Cached per request (metadata and page share one read).
 * Null only when the read itself failed; an unknown token is status NOT_FOUND.
 */
export const loadSharedView = cache(
  async (token: string): Promise<SharedViewData | null> => (await runServerQuery(SharedViewQuery, { token }, null))?.sharedView ?? null,
);
