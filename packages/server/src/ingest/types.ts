// What the extractor reads and returns. Enum values are the data model's own (type-only imports: the extractor stays
// free of I/O and of the database client).
import type {
  ClaimKind,
  DatePrecision,
  EntityKind,
  FigureMetric,
  FigureQualifier,
  FigureScope,
  MediaKind,
  PlacePrecision,
} from "../generated/prisma/enums.js";

export type { DatePrecision, EntityKind, PlacePrecision } from "../generated/prisma/enums.js";

export interface ArticleInput {
  text: string;
  title?: string | null;
  publishedAt?: Date | null;
  url?: string | null;
  publisher?: string | null;
}

export interface Checkworthiness {
  /** 0..1; sort a review queue by it. */
  score: number;
  /** Why: "figure", "attribution: official", "hedge: allegedly", "contested framing: blame", … */
  reasons: string[];
}

export interface ExtractedEntity {
  key: string;
  name: string;
  kind: EntityKind;
  /** Role as written at introduction: "Kremlin spokesman". */
  title: string | null;
  aliases: string[];
}

export interface ExtractedStatement {
  kind: Extract<ClaimKind, "STATEMENT" | "QUOTE">;
  /** What was said: the quotation's words, or the reported speech as written ("at least 40 soldiers were killed"). */
  text: string;
  /** What saving makes the claim say: the quotation's words, or the reported speech as a sentence. */
  claimText: string;
  speakerKey: string | null;
  /** The speaker's role as written in this article. */
  speakerRole: string | null;
  /** Verbatim slice of the input, markup and code blanked (markup.ts): readableText(text).slice(start, end) === excerpt. */
  excerpt: string;
  start: number;
  end: number;
  hedged: boolean;
  checkworthiness: Checkworthiness;
}

export interface ExtractedFigure {
  metric: FigureMetric;
  /**
   * False for a count of people whose fate the extractor did not recognise ("the boat's 210 passengers"): kept as
   * OTHER so that the reviewer sees it, and left unticked in the ingest preview until they decide.
   */
  outcomeRecognised: boolean;
  subject: string;
  qualifier: FigureQualifier;
  low: number | null;
  high: number | null;
  /** Verbatim: "At least 1,300 people". */
  statedText: string;
  /** The sentence as a claim's wording (no dateline): what saving makes the figure's claim say. */
  claimText: string;
  /**
   * Index in `statements` of the statement whose words state this figure: saving attaches the figure to that
   * statement's claim instead of making a claim of the sentence. Null when no statement contains it.
   */
  statementIndex: number | null;
  excerpt: string;
  start: number;
  end: number;
  place: string | null;
  placePrecision: PlacePrecision | null;
  periodText: string | null;
  periodStart: Date | null;
  periodEnd: Date | null;
  periodPrecision: DatePrecision | null;
  /** A running total ("since Thursday", "the death toll rose to") or one incident's count ("in the strike"). */
  scope: FigureScope | null;
  attributedToKey: string | null;
  checkworthiness: Checkworthiness;
}

export interface ExtractedMedia {
  kind: MediaKind;
  description: string;
  /** Verbatim hedge: "allegedly depict". */
  hedge: string | null;
  graphic: boolean;
  /** The sentence as a claim's wording (no dateline). */
  claimText: string;
  excerpt: string;
  start: number;
  end: number;
  checkworthiness: Checkworthiness;
}

export interface ExtractionResult {
  entities: ExtractedEntity[];
  statements: ExtractedStatement[];
  figures: ExtractedFigure[];
  media: ExtractedMedia[];
  /**
   * The country or region a dateline names after its city ("LATAKIA, Syria (Reuters) —" gives Syria), when it is a
   * known place: where the story was filed, so a hint of where its unplaced figures are (for proposing an existing
   * event), never written into a figure. A city alone ("GENEVA —") is no such hint: agencies file from there about
   * anywhere.
   */
  datelineRegion: string | null;
}
