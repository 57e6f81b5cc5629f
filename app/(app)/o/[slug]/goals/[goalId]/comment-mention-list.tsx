import { Avatar } from "@/app/_components/Avatar";
import { cx } from "@/app/_components/cx";
import { Spinner } from "@/app/_components/Spinner";
import type { MentionCandidate } from "./use-mention-autocomplete";

/**
 * The people matching an "@name" being typed, under the comment box. Focus stays in the box (the
 * options are pointed at with aria-activedescendant); a click picks without taking focus.
 */
export function CommentMentionList({
  id,
  optionId,
  options,
  activeIndex,
  loading,
  query,
  onHover,
  onPick,
}: {
  id: string;
  optionId: (index: number) => string;
  options: readonly MentionCandidate[];
  activeIndex: number;
  loading: boolean;
  query: string;
  onHover: (index: number) => void;
  onPick: (candidate: MentionCandidate) => void;
}) {
  return (
    <div className="absolute inset-x-0 top-full z-20 mt-1 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-lg">
      {/* An empty listbox is not allowed: while loading, or when nobody matches, only the status shows. */}
      {options.length > 0 ? (
      <div id={id} role="listbox" aria-label="People to mention" className="max-h-64 overflow-y-auto p-1">
        {options.map((person, index) => (
          <div
            key={person.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === activeIndex}
            onMouseDown={(e) => e.preventDefault()}
            onMouseMove={() => index !== activeIndex && onHover(index)}
            onClick={() => onPick(person)}
            className={cx(
              "flex cursor-pointer items-center gap-2.5 rounded-md px-2.5 py-1.5 text-sm",
              index === activeIndex ? "bg-indigo-50 text-indigo-900" : "text-slate-800",
            )}
          >
            <Avatar name={person.name} size="sm" decorative />
            <span dir="auto" className="truncate font-medium">
              {person.name}
            </span>
          </div>
        ))}
      </div>
      ) : null}
      <p role="status" className="flex items-center gap-2 border-t border-slate-100 px-3 py-1.5 text-xs text-slate-500">
        {loading ? (
          <>
            <Spinner className="size-3.5" /> Loading people…
          </>
        ) : options.length === 0 ? (
          `No member matches “${query}”.`
        ) : (
          `${options.length === 1 ? "1 person matches" : `${options.length} people match`}. ↑↓ to choose, Enter to mention, Esc to close.`
        )}
      </p>
    </div>
  );
}
