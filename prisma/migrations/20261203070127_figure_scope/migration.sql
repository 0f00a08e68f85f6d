-- CreateEnum
CREATE TYPE "FigureScope" AS ENUM ('CUMULATIVE', 'INCIDENT');

-- AlterTable
ALTER TABLE "ReportedFigure" ADD COLUMN     "scope" "FigureScope";

