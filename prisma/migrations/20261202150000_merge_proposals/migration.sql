-- CreateEnum
CREATE TYPE "MergeProposalStatus" AS ENUM ('OPEN', 'ACCEPTED', 'DECLINED', 'SUPERSEDED');

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'MERGE_PROPOSED';
ALTER TYPE "NotificationKind" ADD VALUE 'MERGE_PROPOSAL_DECIDED';

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "mergeProposalId" TEXT;

-- CreateTable
CREATE TABLE "MergeProposal" (
    "id" TEXT NOT NULL,
    "duplicateId" TEXT NOT NULL,
    "keepId" TEXT NOT NULL,
    "reason" TEXT,
    "status" "MergeProposalStatus" NOT NULL DEFAULT 'OPEN',
    "proposedById" TEXT NOT NULL,
    "decidedById" TEXT,
    "decisionNote" TEXT,
    "decidedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MergeProposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MergeProposal_status_createdAt_idx" ON "MergeProposal"("status", "createdAt");

-- CreateIndex
CREATE INDEX "MergeProposal_duplicateId_status_idx" ON "MergeProposal"("duplicateId", "status");

-- CreateIndex
CREATE INDEX "MergeProposal_keepId_status_idx" ON "MergeProposal"("keepId", "status");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_mergeProposalId_fkey" FOREIGN KEY ("mergeProposalId") REFERENCES "MergeProposal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MergeProposal" ADD CONSTRAINT "MergeProposal_duplicateId_fkey" FOREIGN KEY ("duplicateId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MergeProposal" ADD CONSTRAINT "MergeProposal_keepId_fkey" FOREIGN KEY ("keepId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MergeProposal" ADD CONSTRAINT "MergeProposal_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MergeProposal" ADD CONSTRAINT "MergeProposal_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

