import type { FigureMetric, ReportedFigure } from "../generated/prisma/client.js";

/** What the summary reads of each report (the rows may carry more, e.g. what a GraphQL request selects). */
export type SummarizedFigure = Pick<ReportedFigure, "id" | "sourceId" | "reportedAt" | "low" | "high" | "scope">;

export interface FigureSummary<F extends SummarizedFigure = ReportedFigure> {
  metric: FigureMetric;
  reportCount: number;
  sourceCount: number;
  lowestBound: number | null;
  highestBound: number | null;
  latestBySource: F[];
  spread: { lowest: number; highest: number; absolute: number; relative: number } | null;
  timeline: F[];
}

/** The single number a report stands for when sources are compared: the middle of its bounds. */
export function centralValue(figure: Pick<ReportedFigure, "low" | "high">): number {
  if (figure.low != null && figure.high != null) return Math.round((figure.low + figure.high) / 2);
  return (figure.low ?? figure.high)!;
}

/**
 * Summarises the reports of one metric; `figures` must be ordered by reportedAt, then id. Each source is
 * represented by its latest report; among reports it made at the same time ("at least 1,300 people, including
 * over 800 civilians") the most inclusive one, with the highest central value, stands for it. When the metric has
 * running totals, incident counts ("12 killed in Tuesday's strike") are not compared with them: they stay in the
 * timeline but never stand for a source.
 */
export function summarizeFigures<F extends SummarizedFigure>(figures: F[], metric: FigureMetric): FigureSummary<F> {
  const compared = figures.some((f) => f.scope === "CUMULATIVE") ? figures.filter((f) => f.scope !== "INCIDENT") : figures;
  const latest = new Map<string, F>();
  for (const figure of compared) {
    const current = latest.get(figure.sourceId);
    const sameTime = current && current.reportedAt.getTime() === figure.reportedAt.getTime();
    if (!current || !sameTime || centralValue(figure) > centralValue(current)) latest.set(figure.sourceId, figure);
  }
  const latestBySource = [...latest.values()].sort((a, b) => a.sourceId.localeCompare(b.sourceId));

  const lows = figures.flatMap((f) => (f.low != null ? [f.low] : []));
  const highs = figures.map((f) => f.high ?? f.low!).filter((v) => v != null);
  const centrals = latestBySource.map(centralValue);
  const lowest = centrals.length ? Math.min(...centrals) : null;
  const highest = centrals.length ? Math.max(...centrals) : null;

  return {
    metric,
    reportCount: figures.length,
    sourceCount: new Set(figures.map((f) => f.sourceId)).size,
    lowestBound: lows.length ? Math.min(...lows) : null,
    highestBound: highs.length ? Math.max(...highs) : null,
    latestBySource,
    spread:
      lowest != null && highest != null
        ? { lowest, highest, absolute: highest - lowest, relative: highest === 0 ? 0 : (highest - lowest) / highest }
        : null,
    timeline: figures,
  };
}
