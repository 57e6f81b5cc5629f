import type { Health } from "@/domain/health.ts";
import type { DashboardWindow } from "@/domain/dashboard.ts";
import { filtersSearch } from "@/app/_components/saved-views/view-href";

/**
 * The dashboard's filter lives in the URL (`?owner=…&health=AT_RISK&parent=…&window=THIS_QUARTER`)
 * so a view can be bookmarked and shared. Unknown values are dropped rather than sent to the API.
 */
export interface DashboardParams {
  owner: string | null;
  parent: string | null;
  health: Health | null;
  window: DashboardWindow;
}

const HEALTHS: readonly Health[] = ["ON_TRACK", "AT_RISK", "OFF_TRACK", "NOT_ENOUGH_DATA"];
export const WINDOWS: readonly DashboardWindow[] = ["ALL", "THIS_QUARTER", "NEXT_QUARTER", "THIS_YEAR"];

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;

export function readDashboardParams(search: { get(name: string): string | null }): DashboardParams {
  return {
    owner: search.get("owner") || null,
    parent: search.get("parent") || null,
    health: oneOf(HEALTHS, search.get("health")),
    window: oneOf(WINDOWS, search.get("window")) ?? "ALL",
  };
}

/** The query string for `params`, leaving defaults out; "" when nothing is filtered. */
export const dashboardSearch = (params: DashboardParams): string => filtersSearch(params);

export const isFiltered = (params: DashboardParams) => dashboardSearch(params) !== "";

/** The API's filter argument for `params`. */
export const dashboardFilter = (params: DashboardParams) => ({
  ownerId: params.owner,
  parentId: params.parent,
  health: params.health,
  window: params.window,
});
