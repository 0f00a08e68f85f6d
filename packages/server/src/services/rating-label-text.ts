// No imports: the web client and the benchmark's desk generator read this file too, so the desk, its readers and
// the ClaimReview markup search engines show word every rating the same way.

/** Each rating label in words, from true to false, then unverifiable. */
export const ratingLabelText = {
  TRUE: "True",
  MOSTLY_TRUE: "Mostly true",
  MIXED: "Mixed",
  MISLEADING: "Misleading",
  FALSE: "False",
  UNVERIFIABLE: "Unverifiable",
} as const;
