-- AlterTable
ALTER TABLE "Goal" ADD COLUMN     "lastCheckInAt" TIMESTAMP(3);

-- The goal rows every list reads carry their newest check-in's time, so "Check-in due" costs no
-- statement. A trigger keeps it for every writer (the API, imports, seeds, bulk inserts), once
-- per statement; check-ins are never edited or deleted.
UPDATE "Goal" g SET "lastCheckInAt" = c."latest"
FROM (SELECT "goalId", MAX("createdAt") AS "latest" FROM "CheckIn" GROUP BY "goalId") c
WHERE c."goalId" = g."id";

CREATE FUNCTION "Goal_keep_last_check_in"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Goal" g SET "lastCheckInAt" = c."latest"
  FROM (SELECT "goalId", MAX("createdAt") AS "latest" FROM new_rows GROUP BY "goalId") c
  WHERE c."goalId" = g."id" AND (g."lastCheckInAt" IS NULL OR g."lastCheckInAt" < c."latest");
  RETURN NULL;
END;
$$;

CREATE TRIGGER "CheckIn_keep_last_check_in" AFTER INSERT ON "CheckIn"
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "Goal_keep_last_check_in"();
