import { formatDate, formatNumber } from "../../lib/format";
import type { Enum } from "../../lib/enums";

/** In the order the desk offers them: the toll first. */
export const figureMetricLabel: Record<Enum<"FigureMetric">, string> = {
  KILLED: "Killed",
  INJURED: "Injured",
  MISSING: "Missing",
  DISPLACED: "Displaced",
  DETAINED: "Detained",
  OTHER: "Other",
};

/** What a figure counts over time, as the desk says it. */
export const figureScopeLabel: Record<Enum<"FigureScope">, string> = {
  CUMULATIVE: "Running total",
  INCIDENT: "One incident",
};

export interface FigureBounds {
  qualifier: string;
  low: number | null | undefined;
  high: number | null | undefined;
  /** Kept verbatim: decides the vague word ("hundreds") shown next to a VAGUE range. */
  statedText?: string | null;
}

const VAGUE_WORDS = ["hundreds", "dozens", "thousands", "scores", "tens of thousands"];

/** The word a VAGUE figure was stated with ("hundreds of civilian deaths" → "hundreds"). */
export function vagueWord(statedText: string | null | undefined): string | null {
  const text = statedText?.toLowerCase() ?? "";
  return [...VAGUE_WORDS].sort((a, b) => b.length - a.length).find((w) => text.includes(w)) ?? null;
}

/**
 * A figure as a compact label that keeps its qualifier visible: "≥ 1,300", "> 800", "≤ 50", "~300",
 * "200–999 (hundreds)". An open-ended figure is never shown as if it were exact.
 */
export function formatFigure({ qualifier, low, high, statedText }: FigureBounds): string {
  const n = (v: number | null | undefined) => (v == null ? "?" : formatNumber(v));
  switch (qualifier) {
    case "EXACT":
      return n(low ?? high);
    case "AT_LEAST":
      return `≥ ${n(low)}`;
    case "MORE_THAN":
      return `> ${n(low)}`;
    case "UP_TO":
      return `≤ ${n(high)}`;
    case "APPROXIMATELY":
      return low != null && high != null && low !== high ? `~${n(low)}–${n(high)}` : `~${n(low ?? high)}`;
    case "RANGE":
      return low != null && low === high ? n(low) : `${n(low)}–${n(high)}`;
    case "VAGUE": {
      const word = vagueWord(statedText);
      return `${n(low)}–${n(high)}${word ? ` (${word})` : ""}`;
    }
    default:
      return low != null && high != null && low !== high ? `${n(low)}–${n(high)}` : n(low ?? high);
  }
}

/** Whether the figure has no upper bound (drawn as an open band on the chart). */
export const isOpenEnded = (qualifier: string) => qualifier === "AT_LEAST" || qualifier === "MORE_THAN";

/** The value a figure is plotted at: the middle of its bounds, or its one bound. */
export function centralValue({ low, high }: Pick<FigureBounds, "low" | "high">): number | null {
  if (low != null && high != null) return Math.round((low + high) / 2);
  return low ?? high ?? null;
}

/** A figure's period as dates, as precise as it is known ("8 Mar 2025 – 10 Mar 2025", "from March 2025"). */
export function periodRange(start: string | null, end: string | null, precision: string | null): string {
  if (start && end) return `${formatDate(start, precision)} – ${formatDate(end, precision)}`;
  if (start) return `from ${formatDate(start, precision)}`;
  return `until ${formatDate(end, precision)}`;
}
