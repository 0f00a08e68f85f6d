// Shared by the web client's tests (*.test.tsx); nothing else imports it.

/** The first figure of the reference article (prisma/demo/syria-coast-article.txt). */
export const latakiaToll = {
  metric: "KILLED",
  subject: "people",
  qualifier: "AT_LEAST",
  low: 1300,
  high: null,
  statedText: "At least 1,300 people",
} as const;
