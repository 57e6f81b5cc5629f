// The stated maximum size of every list the API returns: one source for the rule that creates rows
// (refused past it, counted race-safely with server/capacity.ts) and for the query cost
// (graphql/complexity.ts), where each list field declares its size next to its definition. The one
// size the API can't hold at creation (my work) is a planning bound: the cost assumes it, and the
// per-request budget (graphql/budget.ts) stops a request that meets more.

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

/**
 * Active share links of one organization (its dashboard's and its goals'): createShareLink refuses
 * the next. Expired and revoked links are kept as history up to the same number: a new link past it
 * deletes the oldest inactive ones (their addresses then answer 404 instead of 410). Also pending
 * invitations of one organization: inviteMember refuses the next.
 */
export const PLANNED_LINKS = 200;
/**
 * API tokens of one person (revoked ones kept as history up to the same number: creating one past
 * it deletes the oldest revoked); createApiToken refuses the next active one. Also memberships
 * (organizations) of one person: creating an organization or accepting an invitation refuses the next.
 */
export const PLANNED_PER_PERSON = 100;
/**
 * Points of one goal's progress history (one per check-in or change of progress). A check-in is
 * never refused for its history: the database keeps the newest this many per goal and deletes older
 * ones as new ones are written (trigger in migration 20261207000000_bounded_history).
 */
export const PLANNED_PROGRESS_POINTS = 1000;

/**
 * Milestones a dashboard list ("Missed milestones", "Due in the next 14 days") shows in full: past
 * this, its count says how many there are and the filters narrow it. Keeps the page's query cost
 * bounded with each milestone's owner and helpers.
 */
export const MAX_DASHBOARD_MILESTONES = 500;

// A planning bound: what my work can list is not created by one flow that could count it.
/** Milestones in one of a person's "my work" buckets, across their organizations. */
export const PLANNED_MY_WORK = 2000;

/** People one comment may mention (Comment.mentions); addComment refuses more. */
export const MAX_MENTIONS = 50;

/** A milestone's estimated duration in days; the owner-suggestion and workload reads bound their scan by it. */
export const MAX_DURATION_DAYS = 3650;
