-- Goals and milestones saved before dates were bounded (server/limits.ts: the years 2000-2100, a
-- goal's window at most 10 years; server/goals/schemas.ts) are brought within the bounds, so that
-- every page can draw them and every later edit of them validates. Nothing is lost: each change is
-- written to the goal's activity with the dates it replaced.
-- A goal: the target date is kept where possible (it is the commitment); the start moves up to 10
-- years before it. "10 years" as the app counts it (JavaScript's setUTCFullYear, where 29 February
-- plus 10 years is 1 March).
WITH bounded AS (
  SELECT g."id", g."organizationId", g."ownerId", g."title", g."startDate" AS "oldStart", g."targetDate" AS "oldTarget", t."newTarget",
    GREATEST(
      LEAST(g."startDate", t."newTarget"),
      DATE '2000-01-01',
      w."earliest" + CASE WHEN (w."earliest" + INTERVAL '10 years')::date < t."newTarget" THEN 1 ELSE 0 END
    ) AS "newStart",
    g."targetDate" > (g."startDate" + INTERVAL '10 years')::date
      + CASE WHEN to_char(g."startDate", 'MM-DD') = '02-29' AND to_char(g."startDate" + INTERVAL '10 years', 'MM-DD') = '02-28' THEN 1 ELSE 0 END
      AS "tooLong"
  FROM "Goal" g
  CROSS JOIN LATERAL (SELECT LEAST(GREATEST(g."targetDate", DATE '2000-01-01'), DATE '2100-12-31') AS "newTarget") t
  CROSS JOIN LATERAL (SELECT (t."newTarget" - INTERVAL '10 years')::date AS "earliest") w
  WHERE g."startDate" < DATE '2000-01-01' OR g."startDate" > DATE '2100-12-31'
     OR g."targetDate" < DATE '2000-01-01' OR g."targetDate" > DATE '2100-12-31'
     OR g."targetDate" > g."startDate" + INTERVAL '10 years'
),
changed AS (
  SELECT * FROM bounded
  WHERE "oldTarget" <> "newTarget" OR "oldStart" < DATE '2000-01-01' OR "oldStart" > "newTarget" OR "tooLong"
),
updated AS (
  UPDATE "Goal" g SET "startDate" = c."newStart", "targetDate" = c."newTarget", "updatedAt" = now()
  FROM changed c WHERE g."id" = c."id"
  RETURNING g."id"
)
INSERT INTO "Activity" ("id", "organizationId", "actorId", "kind", "goalId", "data", "createdAt")
SELECT gen_random_uuid()::text, c."organizationId", c."ownerId", 'GOAL_UPDATED', c."id",
  jsonb_build_object(
    'goalTitle', c."title",
    'fields', to_jsonb(array_remove(ARRAY[
      CASE WHEN c."newStart" <> c."oldStart" THEN 'startDate' END,
      CASE WHEN c."newTarget" <> c."oldTarget" THEN 'targetDate' END], NULL)),
    'boundedDates', jsonb_build_object(
      'reason', 'Dates must lie in the years 2000-2100, at most 10 years apart.',
      'startDate', jsonb_build_object('from', to_char(c."oldStart", 'YYYY-MM-DD'), 'to', to_char(c."newStart", 'YYYY-MM-DD')),
      'targetDate', jsonb_build_object('from', to_char(c."oldTarget", 'YYYY-MM-DD'), 'to', to_char(c."newTarget", 'YYYY-MM-DD')))),
  now()
FROM changed c JOIN updated u ON u."id" = c."id";

-- A milestone's due date (and its baseline, the first due date ever set) into the same years.
WITH changed AS (
  SELECT m."id", m."organizationId", m."title", m."dueDate", m."baselineDueDate", g."id" AS "goalId", g."ownerId", g."title" AS "goalTitle",
    LEAST(GREATEST(m."dueDate", DATE '2000-01-01'), DATE '2100-12-31') AS "newDue",
    LEAST(GREATEST(m."baselineDueDate", DATE '2000-01-01'), DATE '2100-12-31') AS "newBaseline"
  FROM "Milestone" m JOIN "Goal" g ON g."id" = m."goalId"
  WHERE m."dueDate" NOT BETWEEN DATE '2000-01-01' AND DATE '2100-12-31'
     OR m."baselineDueDate" NOT BETWEEN DATE '2000-01-01' AND DATE '2100-12-31'
),
updated AS (
  UPDATE "Milestone" m SET "dueDate" = c."newDue", "baselineDueDate" = c."newBaseline", "updatedAt" = now()
  FROM changed c WHERE m."id" = c."id"
  RETURNING m."id"
)
INSERT INTO "Activity" ("id", "organizationId", "actorId", "kind", "goalId", "milestoneId", "data", "createdAt")
SELECT gen_random_uuid()::text, c."organizationId", c."ownerId", 'DUE_DATE_MOVED', c."goalId", c."id",
  jsonb_build_object(
    'goalTitle', c."goalTitle",
    'milestoneTitle', c."title",
    'from', to_char(c."dueDate", 'YYYY-MM-DD'),
    'to', to_char(c."newDue", 'YYYY-MM-DD'),
    'boundedDates', jsonb_build_object(
      'reason', 'Dates must lie in the years 2000-2100.',
      'baselineDueDate', jsonb_build_object('from', to_char(c."baselineDueDate", 'YYYY-MM-DD'), 'to', to_char(c."newBaseline", 'YYYY-MM-DD')))),
  now()
FROM changed c JOIN updated u ON u."id" = c."id";
