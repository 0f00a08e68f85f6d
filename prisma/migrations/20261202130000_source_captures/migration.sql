-- CreateEnum
CREATE TYPE "CaptureOrigin" AS ENUM ('FETCHED', 'UPLOADED');

-- CreateTable
CREATE TABLE "SourceCapture" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "origin" "CaptureOrigin" NOT NULL,
    "requestedUrl" TEXT,
    "finalUrl" TEXT,
    "httpStatus" INTEGER,
    "capturedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "capturedById" TEXT NOT NULL,

    CONSTRAINT "SourceCapture_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaptureBlob" (
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaptureBlob_pkey" PRIMARY KEY ("sha256")
);

-- CreateIndex
CREATE INDEX "SourceCapture_sourceId_capturedAt_id_idx" ON "SourceCapture"("sourceId", "capturedAt", "id");

-- CreateIndex
CREATE INDEX "SourceCapture_sha256_idx" ON "SourceCapture"("sha256");

-- AddForeignKey
ALTER TABLE "SourceCapture" ADD CONSTRAINT "SourceCapture_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceCapture" ADD CONSTRAINT "SourceCapture_capturedById_fkey" FOREIGN KEY ("capturedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- By hand: a capture names its bytes by a lower-case hex SHA-256, which is also the file name on disk.
ALTER TABLE "SourceCapture" ADD CONSTRAINT "SourceCapture_sha256_check" CHECK ("sha256" ~ '^[0-9a-f]{64}$');
ALTER TABLE "CaptureBlob" ADD CONSTRAINT "CaptureBlob_sha256_check" CHECK ("sha256" ~ '^[0-9a-f]{64}$');
