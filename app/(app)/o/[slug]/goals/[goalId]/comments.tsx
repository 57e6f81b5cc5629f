"use client";

import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from "react";
import { Alert } from "@/app/_components/Alert";
import { Avatar } from "@/app/_components/Avatar";
import { Button } from "@/app/_components/Button";
import { Card } from "@/app/_components/Card";
import { ConfirmDialog } from "@/app/_components/ConfirmDialog";
import { TextArea } from "@/app/_components/fields";
import { errorMessage, formErrorsFrom } from "@/app/_components/form-errors";
import { formatDateTime, formatRelative } from "@/app/_components/format";
import { Skeleton } from "@/app/_components/Skeleton";
import { useLoadEarlier } from "@/app/_components/use-load-more";
import { plural } from "./goal-labels";
import { AddCommentMutation, COMMENTS_PAGE, DeleteCommentMutation, GoalCommentsQuery, MilestoneCommentsQuery } from "./operations";

type Pending = { id: string; author: string };

/** What is discussed: the goal itself, or one of its milestones (named by its title in labels). */
export type CommentTarget = { goalId: string; milestoneId?: never } | { milestoneId: string; milestoneTitle: string; goalId?: never };

type CommentsProps = {
  canComment: boolean;
  readOnlyReason?: string;
  /** Told the total once known (a milestone row shows it on its toggle). */
  onCount?: (count: number) => void;
} & CommentTarget;

/** A discussion, oldest first (the latest page, with earlier ones on demand): the goal's own, or a milestone's. */
export function Comments(props: CommentsProps) {
  const { canComment, readOnlyReason, onCount } = props;
  const milestoneTitle = props.milestoneId != null ? props.milestoneTitle : null;
  const goalQuery = useQuery(GoalCommentsQuery, {
    variables: { id: props.goalId ?? "", last: COMMENTS_PAGE },
    skip: props.goalId == null,
  });
  const milestoneQuery = useQuery(MilestoneCommentsQuery, {
    variables: { id: props.milestoneId ?? "", last: COMMENTS_PAGE },
    skip: props.milestoneId == null,
  });
  const { loading, error, refetch } = props.goalId != null ? goalQuery : milestoneQuery;
  const headingId = useId();
  const [pendingDelete, setPendingDelete] = useState<Pending | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [deleteComment, { loading: deleting }] = useMutation(DeleteCommentMutation, {
    refetchQueries: () => ["GoalActivity", commentsRefetch(props.goalId != null ? { goalId: props.goalId } : { milestoneId: props.milestoneId })],
  });
  const connection = props.goalId != null ? goalQuery.data?.goal.comments : milestoneQuery.data?.milestone.comments;
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

  async function confirmDelete() {
    if (!pendingDelete) return;
    setDeleteError(null);
    try {
      await deleteComment({
        variables: { input: { commentId: pendingDelete.id } },
        update(cache, { data: result }) {
          const id = result?.deleteComment.deletedCommentId;
          if (!id) return;
          cache.evict({ id: cache.identify({ __typename: "Comment", id }) });
          cache.gc();
        },
      });
      setPendingDelete(null);
      setAnnouncement("Comment deleted.");
    } catch (e) {
      setDeleteError(errorMessage(e));
    }
  }

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
          {connection && connection.totalCount > 0 ? (
            <p className="text-sm text-slate-500">{plural(connection.totalCount, "comment")}</p>
          ) : null}
        </div>
      )}

      {!connection && loading ? (
        <div role="status" aria-label="Loading comments…" className={`space-y-4 py-5 ${pad}`}>
          {[0, 1].map((i) => (
            <div key={i} className="flex gap-3">
              <Skeleton className="size-8 rounded-full" />
              <div className="flex-1 space-y-2">
                <Skeleton className="h-3.5 w-1/4" />
                <Skeleton className="h-3 w-3/4" />
              </div>
            </div>
          ))}
        </div>
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
            <p className="py-4 text-sm text-slate-500">
              No comments yet.{canComment ? " Ask a question or share what you learned." : ""}
            </p>
          ) : (
            <ol
              aria-labelledby={compact ? undefined : headingId}
              aria-label={compact ? `Comments on ${milestoneTitle}` : undefined}
              className="divide-y divide-slate-100"
            >
              {connection.edges.map(({ node }) => (
                <li key={node.id} className="flex gap-3 py-4">
                  <Avatar name={node.author.name} size="sm" decorative />
                  <div className="min-w-0 flex-1">
                    <div className="flex flex-wrap items-center gap-x-2">
                      <span className="text-sm font-medium text-slate-900">{node.author.name}</span>
                      <time dateTime={node.createdAt} title={formatDateTime(node.createdAt)} className="text-xs text-slate-500">
                        {formatRelative(node.createdAt)}
                      </time>
                      {node.viewerCanDelete && canComment ? (
                        <Button
                          size="sm"
                          variant="ghost-danger"
                          className="ml-auto h-7 px-2 text-xs"
                          onClick={() => {
                            setDeleteError(null);
                            setPendingDelete({ id: node.id, author: node.author.name });
                          }}
                        >
                          Delete<span className="sr-only"> comment by {node.author.name}, {formatRelative(node.createdAt)}</span>
                        </Button>
                      ) : null}
                    </div>
                    <p dir="auto" className="mt-1 text-sm leading-relaxed break-words whitespace-pre-line text-slate-700">{node.body}</p>
                  </div>
                </li>
              ))}
            </ol>
          )}
        </div>
      )}

      {canComment ? (
        <CommentForm
          target={props.goalId != null ? { goalId: props.goalId } : { milestoneId: props.milestoneId }}
          milestoneTitle={milestoneTitle}
          pad={pad}
          onPosted={() => setAnnouncement("Comment posted.")}
        />
      ) : readOnlyReason ? (
        <p className={`border-t border-slate-100 py-4 text-sm text-slate-500 ${pad}`}>{readOnlyReason}</p>
      ) : compact ? null : (
        <div className="pb-3" />
      )}

      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>

      <ConfirmDialog
        open={!!pendingDelete}
        title="Delete comment?"
        description="It will be removed for everyone. This can't be undone."
        confirmLabel="Delete"
        tone="danger"
        loading={deleting}
        error={deleteError}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setPendingDelete(null)}
      />
    </Frame>
  );
}

