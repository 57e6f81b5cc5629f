-- AlterTable
ALTER TABLE "Goal" ADD COLUMN     "lastCheckInAt" TIMESTAMP(3);

-- The goal rows every list reads carry their newest check-in's time, so "Check-in due" costs no
-- statement. createCheckIn sets it in the goal update it already makes (a trigger on CheckIn made
-- concurrent check-ins on sibling goals deadlock in the roll-up); here, the check-ins so far.
UPDATE "Goal" g SET "lastCheckInAt" = c."latest"
FROM (SELECT "goalId", MAX("createdAt") AS "latest" FROM "CheckIn" GROUP BY "goalId") c
WHERE c."goalId" = g."id";
