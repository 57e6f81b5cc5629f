"use client";

import { useQuery } from "@apollo/client/react";
import { useParams } from "next/navigation";
import { type ReactNode, useEffect, useId, useState } from "react";
import { Alert } from "@/app/_components/Alert";
import { Button } from "@/app/_components/Button";
import { Card } from "@/app/_components/Card";
import { ConfirmDialog } from "@/app/_components/ConfirmDialog";
import { errorMessage } from "@/app/_components/form-errors";
import { useLoadEarlier } from "@/app/_components/use-load-more";
import { COMMENTS_PAGE, type CommentTargetGoal, GoalCommentsQuery, MilestoneCommentsQuery } from "./comment-fields";
import { CommentComposer } from "./comment-composer";
import { CommentList, CommentListSkeleton } from "./comment-list";
import { plural } from "./goal-labels";
import { useDeleteComment } from "./use-comment-actions";

/** What is discussed: the goal itself, or one of its milestones (named by its title in labels). */
export type CommentTarget = { goalId: string; milestoneId?: never } | { milestoneId: string; milestoneTitle: string; goalId?: never };

type CommentsProps = {
  /** Told the total once known (a milestone row shows it on its toggle). */
  onCount?: (count: number) => void;
} & CommentTarget;

/** Why the viewer can't write here, when they can't; null when they can (everyone in the organization, on an open goal). */
function readOnlyReason(goal: CommentTargetGoal | undefined): string | null {
  if (!goal) return "";
  if (goal.archivedAt) return "Comments are closed while the goal is archived.";
  if (goal.isClosed) return "Comments are closed while the goal is closed.";
  return goal.viewerCan.comment ? null : "";
}

/** A discussion, oldest first (the latest page, with earlier ones on demand): the goal's own, or a milestone's. */
export function Comments(props: CommentsProps) {
  const { onCount } = props;
  const { slug } = useParams<{ slug: string }>();
  const milestoneTitle = props.milestoneId != null ? props.milestoneTitle : null;
  const target = props.goalId != null ? { goalId: props.goalId } : { milestoneId: props.milestoneId };
  const goalQuery = useQuery(GoalCommentsQuery, { variables: { id: props.goalId ?? "", last: COMMENTS_PAGE }, skip: props.goalId == null });
  const milestoneQuery = useQuery(MilestoneCommentsQuery, {
    variables: { id: props.milestoneId ?? "", last: COMMENTS_PAGE },
    skip: props.milestoneId == null,
  });
  const { loading, error, refetch } = props.goalId != null ? goalQuery : milestoneQuery;
  const headingId = useId();
  const [announcement, setAnnouncement] = useState("");
  const removal = useDeleteComment(target, setAnnouncement);
  const connection = props.goalId != null ? goalQuery.data?.goal.comments : milestoneQuery.data?.milestone.comments;
  const goal = props.goalId != null ? goalQuery.data?.goal : milestoneQuery.data?.milestone.goal;
  const closedReason = readOnlyReason(goal);
  const canComment = closedReason === null;
  const total = connection?.totalCount;

  useEffect(() => {
    if (total != null) onCount?.(total);
  }, [total, onCount]);

  const goalEarlier = useLoadEarlier(goalQuery, {
    connection: (data) => data.goal.comments,
    withConnection: (data, comments) => ({ ...data, goal: { ...data.goal, comments } }),
  });
  const milestoneEarlier = useLoadEarlier(milestoneQuery, {
    connection: (data) => data.milestone.comments,
    withConnection: (data, comments) => ({ ...data, milestone: { ...data.milestone, comments } }),
  });
  const earlier = props.goalId != null ? goalEarlier : milestoneEarlier;

  // A milestone's discussion sits inside its row (the row's toggle is its heading); the goal's is a card.
  const compact = milestoneTitle != null;
  const pad = compact ? "px-4" : "px-5 sm:px-6";
  return (
    <Frame compact={compact}>
      {compact ? null : (
        <div className="flex items-baseline justify-between gap-3 px-5 pt-5 sm:px-6 sm:pt-6">
          <h2 id={headingId} className="text-base font-semibold text-slate-900">
            Comments
          </h2>
          {connection && connection.totalCount > 0 ? <p className="text-sm text-slate-500">{plural(connection.totalCount, "comment")}</p> : null}
        </div>
      )}

      {!connection && loading ? (
        <CommentListSkeleton pad={pad} />
      ) : !connection ? (
        <div className={`py-5 ${pad}`}>
          <Alert
            tone="error"
            action={
              <Button size="sm" onClick={() => void refetch()}>
                Try again
              </Button>
            }
          >
            Couldn&apos;t load comments. {errorMessage(error)}
          </Alert>
        </div>
      ) : (
        <div className={`pb-2 ${pad}`}>
          {connection.pageInfo.hasPreviousPage ? (
            <div className="pt-3">
              <Button size="sm" variant="ghost" onClick={() => void earlier.loadMore()} loading={earlier.loadingMore}>
                Show earlier comments
              </Button>
            </div>
          ) : null}
          {earlier.error ? <p role="alert" className="mt-2 text-sm text-red-600">{earlier.error}</p> : null}
          {connection.edges.length === 0 ? (
            <p className="py-4 text-sm text-slate-500">No comments yet.{canComment ? " Ask a question or share what you learned." : ""}</p>
          ) : (
            <CommentList
              comments={connection.edges.map((edge) => edge.node)}
              slug={slug}
              canDelete={canComment}
              labelledBy={compact ? undefined : headingId}
              label={compact ? `Comments on ${milestoneTitle}` : undefined}
              onDelete={removal.ask}
            />
          )}
        </div>
      )}

      {canComment ? (
        <CommentComposer target={target} milestoneTitle={milestoneTitle} pad={pad} onPosted={() => setAnnouncement("Comment posted.")} />
      ) : closedReason ? (
        <p className={`border-t border-slate-100 py-4 text-sm text-slate-500 ${pad}`}>{closedReason}</p>
      ) : compact ? null : (
        <div className="pb-3" />
      )}

      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>

      <ConfirmDialog
        open={!!removal.pending}
        title="Delete comment?"
        description="It will be removed for everyone. This can't be undone."
        confirmLabel="Delete"
        tone="danger"
        loading={removal.deleting}
        error={removal.error}
        onConfirm={() => void removal.confirm()}
        onCancel={removal.cancel}
      />
    </Frame>
  );
}

/** Stable (module-level) so re-renders never remount the form and lose what is being typed. */
function Frame({ compact, children }: { compact: boolean; children: ReactNode }) {
  return compact ? (
    // Not overflow-hidden: the mention list may hang below the box.
    <div className="rounded-lg border border-slate-200 bg-white">{children}</div>
  ) : (
    <Card padded={false}>{children}</Card>
  );
}
