import { Avatar } from "@/app/_components/Avatar";
import { Button } from "@/app/_components/Button";
import { formatDateTime, formatRelative } from "@/app/_components/format";
import { Skeleton } from "@/app/_components/Skeleton";
import { CommentBody } from "./comment-body";
import type { CommentItem } from "./comment-fields";

/** The comments of one discussion, oldest first, each with Delete when the viewer may. */
export function CommentList({
  comments,
  slug,
  canDelete,
  labelledBy,
  label,
  onDelete,
}: {
  comments: readonly CommentItem[];
  slug: string;
  /** Whether deleting is possible here at all (not on a closed or archived goal). */
  canDelete: boolean;
  labelledBy?: string;
  label?: string;
  onDelete: (comment: CommentItem) => void;
}) {
  return (
    <ol aria-labelledby={labelledBy} aria-label={label} className="divide-y divide-slate-100">
      {comments.map((comment) => (
        <li key={comment.id} className="flex gap-3 py-4">
          <Avatar name={comment.author.name} size="sm" decorative />
          <div className="min-w-0 flex-1">
            <div className="flex flex-wrap items-center gap-x-2">
              <span className="text-sm font-medium text-slate-900">{comment.author.name}</span>
              <time dateTime={comment.createdAt} title={formatDateTime(comment.createdAt)} className="text-xs text-slate-500">
                {formatRelative(comment.createdAt)}
              </time>
              {comment.viewerCanDelete && canDelete ? (
                <Button size="sm" variant="ghost-danger" className="ml-auto h-7 px-2 text-xs" onClick={() => onDelete(comment)}>
                  Delete<span className="sr-only"> comment by {comment.author.name}, {formatRelative(comment.createdAt)}</span>
                </Button>
              ) : null}
            </div>
            <CommentBody comment={comment} slug={slug} />
          </div>
        </li>
      ))}
    </ol>
  );
}

/** While the first page loads: two comment-shaped placeholders. */
export function CommentListSkeleton({ pad }: { pad: string }) {
  return (
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
  );
}
