/** A half-open range of UTF-16 code units into the input, with the text it covers. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** The sentence a fact came from, attached when evidence is asked for. */
export interface Evidence {
  sentence?: Span;
}

export type ActorType = "person" | "organization" | "country" | "group";

export interface Actor {
  id: string;
  name: string;
  type: ActorType;
  title?: string;
  aliases: string[];
  mentions: Span[];
  /** The rule that decided the type, for debugging and evaluation. */
  rule: string;
  /** The precision this fact's rule and evidence showed on the calibration sets (0–1); null when its field was never measured. */
  confidence?: number | null;
}

export type LocationType = "country" | "city" | "region" | "landmark" | "place";

export interface Location {
  id: string;
  name: string;
  type: LocationType;
  countryCode?: string;
  aliases: string[];
  mentions: Span[];
  rule: string;
  /** The precision this fact's rule and evidence showed on the calibration sets (0–1); null when its field was never measured. */
  confidence?: number | null;
}

export interface DateFact extends Span, Evidence {
  /** ISO 8601 at the precision the text states, or null when it cannot be resolved. */
  value: string | null;
  /** True when the value depends on an anchor (the publication date or an earlier date). */
  isInferred: boolean;
  /** The ISO value of the anchor an inferred value was resolved against. */
  anchor?: string;
  /** True for a length of time ("five years", value "P5Y", as TimeML's DURATION), which is no calendar date. */
  isDuration?: boolean;
  /** Where the anchor came from: the publication date, the story's dateline, or an earlier date in the text. */
  anchorSource?: AnchorSource;
  rule: string;
  /** The precision this fact's rule and evidence showed on the calibration sets (0–1); null when its field was never measured. */
  confidence?: number | null;
}

export type AnchorSource = "published" | "dateline" | "text";

export type CasualtyKind =
  | "killed"
  | "injured"
  | "missing"
  | "arrested"
  | "kidnapped"
  | "displaced";

export type Qualifier = "at least" | "more than" | "up to" | "nearly" | "about" | "fewer than";

export interface Casualty extends Span, Evidence {
  /** "c1", "c2", … in text order: what `casualtySummary` points at. */
  id: string;
  kind: CasualtyKind;
  count: number | null;
  approximate: boolean;
  qualifier: Qualifier | null;
  min: number | null;
  max: number | null;
  victims: string | null;
  /** "background" when the sentence places the figure in another, earlier event. */
  context: "event" | "background";
  /** Who the sentence gives the figure to ("police" in "…, according to police"), or null. */
  source: Span | null;
  rule: string;
  /** The precision this fact's rule and evidence showed on the calibration sets (0–1); null when its field was never measured. */
  confidence?: number | null;
}

/**
 * How a toll was made: the one figure that says it, the latest update of it ("the toll rose to 97"),
 * the sum of figures that count different people ("23 died in Arlen; in Bosk, 9"), the people shot
 * less those who died, or a figure of an earlier event when the article gives none of its own.
 */
export type TollMethod = "one-figure" | "latest-update" | "sum-of-parts" | "difference" | "background";

/** The toll per kind: what a reader means by "how many were killed". */
export interface CasualtySummary {
  count: number | null;
  approximate: boolean;
  /** Indices into `casualties` of the figures of this kind, the headline one first. */
  figures: number[];
  /**
   * Indices into `casualties` of figures subtracted from the headline one, when the toll is a
   * difference: "two men were shot … one died" leaves 1 injured (`count` 1, the "shot" figure
   * first in `figures`, the "died" one in `minus`).
   */
  minus?: number[];
  how: TollMethod;
  /** The ids of `figures`, in the same order. */
  figureIds: string[];
  /** For a sum of parts: the ids of the figures added, in text order; their counts add up to `count`. */
  partIds?: string[];
  /** For a difference: the ids of the figures subtracted (the figures of `minus`). */
  minusIds?: string[];
  /** The precision this fact's rule and evidence showed on the calibration sets (0–1); null when its field was never measured. */
  confidence?: number | null;
}

export interface Quote extends Span, Evidence {
  kind: "direct" | "indirect";
  speaker: string | null;
  speakerMention: Span | null;
  actorId: string | null;
  /** The reporting verb or phrase ("said", "according to"), or null when none is stated. */
  cue: string | null;
  /** The pieces of a quotation split around its attribution ("“We will,” he said, “win.”"). */
  parts?: Span[];
  /** Who relays the quotation: "Sky News" in "the Kremlin said, according to Sky News, …", "BBC" in "BBC quotes the Kremlin as saying …". */
  via?: Span;
  rule: string;
  /** The precision this fact's rule and evidence showed on the calibration sets (0–1); null when its field was never measured. */
  confidence?: number | null;
  /** How far the speaker can be trusted, given that the quote is one: null when the quote has no speaker. */
  speakerConfidence?: number | null;
}

export interface Source {
  name: string;
  published: string | null;
  /** How the bytes were read: "utf-8", "utf-16le", "utf-16be" or the "windows-1252" fallback. */
  encoding?: string;
  /** "html" when the text was taken out of a web page. */
  format?: "text" | "html";
  title?: string;
  byline?: string;
}

export interface Report {
  schemaVersion: 1;
  id?: string;
  source: Source;
  /** The text the offsets refer to, when asked for (`--include-text`): for a web page, its extracted text. */
  text?: string;
  actors: Actor[];
  locations: Location[];
  dates: DateFact[];
  casualties: Casualty[];
  /** Per kind, the headline figure: the highest stated for the main event (background only if nothing else). */
  casualtySummary: Partial<Record<CasualtyKind, CasualtySummary>>;
  quotes: Quote[];
}

export const FIELDS = ["actors", "locations", "dates", "casualties", "quotes"] as const;
export type Field = (typeof FIELDS)[number];

export interface ExtractOptions {
  /** Publication date (YYYY-MM-DD), the anchor for relative dates. */
  published?: string | null;
  /** Name shown as the report's source (a file name, a record id). */
  sourceName?: string;
  id?: string;
  /** Fields to extract; all when omitted. */
  only?: readonly Field[];
  /** Keep only facts whose confidence is at least this (0–1). */
  minConfidence?: number;
  /** Attach the sentence each fact came from. */
  evidence?: boolean;
  /** Put the text itself in the report, so that offsets can be checked against it. */
  includeText?: boolean;
  /** What is known of the input beyond its name (encoding, format, title, byline). */
  source?: Partial<Omit<Source, "name" | "published">>;
}
