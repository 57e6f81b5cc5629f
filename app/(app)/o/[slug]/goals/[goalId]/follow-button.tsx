"use client";

import { useMutation } from "@apollo/client/react";
import { Bell, BellRing } from "lucide-react";
import { Button } from "@/app/_components/Button";
import { errorMessage } from "@/app/_components/form-errors";
import { graphql } from "@/graphql/client/graphql";

const FollowGoalMutation = graphql(`
  mutation FollowGoal($input: FollowGoalInput!) {
    followGoal(input: $input) {
      __typename
      goal {
        __typename
        id
        viewerFollows
      }
    }
  }
`);

const UnfollowGoalMutation = graphql(`
  mutation UnfollowGoal($input: FollowGoalInput!) {
    unfollowGoal(input: $input) {
      __typename
      goal {
        __typename
        id
        viewerFollows
      }
    }
  }
`);

/**
 * Follow / Following: whether you hear about this goal's comments, health changes and closing.
 * Owners and people working on it follow without asking; anyone in the organization may switch.
 */
export function FollowButton({ goal }: { goal: { __typename: "Goal"; id: string; viewerFollows: boolean } }) {
  const [follow, followState] = useMutation(FollowGoalMutation);
  const [unfollow, unfollowState] = useMutation(UnfollowGoalMutation);
  const following = goal.viewerFollows;
  const error = followState.error ?? unfollowState.error;

  const toggle = () => {
    const variables = { input: { goalId: goal.id } };
    const answer = { goal: { __typename: "Goal" as const, id: goal.id, viewerFollows: !following } };
    const done = following
      ? unfollow({ variables, optimisticResponse: { unfollowGoal: { __typename: "UnfollowGoalPayload", ...answer } } })
      : follow({ variables, optimisticResponse: { followGoal: { __typename: "FollowGoalPayload", ...answer } } });
    void done.catch(() => undefined);
  };

  return (
    <span className="inline-flex flex-col items-end print:hidden">
      <Button
        onClick={toggle}
        aria-pressed={following}
        title={following ? "You hear about its comments, health and closing. Select to stop." : "Hear about its comments, health and closing."}
        icon={following ? <BellRing aria-hidden className="size-4" /> : <Bell aria-hidden className="size-4" />}
      >
        {following ? "Following" : "Follow"}
      </Button>
      {error ? (
        <span role="alert" className="mt-1 text-xs text-red-700">
          {errorMessage(error)}
        </span>
      ) : null}
    </span>
  );
}
