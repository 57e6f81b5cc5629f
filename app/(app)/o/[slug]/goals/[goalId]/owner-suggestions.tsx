"use client";

import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { Avatar } from "@/app/_components/Avatar";
import { Dropdown } from "@/app/_components/Dropdown";
import { Spinner } from "@/app/_components/Spinner";
import { errorMessage } from "@/app/_components/form-errors";
import { graphql } from "@/graphql/client/graphql";

export const OwnerSuggestionsQuery = graphql(`
  query OwnerSuggestions($id: ID!) {
    milestone(id: $id) {
      id
      ownerSuggestions(first: 5) {
        reason
        user {
          id
          name
          email
        }
      }
    }
  }
`);

type Suggested = { id: string; name: string; email: string };

/**
 * "Suggest an owner": opens a list of up to five members ranked by Milestone.ownerSuggestions, each
 * with its reason; one click (or Enter) makes that person the owner. Loaded when opened, not with
 * the page, since few rows need it. ArrowUp/ArrowDown move between the people (Dropdown).
 */
export function OwnerSuggestions({
  milestoneId,
  milestoneTitle,
  hasOwner,
  onPick,
}: {
  milestoneId: string;
  milestoneTitle: string;
  hasOwner: boolean;
  /** Resolves once saved; throws with the server's message otherwise. */
  onPick: (person: Suggested) => Promise<void>;
}) {
  return (
    <Dropdown
      align="right"
      buttonClassName="rounded-md px-1.5 py-0.5 text-sm whitespace-nowrap font-medium text-indigo-700 hover:bg-indigo-50 hover:underline aria-expanded:bg-indigo-50"
      panelClassName="w-80"
      button={() => (
        <>
          {hasOwner ? "Suggest" : "Suggest an owner"}
          <span className="sr-only">{hasOwner ? " an owner" : ""} for {milestoneTitle}</span>
        </>
      )}
    >
      {(close) => <SuggestionList milestoneId={milestoneId} onPick={onPick} close={close} />}
    </Dropdown>
  );
}

function SuggestionList({
  milestoneId,
  onPick,
  close,
}: {
  milestoneId: string;
  onPick: (person: Suggested) => Promise<void>;
  close: (focusTrigger?: boolean) => void;
}) {
  // Fresh each time it opens: workloads change as milestones are assigned.
  const { data, loading, error } = useQuery(OwnerSuggestionsQuery, { variables: { id: milestoneId }, fetchPolicy: "network-only" });
  const [saving, setSaving] = useState<string | null>(null);
  const [pickError, setPickError] = useState<string | null>(null);
  const suggestions = data?.milestone?.ownerSuggestions;

  async function pick(person: Suggested) {
    setSaving(person.id);
    setPickError(null);
    try {
      await onPick(person);
      // Back on "Suggest" of the same row, where the keyboard was.
      close(true);
    } catch (e) {
      setPickError(errorMessage(e));
    } finally {
      setSaving(null);
    }
  }

  return (
    <div>
      <p id={`${milestoneId}-suggestions`} className="px-2.5 pt-1.5 pb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">
        Suggested owners
      </p>
      {loading && !suggestions ? (
        <p className="flex items-center gap-2 px-2.5 py-3 text-sm text-slate-500" role="status">
          <Spinner /> Finding people…
        </p>
      ) : error ? (
        <p role="alert" className="mx-2.5 mb-1.5 rounded-md bg-red-50 px-2.5 py-2 text-sm text-red-700">
          Couldn&apos;t load suggestions. {errorMessage(error)}
        </p>
      ) : !suggestions?.length ? (
        <p className="px-2.5 py-3 text-sm text-slate-500">Nobody to suggest yet: only members (not stakeholders) can own a milestone.</p>
      ) : (
        <ul aria-labelledby={`${milestoneId}-suggestions`} className="max-h-80 overflow-y-auto">
          {suggestions.map(({ user, reason }) => (
            <li key={user.id}>
              <button
                type="button"
                disabled={saving !== null}
                onClick={() => void pick(user)}
                className="flex w-full items-start gap-2.5 rounded-lg px-2.5 py-2 text-left text-sm hover:bg-slate-100 focus-visible:bg-slate-100 disabled:opacity-60"
              >
                <Avatar name={user.name} size="xs" decorative />
                <span className="min-w-0 flex-1">
                  <span className="block truncate font-medium text-slate-800">
                    <span className="sr-only">Make owner: </span>
                    {user.name}
                  </span>
                  <span className="block text-xs text-slate-600">{reason}</span>
                </span>
                {saving === user.id ? <Spinner /> : null}
              </button>
            </li>
          ))}
        </ul>
      )}
      {pickError ? (
        <p role="alert" className="mx-2.5 mt-1 mb-1.5 rounded-md bg-red-50 px-2.5 py-2 text-sm text-red-700">
          {pickError}
        </p>
      ) : null}
    </div>
  );
}
