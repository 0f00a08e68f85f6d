-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'MEDIA_VERIFIED';

