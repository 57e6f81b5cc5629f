"use client";

import { useQuery } from "@apollo/client/react";
import { useRouter } from "next/navigation";
import { type KeyboardEvent, useCallback, useEffect, useId, useMemo, useState } from "react";
import { cx } from "../cx";
import { errorMessage } from "../form-errors";
import { SavedViewsQuery } from "../saved-views/operations";
import { viewHref } from "../saved-views/view-href";
import { Spinner } from "../Spinner";
import { useModalDialog } from "../use-modal-dialog";
import { PaletteOrgQuery, PaletteSearchQuery } from "./operations";
import { type PaletteContext, type PaletteItem, type PaletteOrg, paletteItems, type SearchNode } from "./palette-items";
import { useDebouncedValue } from "./use-debounced-value";
import { usePaletteShortcut } from "./use-palette-shortcut";

const SEARCH_DELAY_MS = 200;
const SEARCH_RESULTS = 8;
const MAX_QUERY = 200;
/** The API searches words of letters and digits; anything else alone would be refused. */
const hasWord = (text: string) => /[\p{L}\p{N}]/u.test(text);

function SearchIcon({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden className={className}>
      <path
        fillRule="evenodd"
        d="M9 3.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11ZM2 9a7 7 0 1 1 12.452 4.391l3.328 3.329a.75.75 0 1 1-1.06 1.06l-3.329-3.328A7 7 0 0 1 2 9Z"
        clipRule="evenodd"
      />
    </svg>
  );
}

/**
 * The top bar's "Search" button and the command palette it opens (also with Ctrl-K / Cmd-K): jump
 * to a goal, milestone, comment, person, saved view or page, or run an action, all from the
 * keyboard. The palette is a modal <dialog> (focus stays inside, Escape closes it, focus returns
 * to where it was) holding an ARIA combobox: the input keeps focus while the arrow keys move the
 * active option of the listbox, and Enter opens it.
 */
export function CommandPalette({ orgs, currentSlug }: { orgs: PaletteOrg[]; currentSlug: string | null }) {
  const [open, setOpen] = useState(false);
  const show = useCallback(() => setOpen(true), []);
  const hide = useCallback(() => setOpen(false), []);
  usePaletteShortcut(show);
  // Shown after hydration, so the server's HTML never disagrees with the browser's.
  const [mac, setMac] = useState(false);
  useEffect(() => setMac(/Mac|iPhone|iPad/.test(navigator.platform)), []);

  const modal = useModalDialog({ open, busy: false, onClose: hide, focusFirst: (d) => d.querySelector<HTMLElement>("input") });

  return (
    <>
      <button
        type="button"
        onClick={show}
        aria-keyshortcuts="Control+K Meta+K"
        className="flex h-9 items-center gap-2 rounded-lg px-2 text-sm font-medium text-slate-600 ring-slate-200 hover:bg-slate-100 hover:text-slate-900 md:w-44 md:ring-1 md:ring-inset"
      >
        <SearchIcon className="size-4 shrink-0" />
        <span className="sr-only md:not-sr-only">Search</span>
        <kbd aria-hidden className="ml-auto hidden rounded border border-slate-200 px-1.5 font-sans text-[11px] text-slate-500 md:inline">
          {mac ? "⌘K" : "Ctrl K"}
        </kbd>
      </button>
      <dialog
        {...modal}
        aria-label="Search and commands"
        className="mx-auto mt-[8vh] mb-auto w-[calc(100%-1.5rem)] max-w-xl overflow-hidden rounded-xl bg-white p-0 text-slate-900 shadow-2xl ring-1 ring-slate-900/10"
      >
        {open ? <PaletteBody orgs={orgs} currentSlug={currentSlug} onDone={hide} /> : null}
      </dialog>
    </>
  );
}

