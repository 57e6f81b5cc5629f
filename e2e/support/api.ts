import { type APIRequestContext, expect, request } from "@playwright/test";
import { setOnStartDay } from "./database";

export interface GraphQLError {
  message: string;
  extensions?: { code?: string; field?: string };
}

export interface GraphQLResult<T> {
  data?: T | null;
  errors?: GraphQLError[];
}

/** A user created for one test. `id` is the Relay global id. */
export interface TestUser {
  id: string;
  name: string;
  email: string;
  password: string;
}

export interface TestOrg {
  id: string;
  name: string;
  slug: string;
}

/** GraphQL over HTTP, exactly as an API client sends it. */
export class Api {
  constructor(
    readonly context: APIRequestContext,
    private readonly headers: Record<string, string> = {},
  ) {}

  async gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<T>> {
    const response = await this.context.post("/api/graphql", {
      headers: { "content-type": "application/json", ...this.headers },
      data: { query, variables },
    });
    expect(response.status(), `GraphQL HTTP status for ${query.slice(0, 60)}`).toBeLessThan(500);
    return (await response.json()) as GraphQLResult<T>;
  }

  /** Like gql, but fails the test on any GraphQL error: for setup steps. */
  async must<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.gql<T>(query, variables);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL setup call failed: ${JSON.stringify(result.errors)}\n${query}`);
    }
    return result.data;
  }

  dispose(): Promise<void> {
    return this.context.dispose();
  }
}

export function baseURL(): string {
  return `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;
}

export async function anonymousApi(): Promise<Api> {
  return new Api(await request.newContext({ baseURL: baseURL() }));
}

/** An API client authenticated with a personal API token. */
export async function bearerApi(token: string): Promise<Api> {
  return new Api(await request.newContext({ baseURL: baseURL() }), { authorization: `Bearer ${token}` });
}

/**
 * Signs in through the real next-auth credentials endpoint (CSRF token, then the callback,
 * form-encoded); the request context keeps the session cookie for later calls.
 */
export async function apiSignIn(user: Pick<TestUser, "email" | "password">): Promise<Api> {
  const context = await request.newContext({ baseURL: baseURL() });
  const csrf = await context.get("/api/auth/csrf");
  expect(csrf.ok()).toBe(true);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callback = await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: user.email, password: user.password, json: "true" },
  });
  expect(callback.ok(), `credentials sign-in for ${user.email}`).toBe(true);
  const cookies = (await context.storageState()).cookies;
  expect(cookies.some((c) => c.name.endsWith("next-auth.session-token")), `session cookie for ${user.email}`).toBe(true);
  return new Api(context);
}

const suffixAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

/** Short random suffix: names, emails and slugs unique per test even across parallel workers. */
export function uniqueSuffix(length = 6): string {
  let s = "";
  for (let i = 0; i < length; i++) s += suffixAlphabet[Math.floor(Math.random() * suffixAlphabet.length)];
  return s;
}

export function newUserData(firstName = "Ada"): Omit<TestUser, "id"> {
  const suffix = uniqueSuffix();
  return {
    name: `${firstName} Tester ${suffix}`,
    email: `${firstName.toLowerCase()}.${suffix}@example.test`,
    password: `correct horse ${suffix}`,
  };
}

export async function signUpViaApi(data: Omit<TestUser, "id">): Promise<TestUser> {
  const api = await anonymousApi();
  try {
    const result = await api.must<{ signUp: { user: { id: string } } }>(
      `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { user { id } } }`,
      { input: data },
    );
    return { ...data, id: result.signUp.user.id };
  } finally {
    await api.dispose();
  }
}

// ---- setup helpers (for steps that are not what a test is about) ----

export async function createOrg(api: Api, name = `Org ${uniqueSuffix()}`, timeZone = "UTC"): Promise<TestOrg> {
  const data = await api.must<{ createOrganization: { organization: TestOrg } }>(
    `mutation ($input: CreateOrganizationInput!) {
      createOrganization(input: $input) { organization { id name slug } }
    }`,
    { input: { name, timeZone } },
  );
  return data.createOrganization.organization;
}

export type Role = "OWNER" | "ADMIN" | "MEMBER" | "STAKEHOLDER";

export async function inviteMember(api: Api, org: TestOrg, email: string, role: Role): Promise<string> {
  const data = await api.must<{ inviteMember: { inviteUrl: string } }>(
    `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { inviteUrl } }`,
    { input: { organizationId: org.id, email, role } },
  );
  return data.inviteMember.inviteUrl;
}

