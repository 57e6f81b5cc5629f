// Benchmark data, written set-based in SQL (INSERT … SELECT over generate_series) so that 50
// organizations or a million milestones load in seconds rather than minutes of row-by-row inserts.
//
// Every organization "like the main one" has 8 members, 200 open goals (a third metric goals,
// some closed, one with an empty start → target window) plus 4 archived ones, 8 milestones per
// goal chained by dependencies, 3 distinct assignees per milestone, 6 check-ins, 10 progress
// snapshots, 4 activities and 2 comments per goal. Stored progress agrees with the data (done
// milestones / 8, or the metric's share of its start → target range), as the app would keep it.
import { hashPassword } from "../server/auth/passwords.ts";
import { hashSecret, newSecret } from "../server/auth/tokens.ts";
import { API_TOKEN_PREFIX, displayPrefix } from "../domain/schemas/token.ts";
import type pg from "pg";

export const BENCH_PASSWORD = "bench-password-1";
export const MAIN_SLUG = "bench";
const USERS_PER_ORG = 8;
const ARCHIVED_PER_ORG = 4;
const NAMES = ["Ada Lovelace", "Grace Hopper", "Alan Turing", "Katherine Johnson", "Edsger Dijkstra", "Barbara Liskov", "Donald Knuth", "Frances Allen"];
// Not UTC for the main org: "today" is judged in the org's zone, and the baseline must agree.
const TIME_ZONES = ["America/Los_Angeles", "Europe/Berlin", "Asia/Tokyo", "UTC", "Australia/Sydney"];

export interface BenchOrg {
  slug: string;
  /** Signs in with BENCH_PASSWORD. */
  ownerEmail: string;
  /** A Bearer token of the owner (only its sha256 is stored). */
  apiToken: string;
  /** Relay global ids of a few open goals (for the goal page and check-ins), with their kind. */
  goals: { id: string; kind: "METRIC" | "MILESTONE" }[];
  /** Relay global ids of the open goals' milestones that are not done. */
  openMilestones: string[];
}

const orgKey = (o: number) => `o${o}`;
const slugOf = (o: number) => (o === 0 ? MAIN_SLUG : `${MAIN_SLUG}-${o}`);

/**
 * Organizations `from`..`to` (0 is the main one, slug "bench"), each as described above. Their ids
 * are readable (`g-o0-17-m3` is milestone 3 of goal 17 of org 0) so the derived rows can be built
 * from them in SQL.
 */
