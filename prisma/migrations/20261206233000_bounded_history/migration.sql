-- A goal's progress history keeps its newest 1000 points (server/limits.ts PLANNED_PROGRESS_POINTS;
-- test/integration/creation-limits.test.ts checks the two agree). A check-in must never be refused
-- because of its history, so instead of refusing, every insert of points trims the goals it wrote
-- to: in the same statement, so the app sends no extra query and concurrent writers of one goal
-- (already serialized by the roll-up's row locks) cannot leave more behind.
CREATE FUNCTION "ProgressSnapshot_keep_newest"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  goal text;
BEGIN
  FOR goal IN SELECT DISTINCT "goalId" FROM inserted LOOP
    -- Backward over the ("goalId", "recordedAt") index: reads at most the kept points.
    DELETE FROM "ProgressSnapshot" WHERE "id" IN (
      SELECT "id" FROM "ProgressSnapshot" WHERE "goalId" = goal ORDER BY "recordedAt" DESC OFFSET 1000
    );
  END LOOP;
  RETURN NULL;
END
$$;

CREATE TRIGGER "ProgressSnapshot_keep_newest" AFTER INSERT ON "ProgressSnapshot"
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION "ProgressSnapshot_keep_newest"();

-- Histories already longer.
DELETE FROM "ProgressSnapshot" WHERE "id" IN (
  SELECT "id" FROM (
    SELECT "id", row_number() OVER (PARTITION BY "goalId" ORDER BY "recordedAt" DESC) AS "rank" FROM "ProgressSnapshot"
  ) ranked WHERE "rank" > 1000
);
