"use client";

import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { errorMessage } from "@/app/_components/form-errors";
import { AddCommentMutation, COMMENTS_PAGE, type CommentItem, DeleteCommentMutation, GoalCommentsQuery, MilestoneCommentsQuery } from "./comment-fields";

export type CommentTargetId = { goalId: string } | { milestoneId: string };

/**
 * The one list to refetch after a change. Not by operation name: the discussion also holds the
 * other kind's query (skipped), which a by-name refetch would run with an empty id.
 */
export function commentsRefetch(target: CommentTargetId) {
  return "goalId" in target
    ? { query: GoalCommentsQuery, variables: { id: target.goalId, last: COMMENTS_PAGE } }
    : { query: MilestoneCommentsQuery, variables: { id: target.milestoneId, last: COMMENTS_PAGE } };
}

/** Posting a comment: the list and the goal's activity are refetched once it is saved. */
export function useAddComment(target: CommentTargetId) {
  const [addComment, { loading }] = useMutation(AddCommentMutation, {
    refetchQueries: () => [commentsRefetch(target), "GoalActivity"],
  });
  const post = (body: string) => addComment({ variables: { input: { ...target, body } }, awaitRefetchQueries: true });
  return { post, posting: loading };
}

/** Deleting a comment behind a confirmation, and what to announce once it is gone. */
export function useDeleteComment(target: CommentTargetId, announce: (message: string) => void) {
  const [pending, setPending] = useState<CommentItem | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [deleteComment, { loading }] = useMutation(DeleteCommentMutation, {
    refetchQueries: () => ["GoalActivity", commentsRefetch(target)],
  });

  async function confirm() {
    if (!pending) return;
    setError(null);
    try {
      await deleteComment({
        variables: { input: { commentId: pending.id } },
        update(cache, { data: result }) {
          const id = result?.deleteComment.deletedCommentId;
          if (!id) return;
          cache.evict({ id: cache.identify({ __typename: "Comment", id }) });
          cache.gc();
        },
      });
      setPending(null);
      announce("Comment deleted.");
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return {
    pending,
    error,
    deleting: loading,
    ask: (comment: CommentItem) => {
      setError(null);
      setPending(comment);
    },
    cancel: () => setPending(null),
    confirm,
  };
}
