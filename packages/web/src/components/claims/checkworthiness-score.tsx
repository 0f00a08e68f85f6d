/** 0–1 → "71": the scale people read the score on (the claim desk shows "71 / 100" too). */
export const checkworthinessPoints = (score: number) => Math.round(score * 100);

/** Scores from here up are marked: the extractor gives these to figures, blame and loaded terms. */
const HIGH = 0.6;

/** How worth checking an item is, with the reasons the extractor gave (figure, attribution, hedge …). */
export function CheckworthinessScore({
  score,
  reasons = [],
  compact = false,
}: {
  score: number;
  reasons?: readonly string[];
  compact?: boolean;
}) {
  const points = checkworthinessPoints(score);
  const pill = (
    <span className={`score-pill${score >= HIGH ? " score-high" : ""}`}>
      Check-worthiness {points}
      <span className="score-scale">/100</span>
    </span>
  );
  if (compact) return pill;
  return (
    <p className="checkworthiness">
      {pill}
      {reasons.length > 0 && <span className="score-reasons"> {reasons.join(" · ")}</span>}
    </p>
  );
}
