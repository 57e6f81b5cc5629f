"use client";

import { useQuery } from "@apollo/client/react";
import { useParams } from "next/navigation";
import { type KeyboardEvent, useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import { insertMention, matchPeople, mentionQueryAt } from "@/domain/mentions";
import { MentionCandidatesQuery } from "./comment-fields";

export type MentionCandidate = { id: string; userId: string; name: string };

/** The database id a mention token keeps, from the API's global id ("User:<id>", base64). */
const userIdOf = (globalId: string) => atob(globalId).slice("User:".length);

/**
 * "@" in the comment box: which members match what follows it, the highlighted one, and the keys
 * (arrows move, Enter or Tab pick, Escape closes). The organization's members load the first time
 * "@" is typed. `picked` is who was chosen, for encodeMentions when the comment is sent.
 */
export function useMentionAutocomplete(text: string, setText: (text: string) => void) {
  const { slug } = useParams<{ slug: string }>();
  const ref = useRef<HTMLTextAreaElement>(null);
  const listboxId = useId();
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  // Escape closes the list for the "@query" as it stands; typing on opens it again.
  const [dismissed, setDismissed] = useState<{ start: number; query: string } | null>(null);
  const [picked, setPicked] = useState<MentionCandidate[]>([]);
  const [wanted, setWanted] = useState(false);
  const pendingCaret = useRef<number | null>(null);

  const query = mentionQueryAt(text, caret);
  if (query && !wanted) setWanted(true);
  const members = useQuery(MentionCandidatesQuery, { variables: { slug }, skip: !wanted || !slug });
  const candidates = useMemo<MentionCandidate[]>(
    () =>
      (members.data?.organization.members.edges ?? [])
        .map(({ node }) => ({ id: node.user.id, userId: userIdOf(node.user.id), name: node.user.name }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    [members.data],
  );
  const options = query ? matchPeople(candidates, query.query) : [];
  const loading = !!query && members.loading && candidates.length === 0;
  // Open while an "@query" is being typed that was not dismissed; a query with a space that matches
  // nobody is taken as ordinary text after an "@".
  const isDismissed = !!query && dismissed?.start === query.start && dismissed.query === query.query;
  // Any change to what is typed (or leaving the "@query") lifts the Escape.
  if (dismissed && !isDismissed) setDismissed(null);
  const open = !!query && !isDismissed && (loading || options.length > 0 || !query.query.includes(" "));
  const activeIndex = Math.min(active, Math.max(0, options.length - 1));
  const optionId = (index: number) => `${listboxId}-option-${index}`;

  // After a pick, the caret goes right after the inserted name (once React has rendered the text).
  useLayoutEffect(() => {
    const at = pendingCaret.current;
    if (at === null || !ref.current) return;
    pendingCaret.current = null;
    ref.current.setSelectionRange(at, at);
  });

  function pick(candidate: MentionCandidate) {
    if (!query) return;
    const next = insertMention(text, query.start, caret, candidate.name);
    setText(next.text);
    setCaret(next.caret);
    pendingCaret.current = next.caret;
    setPicked((list) => (list.some((p) => p.id === candidate.id) ? list : [...list, candidate]));
    setActive(0);
    ref.current?.focus();
  }

  /** Handles the listbox's keys; returns true when the key was the autocomplete's. */
  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>): boolean {
    if (!open || event.nativeEvent.isComposing) return false;
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      setDismissed(query);
      return true;
    }
    if (options.length === 0) return false;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((activeIndex + step + options.length) % options.length);
      return true;
    }
    if ((event.key === "Enter" && !event.metaKey && !event.ctrlKey && !event.shiftKey) || (event.key === "Tab" && !event.shiftKey)) {
      event.preventDefault();
      pick(options[activeIndex]!);
      return true;
    }
    return false;
  }

  /** Follows the caret: typing, clicking and arrow keys outside the list all move it. */
  const trackCaret = (el: HTMLTextAreaElement) => {
    if (el.selectionStart !== caret) {
      setCaret(el.selectionStart);
      setActive(0);
    }
  };

  return {
    ref,
    open,
    loading,
    options,
    activeIndex,
    listboxId,
    optionId,
    query: query?.query ?? "",
    /** Who was picked, by the database id a mention token keeps (not the API's global id). */
    picked: picked.map((p) => ({ id: p.userId, name: p.name })),
    pick,
    setActive,
    onKeyDown,
    trackCaret,
    /** Leaving the box closes the list (a click on an option keeps focus, so it still picks). */
    dismiss: () => {
      if (query) setDismissed(query);
    },
    reset: () => {
      setPicked([]);
      setDismissed(null);
      setCaret(0);
    },
    /** The textarea's ARIA: a textbox with list autocomplete (a textarea may not take the combobox role). */
    inputProps: {
      "aria-autocomplete": "list" as const,
      "aria-controls": open && options.length > 0 ? listboxId : undefined,
      "aria-activedescendant": open && options.length > 0 ? optionId(activeIndex) : undefined,
    },
  };
}