/**
 * The one list to refetch after a change. Not by operation name: the component also holds the other
 * kind's query (skipped), which a by-name refetch would run with an empty id.
 */
function commentsRefetch(target: { goalId: string } | { milestoneId: string }) {
  return "goalId" in target
    ? { query: GoalCommentsQuery, variables: { id: target.goalId, last: COMMENTS_PAGE } }
    : { query: MilestoneCommentsQuery, variables: { id: target.milestoneId, last: COMMENTS_PAGE } };
}

/** Stable (module-level) so re-renders never remount the form and lose what is being typed. */
function Frame({ compact, children }: { compact: boolean; children: ReactNode }) {
  return compact ? (
    <div className="overflow-hidden rounded-lg border border-slate-200 bg-white">{children}</div>
  ) : (
    <Card padded={false}>{children}</Card>
  );
}

function CommentForm({
  target,
  milestoneTitle,
  pad,
  onPosted,
}: {
  target: { goalId: string } | { milestoneId: string };
  milestoneTitle: string | null;
  pad: string;
  onPosted: () => void;
}) {
  const [body, setBody] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const ref = useRef<HTMLTextAreaElement>(null);
  const [addComment, { loading }] = useMutation(AddCommentMutation, {
    refetchQueries: () => [commentsRefetch(target), "GoalActivity"],
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    if (!body.trim()) {
      setFieldError("Write a comment.");
      ref.current?.focus();
      return;
    }
    try {
      await addComment({ variables: { input: { ...target, body } }, awaitRefetchQueries: true });
      setBody("");
      setFieldError(null);
      onPosted();
    } catch (e) {
      const errors = formErrorsFrom(e, ["body"]);
      setFieldError(errors.fieldErrors.body ?? null);
      setFormError(errors.formError ?? null);
      if (errors.fieldErrors.body) ref.current?.focus();
    }
  }

  return (
    <form
      noValidate
      onSubmit={submit}
      aria-label={milestoneTitle != null ? `Add comment on ${milestoneTitle}` : "Add comment"}
      className={`space-y-3 border-t border-slate-200 bg-slate-50/70 py-4 ${pad} ${milestoneTitle != null ? "" : "rounded-b-xl"}`}
    >
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <TextArea
        ref={ref}
        label={milestoneTitle != null ? `Comment on ${milestoneTitle}` : "Comment"}
        name="body"
        rows={milestoneTitle != null ? 2 : 3}
        maxLength={5000}
        value={body}
        onChange={(e) => {
          setBody(e.target.value);
          if (fieldError) setFieldError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.metaKey || e.ctrlKey)) e.currentTarget.form?.requestSubmit();
        }}
        error={fieldError}
        placeholder="Ask a question, share an update or a link…"
        description="Ctrl + Enter to post."
      />
      <div className="flex justify-end">
        <Button type="submit" variant="primary" size={milestoneTitle != null ? "sm" : undefined} loading={loading}>
          Post comment
        </Button>
      </div>
    </form>
  );
}
