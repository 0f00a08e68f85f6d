-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "priorVerdictId" TEXT;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_priorVerdictId_fkey" FOREIGN KEY ("priorVerdictId") REFERENCES "Verdict"("id") ON DELETE SET NULL ON UPDATE CASCADE;

