-- Full-text search (server/search/search.ts): each searchable row keeps its words in a stored
-- generated column, kept current by PostgreSQL on every insert and update, with a GIN index.
-- The 'simple' configuration (lower-case words, no stemming, no stop words): search is type-ahead
-- with prefix matching, where stemming makes a half-typed word miss ("launchi" is not a prefix of
-- the stem "launch"), and titles are written in many languages, which an English stemmer would
-- mangle. Titles weigh A, descriptions B, so ts_rank puts a title hit first.
-- AlterTable
ALTER TABLE "Comment" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, "body"), 'B')) STORED;

-- AlterTable
ALTER TABLE "Goal" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, "title"), 'A') || setweight(to_tsvector('simple'::regconfig, "description"), 'B')) STORED;

-- AlterTable
ALTER TABLE "Milestone" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, "title"), 'A') || setweight(to_tsvector('simple'::regconfig, "description"), 'B')) STORED;

-- CreateTable
CREATE TABLE "SavedView" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "creatorId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "filters" JSONB NOT NULL,
    "shared" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SavedView_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SavedView_organizationId_shared_idx" ON "SavedView"("organizationId", "shared");

-- CreateIndex
CREATE INDEX "SavedView_creatorId_idx" ON "SavedView"("creatorId");

-- CreateIndex
CREATE INDEX "Comment_searchVector_idx" ON "Comment" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Goal_searchVector_idx" ON "Goal" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Milestone_searchVector_idx" ON "Milestone" USING GIN ("searchVector");

-- AddForeignKey
ALTER TABLE "SavedView" ADD CONSTRAINT "SavedView_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedView" ADD CONSTRAINT "SavedView_creatorId_fkey" FOREIGN KEY ("creatorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