export async function seedOrganizations(client: pg.Client, from: number, to: number, goals = 200, milestones = 8) {
  // One scrypt hash shared by every bench user (50 ms each): any of them can sign in.
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const total = goals + ARCHIVED_PER_ORG;
  const orgs = `generate_series(${from}, ${to}) o`;
  const key = `'o' || o`;
  await client.query("BEGIN");
  await client.query(
    `INSERT INTO "Organization" (id, name, slug, "timeZone")
     SELECT 'org-' || ${key}, 'Bench ' || o, CASE o WHEN 0 THEN $1 ELSE $1 || '-' || o END, ($2::text[])[1 + o % $3]
     FROM ${orgs}`,
    [MAIN_SLUG, TIME_ZONES, TIME_ZONES.length],
  );
  await client.query(
    `INSERT INTO "User" (id, email, name, "passwordHash")
     SELECT 'u-' || ${key} || '-' || i,
            'user' || i || '@' || CASE o WHEN 0 THEN $1 ELSE $1 || '-' || o END || '.test',
            ($2::text[])[1 + i] || CASE o WHEN 0 THEN '' ELSE ' ' || o END, $3
     FROM ${orgs}, generate_series(0, ${USERS_PER_ORG - 1}) i`,
    [MAIN_SLUG, NAMES, passwordHash],
  );
  await client.query(
    `INSERT INTO "Membership" (id, "organizationId", "userId", role)
     SELECT 'mb-' || ${key} || '-' || i, 'org-' || ${key}, 'u-' || ${key} || '-' || i,
            (CASE i WHEN 0 THEN 'OWNER' WHEN 1 THEN 'ADMIN' ELSE 'MEMBER' END)::"Role"
     FROM ${orgs}, generate_series(0, ${USERS_PER_ORG - 1}) i`,
  );
  // Goal g: target dates spread from 20 days ago to 130 days ahead; every 3rd a metric goal
  // (every 9th of those decreasing); every 50th closed (health null); one in 50 has start = target.
  await client.query(
    `INSERT INTO "Goal" (id, "organizationId", title, description, "ownerId", "startDate", "targetDate", kind,
                         unit, "startValue", "targetValue", "currentValue", direction, progress, confidence,
                         "closedAt", outcome, "archivedAt", "updatedAt")
     SELECT 'g-' || ${key} || '-' || g, 'org-' || ${key}, 'Goal ' || lpad(g::text, 4, '0') || ' ' || ($1::text[])[1 + g % 4],
            'Why this goal matters and how we will know it is done.', 'u-' || ${key} || '-' || (g % ${USERS_PER_ORG}),
            target - CASE WHEN g % 50 = 13 THEN 0 ELSE 60 + g % 90 END, target,
            (CASE WHEN metric THEN 'METRIC' ELSE 'MILESTONE' END)::"GoalKind",
            CASE WHEN metric THEN 'teams' END,
            CASE WHEN metric THEN start_value END, CASE WHEN metric THEN target_value END,
            CASE WHEN metric THEN current_value END,
            (CASE WHEN NOT metric THEN NULL WHEN g % 9 = 0 THEN 'DECREASE' ELSE 'INCREASE' END)::"MetricDirection",
            CASE WHEN metric THEN least(1, greatest(0, (current_value - start_value) / (target_value - start_value)))
                 ELSE least(g % 5, ${milestones})::float8 / ${milestones} END,
            (($2::text[])[1 + g % 3])::"Confidence",
            CASE WHEN g % 50 = 7 THEN now() END, CASE WHEN g % 50 = 7 THEN 'ACHIEVED'::"GoalOutcome" END,
            CASE WHEN g >= ${goals} THEN now() END, now()
     FROM ${orgs}, generate_series(0, ${total - 1}) g,
          LATERAL (SELECT g % 3 = 0 AS metric, current_date + ((g * 37) % 150 - 20) AS target,
                          CASE WHEN g % 9 = 0 THEN 300 ELSE 100 END::float8 AS start_value,
                          CASE WHEN g % 9 = 0 THEN 100 ELSE 300 END::float8 AS target_value,
                          CASE WHEN g % 9 = 0 THEN 300 - (g * 13) % 200 ELSE 100 + (g * 13) % 200 END::float8 AS current_value) x`,
    [["Launch", "Grow", "Reduce churn", "Hire"], ["ON_TRACK", "AT_RISK", "OFF_TRACK"]],
  );
  // Milestones spread over the goal's window: the first g % 5 done, the next one in progress on
  // even goals, so earlier ones past their due date and not done are MISSED. The last milestone of
  // every 4th goal has no owner.
  await client.query(
    `INSERT INTO "Milestone" (id, "organizationId", "goalId", title, "dueDate", "baselineDueDate", "slipCount", status,
                              "ownerId", "durationDays", position, "completedAt", "updatedAt")
     SELECT g.id || '-m' || m, g."organizationId", g.id, 'Milestone ' || gi || '.' || m, due, due - m % 3, (m % 3 > 0)::int,
            (CASE WHEN m < gi % 5 THEN 'DONE' WHEN m = gi % 5 AND gi % 2 = 0 THEN 'IN_PROGRESS' ELSE 'PLANNED' END)::"MilestoneStatus",
            CASE WHEN m = ${milestones - 1} AND gi % 4 = 0 THEN NULL ELSE split_part(g."ownerId", '-', 1) || '-' || split_part(g."ownerId", '-', 2) || '-' || ((gi + m) % ${USERS_PER_ORG}) END,
            5, m, CASE WHEN m < gi % 5 THEN now() - interval '1 day' END, now()
     FROM "Goal" g, generate_series(0, ${milestones - 1}) m,
          LATERAL (SELECT split_part(g.id, '-', 3)::int AS gi,
                          g."startDate" + ((m + 1) * (g."targetDate" - g."startDate")) / ${milestones + 1} AS due) x
     WHERE g."organizationId" IN (SELECT 'org-' || ${key} FROM ${orgs})`,
  );
  // Three distinct members per milestone, assigned in the reverse of their id order (the
  // assignees list is ordered by assignment time, then id).
  await client.query(
    `INSERT INTO "Assignment" (id, "organizationId", "milestoneId", "userId", "createdAt")
     SELECT ms.id || '-a' || k, ms."organizationId", ms.id,
            'u-' || split_part(ms.id, '-', 2) || '-' || ((split_part(ms.id, '-', 3)::int + ms.position + k * 3) % ${USERS_PER_ORG}),
            now() - interval '1 day' + (2 - k) * interval '1 minute'
     FROM "Milestone" ms, generate_series(0, 2) k
     WHERE ms."organizationId" IN (SELECT 'org-' || ${key} FROM ${orgs})`,
  );
  await client.query(
    `INSERT INTO "MilestoneDependency" (id, "organizationId", "milestoneId", "dependsOnId")
     SELECT ms.id || '-d', ms."organizationId", ms.id, ms."goalId" || '-m' || (ms.position - 1)
     FROM "Milestone" ms
     WHERE ms.position > 0 AND ms."organizationId" IN (SELECT 'org-' || ${key} FROM ${orgs})`,
  );
  // Each goal of these organizations times a series: the rows a goal owns.
  const perGoal = (series: string) => `FROM "Goal" g, ${series} WHERE g."organizationId" IN (SELECT 'org-' || ${key} FROM ${orgs})`;
  // The last check-in carries the goal's current value and confidence, as createCheckIn leaves them.
  await client.query(
    `INSERT INTO "CheckIn" (id, "organizationId", "goalId", "authorId", value, confidence, note, "createdAt")
     SELECT g.id || '-c' || c, g."organizationId", g.id, g."ownerId",
            CASE WHEN g.kind = 'METRIC' THEN g."startValue" + (g."currentValue" - g."startValue") * (c + 1) / 6 END,
            CASE WHEN c = 5 THEN g.confidence ELSE 'ON_TRACK' END, 'Week ' || c || ': steady progress.',
            now() - (50 - c * 7) * interval '1 day'
     ${perGoal("generate_series(0, 5) c")}`,
  );
  // As createCheckIn leaves it: the goal row carries its latest check-in's time.
  await client.query(
    `UPDATE "Goal" g SET "lastCheckInAt" = now() - 15 * interval '1 day' WHERE g."organizationId" IN (SELECT 'org-' || ${key} FROM ${orgs})`,
  );
  await client.query(
    `INSERT INTO "ProgressSnapshot" (id, "organizationId", "goalId", progress, value, "recordedAt")
     SELECT g.id || '-s' || s, g."organizationId", g.id, g.progress * (s + 1) / 10,
            CASE WHEN g.kind = 'METRIC' THEN g."startValue" + (g."currentValue" - g."startValue") * (s + 1) / 10 END,
            now() - (55 - s * 5) * interval '1 day'
     ${perGoal("generate_series(0, 9) s")}`,
  );
  await client.query(
    `INSERT INTO "Activity" (id, "organizationId", "actorId", kind, "goalId", "milestoneId", "isWin", data, "createdAt")
     SELECT g.id || '-act' || a, g."organizationId", g."ownerId",
            (($1::text[])[1 + a])::"ActivityKind", g.id, CASE WHEN a = 2 THEN g.id || '-m0' END, a = 2,
            jsonb_build_object('goalTitle', g.title, 'milestoneTitle', CASE WHEN a = 2 THEN 'Milestone 0' END, 'confidence', 'ON_TRACK'),
            now() - (60 - a * 15) * interval '1 day'
     ${perGoal("generate_series(0, 3) a")}`,
    [["GOAL_CREATED", "CHECK_IN", "MILESTONE_DONE", "COMMENT_ADDED"]],
  );
  await client.query(
    `INSERT INTO "Comment" (id, "organizationId", "authorId", "goalId", body, "createdAt", "updatedAt")
     SELECT g.id || '-cm' || c, g."organizationId", g."ownerId", g.id, 'Comment ' || c || ' on this goal.',
            now() - (10 - c) * interval '1 day', now() - (10 - c) * interval '1 day'
     ${perGoal("generate_series(0, 1) c")}`,
  );
  await client.query("COMMIT");
}

