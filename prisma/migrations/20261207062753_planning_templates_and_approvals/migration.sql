-- CreateEnum
CREATE TYPE "MilestoneKind" AS ENUM ('STANDARD', 'APPROVAL');

-- CreateEnum
CREATE TYPE "ApprovalState" AS ENUM ('REQUESTED', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "ApprovalAction" AS ENUM ('REQUESTED', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "TemplateKind" AS ENUM ('GOAL', 'MILESTONES');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ActivityKind" ADD VALUE 'APPROVAL_REQUESTED';
ALTER TYPE "ActivityKind" ADD VALUE 'APPROVAL_APPROVED';
ALTER TYPE "ActivityKind" ADD VALUE 'APPROVAL_REJECTED';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'APPROVAL_REQUESTED';
ALTER TYPE "NotificationKind" ADD VALUE 'APPROVAL_DECIDED';

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "availability" INTEGER NOT NULL DEFAULT 100,
ADD COLUMN     "interests" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "skills" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "Milestone" ADD COLUMN     "approvalState" "ApprovalState",
ADD COLUMN     "approverId" TEXT,
ADD COLUMN     "kind" "MilestoneKind" NOT NULL DEFAULT 'STANDARD',
ADD COLUMN     "skills" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "mission" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "ApprovalStep" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "milestoneId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "action" "ApprovalAction" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApprovalStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimeOff" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TimeOff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Template" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "kind" "TemplateKind" NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "goal" JSONB NOT NULL DEFAULT '{}',
    "milestones" JSONB NOT NULL DEFAULT '[]',
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Template_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ApprovalStep_milestoneId_createdAt_idx" ON "ApprovalStep"("milestoneId", "createdAt");

-- CreateIndex
CREATE INDEX "ApprovalStep_organizationId_idx" ON "ApprovalStep"("organizationId");

-- CreateIndex
CREATE INDEX "TimeOff_organizationId_startDate_idx" ON "TimeOff"("organizationId", "startDate");

-- CreateIndex
CREATE INDEX "TimeOff_userId_idx" ON "TimeOff"("userId");

-- CreateIndex
CREATE INDEX "Template_organizationId_kind_idx" ON "Template"("organizationId", "kind");

-- CreateIndex
CREATE INDEX "Milestone_approverId_approvalState_idx" ON "Milestone"("approverId", "approvalState");

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_approverId_fkey" FOREIGN KEY ("approverId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApprovalStep" ADD CONSTRAINT "ApprovalStep_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApprovalStep" ADD CONSTRAINT "ApprovalStep_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApprovalStep" ADD CONSTRAINT "ApprovalStep_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimeOff" ADD CONSTRAINT "TimeOff_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimeOff" ADD CONSTRAINT "TimeOff_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Template" ADD CONSTRAINT "Template_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Template" ADD CONSTRAINT "Template_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- One accountable owner plus optional helpers (assignments): a milestone without an owner takes its
-- earliest assignee as owner, and an assignment that repeats the owner goes.
UPDATE "Milestone" m SET "ownerId" = first."userId"
FROM (
  SELECT DISTINCT ON ("milestoneId") "milestoneId", "userId"
  FROM "Assignment"
  ORDER BY "milestoneId", "createdAt", "id"
) first
WHERE m."id" = first."milestoneId" AND m."ownerId" IS NULL;

DELETE FROM "Assignment" a USING "Milestone" m WHERE a."milestoneId" = m."id" AND a."userId" = m."ownerId";
