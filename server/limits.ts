// The stated maximum size of every list the API returns: one source for the rule that creates rows
// (refused past it) and for the query cost (graphql/complexity.ts), where each list field declares
// its size next to its definition. Sizes the API can't hold at creation are planning bounds: the
// cost assumes them, and the per-request budget (graphql/budget.ts) stops a request that meets more.

/** Goals in one organization, archived and closed ones included; createGoal refuses the next. */
export const MAX_GOALS_PER_ORG = 1000;
/** Milestones of one goal; createMilestone refuses the next. */
export const MAX_MILESTONES_PER_GOAL = 200;
/** People assigned to one milestone; assignMilestone refuses the next. */
export const MAX_ASSIGNEES_PER_MILESTONE = 20;
/** Prerequisites of one milestone (all of the same goal); the milestone input refuses more. */
export const MAX_DEPENDENCIES_PER_MILESTONE = 100;

/** Goal and milestone dates: a plan, not history or the far future (the roadmap draws every month). */
export const MIN_PLAN_YEAR = 2000;
export const MAX_PLAN_YEAR = 2100;
/** A goal's start → target window, in years. */
export const MAX_GOAL_YEARS = 10;

// Planning bounds: rows created by flows with no count limit of their own.
/** Points of one goal's progress history (one per check-in or change of progress). */
export const PLANNED_PROGRESS_POINTS = 1000;
/** Share links of one goal or organization, invitations of one organization. */
export const PLANNED_LINKS = 200;
/** API tokens, memberships (organizations) of one person. */
export const PLANNED_PER_PERSON = 100;
/** Milestones in one of a person's "my work" buckets, across their organizations. */
export const PLANNED_MY_WORK = 2000;