/** An API token for the main organization's owner, and the ids the measured calls need. */
export async function benchOrg(client: pg.Client): Promise<BenchOrg> {
  const ownerId = `u-${orgKey(0)}-0`;
  const apiToken = newSecret(API_TOKEN_PREFIX);
  await client.query(
    `INSERT INTO "ApiToken" (id, "userId", name, "tokenHash", prefix) VALUES ($1, $2, 'bench', $3, $4)`,
    [`tok-${process.pid}`, ownerId, hashSecret(apiToken), displayPrefix(apiToken)],
  );
  const relayId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");
  const goals = await client.query<{ id: string; kind: "METRIC" | "MILESTONE" }>(
    `SELECT id, kind FROM "Goal" WHERE "organizationId" = $1 AND "archivedAt" IS NULL AND "closedAt" IS NULL ORDER BY id`,
    [`org-${orgKey(0)}`],
  );
  const milestones = await client.query<{ id: string }>(
    `SELECT m.id FROM "Milestone" m JOIN "Goal" g ON g.id = m."goalId"
     WHERE m."organizationId" = $1 AND m.status <> 'DONE' AND g."archivedAt" IS NULL AND g."closedAt" IS NULL ORDER BY m.id`,
    [`org-${orgKey(0)}`],
  );
  return {
    slug: slugOf(0),
    ownerEmail: `user0@${slugOf(0)}.test`,
    apiToken,
    goals: goals.rows.map((g) => ({ id: relayId("Goal", g.id), kind: g.kind })),
    openMilestones: milestones.rows.map((m) => relayId("Milestone", m.id)),
  };
}

