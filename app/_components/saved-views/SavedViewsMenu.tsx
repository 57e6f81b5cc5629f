"use client";

import { useQuery } from "@apollo/client/react";
import Link from "next/link";
import { cx } from "../cx";
import { dropdownItemClasses } from "../Dropdown";
import { errorMessage } from "../form-errors";
import { Skeleton } from "../Skeleton";
import { SavedViewsQuery } from "./operations";
import { filtersSearch, viewHref } from "./view-href";

/**
 * The org nav's "Views" menu: dashboard views shared with the organization, then your own. Rendered
 * only while the menu is open, so pages don't pay for it until asked (and the URL is read then).
 */
export function SavedViewsMenu({ slug }: { slug: string }) {
  const { data, loading, error } = useQuery(SavedViewsQuery, { variables: { slug } });
  const views = data?.organization?.savedViews ?? [];
  const here = typeof window === "undefined" ? null : window.location.pathname === `/o/${slug}` ? window.location.search : null;
  const groups = [
    { label: "Shared with the organization", views: views.filter((v) => v.shared) },
    { label: "Only you", views: views.filter((v) => !v.shared) },
  ].filter((g) => g.views.length > 0);

  return (
    <nav aria-label="Saved views">
      <p className="px-2.5 pt-1.5 pb-1 text-xs font-medium tracking-wide text-slate-500 uppercase">Saved views</p>
      {loading && !data ? (
        <div role="status" aria-label="Loading saved views…" className="space-y-2 px-2.5 py-2">
          <Skeleton className="h-4 w-40" />
          <Skeleton className="h-4 w-32" />
        </div>
      ) : error ? (
        <p role="alert" className="px-2.5 py-2 text-sm text-red-700">
          {errorMessage(error)}
        </p>
      ) : groups.length === 0 ? (
        <p className="px-2.5 py-2 text-sm text-slate-500">None yet. Filter the dashboard, then choose “Save view”.</p>
      ) : (
        groups.map((group) => (
          <div key={group.label} className="pb-1">
            <p className="px-2.5 pt-1.5 text-xs text-slate-500">{group.label}</p>
            <ul>
              {group.views.map((view) => {
                const active = here !== null && here === filtersSearch(view.filters);
                return (
                  <li key={view.id}>
                    <Link
                      href={viewHref(slug, view.filters)}
                      aria-current={active ? "page" : undefined}
                      className={cx(dropdownItemClasses, active && "bg-indigo-50 text-indigo-700 hover:bg-indigo-50")}
                    >
                      <span dir="auto" className="min-w-0 flex-1 truncate">
                        {view.name}
                      </span>
                      {view.shared && !view.viewerCanEdit ? (
                        <span dir="auto" className="max-w-24 shrink-0 truncate text-xs text-slate-500">
                          {view.creator.name}
                        </span>
                      ) : null}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </div>
        ))
      )}
    </nav>
  );
}