function PaletteBody({ orgs, currentSlug, onDone }: { orgs: PaletteOrg[]; currentSlug: string | null; onDone: () => void }) {
  const router = useRouter();
  const [query, setQuery] = useState("");
  const [mode, setMode] = useState<"jump" | "check-in">("jump");
  const [active, setActive] = useState(0);
  const ids = useId();
  const listboxId = `${ids}-listbox`;
  const optionId = (index: number) => `${ids}-option-${index}`;

  const settled = useDebouncedValue(query.trim(), SEARCH_DELAY_MS);
  const searching = hasWord(settled);
  const search = useQuery(PaletteSearchQuery, { variables: { query: settled, first: SEARCH_RESULTS }, skip: !searching });
  const orgQuery = useQuery(PaletteOrgQuery, { variables: { slug: currentSlug ?? "" }, skip: !currentSlug });
  const viewsQuery = useQuery(SavedViewsQuery, { variables: { slug: currentSlug ?? "" }, skip: !currentSlug });

  const current = orgs.find((o) => o.slug === currentSlug) ?? null;
  const ctx: PaletteContext = useMemo(
    () => ({
      current,
      orgs,
      canEditGoals: orgQuery.data?.organization?.viewerCan.editGoals ?? false,
      people: (orgQuery.data?.organization?.members.edges ?? []).map((e) => e.node.user),
      views: (viewsQuery.data?.organization?.savedViews ?? []).map((v) => ({
        id: v.id,
        name: v.name,
        shared: v.shared,
        href: viewHref(current?.slug ?? "", v.filters),
      })),
    }),
    [current, orgs, orgQuery.data, viewsQuery.data],
  );
  // While the next answer loads, the last one stays (no flicker between keystrokes).
  const answer = search.data ?? search.previousData;
  const hits = searching && answer ? (answer.search.map((h) => h.node) as unknown as SearchNode[]) : [];
  const typed = query.trim();
  const items = paletteItems(ctx, typed && !hasWord(typed) ? "" : query, hits, mode);
  const selected = Math.min(active, Math.max(items.length - 1, 0));
  const waiting = hasWord(typed) && (typed !== settled || search.loading);

  // The active option stays in sight as the arrow keys move it.
  useEffect(() => {
    document.getElementById(`${ids}-option-${selected}`)?.scrollIntoView({ block: "nearest" });
  }, [ids, selected]);

  function choose(item: PaletteItem | undefined) {
    if (!item) return;
    if (item.mode === "check-in") {
      setMode("check-in");
      setQuery("");
      setActive(0);
      return;
    }
    onDone();
    router.push(item.href);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = items.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (count === 0) return;
      setActive((selected + (event.key === "ArrowDown" ? 1 : count - 1)) % count);
    } else if (event.key === "Enter") {
      event.preventDefault();
      choose(items[selected]);
    } else if (event.key === "Backspace" && query === "" && mode === "check-in") {
      setMode("jump");
      setActive(0);
    }
  }

  const status =
    search.error && searching
      ? errorMessage(search.error)
      : waiting
        ? "Searching…"
        : mode === "check-in" && !typed
          ? "Type a goal's title to check in on it."
          : typed && items.length === 0
            ? `Nothing found for “${typed}”.`
            : typed
              ? `${items.length} ${items.length === 1 ? "result" : "results"}`
              : "";

  // Consecutive items of one group, under its heading.
  const groups: { name: string; items: { item: PaletteItem; index: number }[] }[] = [];
  items.forEach((item, index) => {
    const last = groups.at(-1);
    if (last && last.name === item.group) last.items.push({ item, index });
    else groups.push({ name: item.group, items: [{ item, index }] });
  });

  return (
    <div className="flex max-h-[min(36rem,80dvh)] flex-col">
      <div className="flex items-center gap-2 border-b border-slate-200 px-4">
        <SearchIcon className="size-5 shrink-0 text-slate-400" />
        {mode === "check-in" ? (
          <span className="shrink-0 rounded-md bg-indigo-50 px-2 py-0.5 text-xs font-medium text-indigo-700">Check in</span>
        ) : null}
        <input
          role="combobox"
          aria-expanded={items.length > 0}
          aria-controls={listboxId}
          aria-activedescendant={items.length > 0 ? optionId(selected) : undefined}
          aria-autocomplete="list"
          aria-label={mode === "check-in" ? "Check in on which goal?" : "Search goals, milestones, comments, people and pages"}
          aria-describedby={`${ids}-status`}
          placeholder={mode === "check-in" ? "Check in on which goal?" : "Search or jump to…"}
          value={query}
          maxLength={MAX_QUERY}
          autoComplete="off"
          spellCheck={false}
          dir="auto"
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          className="h-14 min-w-0 flex-1 bg-transparent text-base text-slate-900 placeholder:text-slate-500 focus:outline-none"
        />
        {waiting ? <Spinner className="shrink-0 text-slate-400" /> : null}
      </div>
      <div id={listboxId} role="listbox" aria-label="Results" className="min-h-0 flex-1 overflow-y-auto p-2">
        {groups.map((group) => (
          <div key={group.name} role="group" aria-labelledby={`${ids}-${group.name}`}>
            <div id={`${ids}-${group.name}`} aria-hidden className="px-2.5 pt-2 pb-1 text-xs font-medium tracking-wide text-slate-500 uppercase">
              {group.name}
            </div>
            {group.items.map(({ item, index }) => (
              <div
                key={item.key}
                id={optionId(index)}
                role="option"
                aria-selected={index === selected}
                // Keep focus in the input: the option is chosen by the click, not focused.
                onMouseDown={(e) => e.preventDefault()}
                onMouseMove={() => index !== selected && setActive(index)}
                onClick={() => choose(item)}
                className={cx(
                  "flex cursor-pointer flex-col rounded-lg px-2.5 py-2 text-sm",
                  index === selected ? "bg-indigo-50 text-indigo-900" : "text-slate-800",
                )}
              >
                <span dir="auto" className="truncate font-medium">
                  {item.label}
                </span>
                {item.detail ? (
                  <span dir="auto" className={cx("truncate text-xs", index === selected ? "text-indigo-800" : "text-slate-500")}>
                    {item.detail}
                  </span>
                ) : null}
              </div>
            ))}
          </div>
        ))}
      </div>
      <div className="flex items-center justify-between gap-3 border-t border-slate-200 px-4 py-2 text-xs text-slate-500">
        <p id={`${ids}-status`} role="status" className="min-w-0 truncate">
          {status}
        </p>
        <p aria-hidden className="hidden shrink-0 sm:block">
          ↑↓ move · Enter open · Esc close
        </p>
      </div>
    </div>
  );
}
