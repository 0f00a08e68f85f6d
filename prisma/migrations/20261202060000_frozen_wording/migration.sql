-- A claim keeps every verdict it has had (a retracted verdict keeps its own page); `currentVerdictId` names the
-- one readers see now. Each verdict freezes the wording it judged.

-- DropIndex
DROP INDEX "Verdict_claimId_key";

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "currentVerdictId" TEXT,
ADD COLUMN     "wordingRevision" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Rating" ADD COLUMN     "ratedText" TEXT,
ADD COLUMN     "wordingRevision" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Verdict" ADD COLUMN     "appearances" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "claimDate" TIMESTAMP(3),
ADD COLUMN     "claimDatePrecision" "DatePrecision",
ADD COLUMN     "claimPlace" TEXT,
ADD COLUMN     "claimText" TEXT,
ADD COLUMN     "claimantKind" "EntityKind",
ADD COLUMN     "claimantName" TEXT,
ADD COLUMN     "claimantRole" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Claim_currentVerdictId_key" ON "Claim"("currentVerdictId");

-- CreateIndex
CREATE INDEX "Verdict_claimId_createdAt_idx" ON "Verdict"("claimId", "createdAt");

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_currentVerdictId_fkey" FOREIGN KEY ("currentVerdictId") REFERENCES "Verdict"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Backfill (by hand): existing verdicts judged the claim as it reads now; each is its claim's current verdict;
-- existing ratings rated the current wording.
UPDATE "Verdict" v SET
  "claimText" = c."text",
  "claimantName" = e."name",
  "claimantKind" = e."kind",
  "claimantRole" = c."claimantRole",
  "claimDate" = c."claimDate",
  "claimDatePrecision" = c."claimDatePrecision",
  "claimPlace" = c."place",
  "appearances" = COALESCE((
    SELECT jsonb_agg(jsonb_build_object('url', s."url", 'title', s."title", 'publisher', s."publisher", 'excerpt', a."excerpt", 'seenAt', a."seenAt") ORDER BY a."seenAt", a."id")
    FROM "Appearance" a JOIN "Source" s ON s."id" = a."sourceId" WHERE a."claimId" = c."id"
  ), '[]'::jsonb)
FROM "Claim" c LEFT JOIN "Entity" e ON e."id" = c."claimantId"
WHERE v."claimId" = c."id";
ALTER TABLE "Verdict" ALTER COLUMN "claimText" SET NOT NULL;
UPDATE "Claim" c SET "currentVerdictId" = v."id" FROM "Verdict" v WHERE v."claimId" = c."id";
UPDATE "Rating" r SET "ratedText" = c."text" FROM "Claim" c WHERE r."claimId" = c."id";