/**
 * One organization with `goals` × `milestonesPerGoal` milestones (5,000 × 200 = 1,000,000 by
 * default), members and goals only: it makes the tenant tables big enough that a statement
 * scanning a whole table is slow, whichever organization it is for.
 */
export async function seedHugeOrganization(client: pg.Client, goals = 5000, milestonesPerGoal = 200) {
  const org = "org-huge";
  await client.query("BEGIN");
  await client.query(`INSERT INTO "Organization" (id, name, slug) VALUES ($1, 'Huge', 'bench-huge')`, [org]);
  await client.query(
    `INSERT INTO "User" (id, email, name, "passwordHash")
     SELECT 'u-huge-' || i, 'user' || i || '@bench-huge.test', 'Huge ' || i, 'x' FROM generate_series(0, ${USERS_PER_ORG - 1}) i`,
  );
  await client.query(
    `INSERT INTO "Membership" (id, "organizationId", "userId", role)
     SELECT 'mb-huge-' || i, $1, 'u-huge-' || i, 'MEMBER' FROM generate_series(0, ${USERS_PER_ORG - 1}) i`,
    [org],
  );
  await client.query(
    `INSERT INTO "Goal" (id, "organizationId", title, "ownerId", "startDate", "targetDate", "updatedAt")
     SELECT 'g-huge-' || g, $1, 'Huge goal ' || g, 'u-huge-' || (g % ${USERS_PER_ORG}), current_date - 90, current_date + g % 200, now()
     FROM generate_series(0, ${goals - 1}) g`,
    [org],
  );
  await client.query(
    `INSERT INTO "Milestone" (id, "organizationId", "goalId", title, "dueDate", "baselineDueDate", status, "ownerId", position, "updatedAt")
     SELECT 'g-huge-' || g || '-m' || m, $1, 'g-huge-' || g, 'Huge milestone ' || m, current_date - 90 + m, current_date - 90 + m,
            (CASE WHEN m < 90 THEN 'DONE' ELSE 'PLANNED' END)::"MilestoneStatus", 'u-huge-' || (m % ${USERS_PER_ORG}), m, now()
     FROM generate_series(0, ${goals - 1}) g, generate_series(0, ${milestonesPerGoal - 1}) m`,
    [org],
  );
  await client.query("COMMIT");
}

const TABLES = ["Organization", "User", "Membership", "ApiToken", "Goal", "Milestone", "Assignment", "MilestoneDependency", "CheckIn", "ProgressSnapshot", "Activity", "Comment"];

/** Exact row counts of the tables the benchmark fills. */
export async function rowCounts(client: pg.Client): Promise<Record<string, number>> {
  const sql = TABLES.map((t) => `SELECT '${t}' AS name, count(*)::int AS n FROM "${t}"`).join(" UNION ALL ");
  const { rows } = await client.query<{ name: string; n: number }>(sql);
  return Object.fromEntries(rows.map((r) => [r.name, r.n]));
}