export function invitationToken(inviteUrl: string): string {
  const match = /\/invitations\/([^/?#]+)/.exec(inviteUrl);
  if (!match) throw new Error(`Not an invitation link: ${inviteUrl}`);
  return decodeURIComponent(match[1]!);
}

/** Puts `member` into `org` with `role`: the owner invites, the member accepts. */
export async function addMember(ownerApi: Api, org: TestOrg, member: TestUser, role: Role): Promise<void> {
  const url = await inviteMember(ownerApi, org, member.email, role);
  const memberApi = await apiSignIn(member);
  try {
    await memberApi.must(
      `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { membership { id } } }`,
      { input: { token: invitationToken(url) } },
    );
  } finally {
    await memberApi.dispose();
  }
}

export interface TestGoal {
  id: string;
  title: string;
}

export async function createGoal(
  api: Api,
  input: { organizationId: string; ownerId: string; title: string; startDate: string; targetDate: string; description?: string },
): Promise<TestGoal> {
  const data = await api.must<{ createGoal: { goal: TestGoal } }>(
    `mutation ($input: CreateGoalInput!) { createGoal(input: $input) { goal { id title } } }`,
    { input },
  );
  await setOnStartDay(data.createGoal.goal.id);
  return data.createGoal.goal;
}

export interface TestMilestone {
  id: string;
  title: string;
  dueDate: string;
}

export async function createMilestone(
  api: Api,
  input: { goalId: string; title: string; dueDate: string; description?: string },
): Promise<TestMilestone> {
  const data = await api.must<{ createMilestone: { milestone: TestMilestone } }>(
    `mutation ($input: CreateMilestoneInput!) { createMilestone(input: $input) { milestone { id title dueDate } } }`,
    { input },
  );
  return data.createMilestone.milestone;
}

export async function setMilestoneStatus(api: Api, milestoneId: string, status: "PLANNED" | "IN_PROGRESS" | "DONE") {
  await api.must(
    `mutation ($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { milestone { id } } }`,
    { input: { milestoneId, status } },
  );
}

/** Adds a helper (owner and helpers: issue #11). */
export async function addMilestoneHelper(api: Api, milestoneId: string, userId: string) {
  await api.must(
    `mutation ($input: AddMilestoneHelperInput!) { addMilestoneHelper(input: $input) { milestone { id } } }`,
    { input: { milestoneId, userId } },
  );
}


// ---- dates ----

/** Calendar date `days` from today (UTC), as the API's Date scalar (YYYY-MM-DD). */
export function isoDate(days = 0): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * How the UI shows a calendar date in the suite's locale, en-GB (playwright.config.ts): "5 Mar 2027",
 * and "5 Sept 2027" as Intl writes en-GB's September.
 */
export function displayDate(iso: string): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
}

export function goalPath(org: Pick<TestOrg, "slug">, goal: Pick<TestGoal, "id">): string {
  return `/o/${org.slug}/goals/${encodeURIComponent(goal.id)}`;
}

// ---- goals that tell the truth (truth-forms) ----

export type GoalOutcome = "ACHIEVED" | "PARTIALLY_ACHIEVED" | "MISSED" | "DROPPED";

/** Closes a goal with an outcome (closed goals can't take new sub-goals). */
export async function closeGoal(api: Api, goalId: string, outcome: GoalOutcome, note = ""): Promise<void> {
  await api.must(
    `mutation ($input: CloseGoalInput!) { closeGoal(input: $input) { goal { id } } }`,
    { input: { goalId, outcome, note } },
  );
}

// ---- goals that tell the truth (truth-goal) ----

/** createGoal with any CreateGoalInput field (kind, unit, startValue, targetValue, direction, parentId, weight…). */
export async function createGoalWith(api: Api, input: Record<string, unknown>): Promise<TestGoal> {
  const data = await api.must<{ createGoal: { goal: TestGoal } }>(
    `mutation ($input: CreateGoalInput!) { createGoal(input: $input) { goal { id title } } }`,
    { input },
  );
  await setOnStartDay(data.createGoal.goal.id);
  return data.createGoal.goal;
}

/** createMilestone with any CreateMilestoneInput field (ownerId, weight, durationDays, dependsOnIds…). */
export async function createMilestoneWith(api: Api, input: Record<string, unknown>): Promise<TestMilestone> {
  const data = await api.must<{ createMilestone: { milestone: TestMilestone } }>(
    `mutation ($input: CreateMilestoneInput!) { createMilestone(input: $input) { milestone { id title dueDate } } }`,
    { input },
  );
  return data.createMilestone.milestone;
}

export async function checkInViaApi(
  api: Api,
  input: { goalId: string; confidence: "ON_TRACK" | "AT_RISK" | "OFF_TRACK"; value?: number; note?: string },
): Promise<void> {
  await api.must(`mutation ($input: CreateCheckInInput!) { createCheckIn(input: $input) { checkIn { id } } }`, { input });
}

/** How the goal page shortens a date next to another (en-GB): "3 Dec", or "3 Dec 2027" in another year. */
export function shortDisplayDate(iso: string, sameYearAs: string): string {
  if (sameYearAs.slice(0, 4) !== iso.slice(0, 4)) return displayDate(iso);
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
}
