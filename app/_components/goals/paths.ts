/** URLs of the goal pages; goal ids are Relay global ids and may contain "=" or "/". */
export const orgHref = (slug: string) => `/o/${encodeURIComponent(slug)}`;
/** The goals list (the org's landing page is its dashboard). */
export const goalsHref = (slug: string) => `${orgHref(slug)}/goals`;
export const newGoalHref = (slug: string) => `${orgHref(slug)}/goals/new`;
export const goalHref = (slug: string, goalId: string) => `${orgHref(slug)}/goals/${encodeURIComponent(goalId)}`;
export const editGoalHref = (slug: string, goalId: string) => `${goalHref(slug, goalId)}/edit`;
/** The new-goal form with `parentId` chosen as the parent goal. */
export const newSubGoalHref = (slug: string, parentId: string) => `${newGoalHref(slug)}?parent=${encodeURIComponent(parentId)}`;
export const activityHref = (slug: string) => `${orgHref(slug)}/activity`;
