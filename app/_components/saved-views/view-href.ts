import { orgHref } from "../goals/paths";

/** A saved view's filters: the dashboard's URL parameters (see domain/schemas/saved-view.ts). */
export interface ViewFilters {
  owner: string | null;
  parent: string | null;
  health: string | null;
  window: string;
}

/**
 * The dashboard's query string for these filters, defaults left out; "" when nothing is filtered.
 * The one place that writes the dashboard's URL (dashboard-url.ts reads it back).
 */
export function filtersSearch(f: ViewFilters): string {
  const search = new URLSearchParams();
  if (f.owner) search.set("owner", f.owner);
  if (f.health) search.set("health", f.health);
  if (f.parent) search.set("parent", f.parent);
  if (f.window !== "ALL") search.set("window", f.window);
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** The dashboard opened with a saved view's filters. */
export const viewHref = (slug: string, filters: ViewFilters) => `${orgHref(slug)}${filtersSearch(filters)}`;

/** Whether two filter sets are the same view (the dashboard marks the saved view it shows). */
export const sameFilters = (a: ViewFilters, b: ViewFilters) => filtersSearch(a) === filtersSearch(b);
