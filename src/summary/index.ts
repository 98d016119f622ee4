import { eventDate } from "../compare/index.js";
import { describeToll } from "../text.js";
import type { CasualtyKind, Report, Source } from "../types.js";

/** One article in a line: what an editor scans a folder for. */
export interface ArticleSummary {
  id?: string;
  source: Source;
  /** The page's title, else the article's first line; null when the report carries no text. */
  headline: string | null;
  /** When the event happened (see `eventDate`), else the first date the text gives to the day. */
  eventDate: string | null;
  /** The place named most often, the first named on a tie. */
  place: string | null;
  /** Per kind, the headline figure: its count (null when vague) and in words ("at least 49"). */
  toll: Array<{ kind: CasualtyKind; count: number | null; text: string }>;
  /** The actors named most often, most first. */
  actors: string[];
  quotes: number;
  /** Distinct speakers the quotes are given to. */
  speakers: number;
}

const TOP_ACTORS = 3;
/** A headline longer than this is the first paragraph of an article without one. */
const HEADLINE_LENGTH = 160;
const DAY = /^\d{4}-\d{2}-\d{2}/;

/**
 * An article's summary, from its report. The headline needs the text (`includeText`), and the date
 * of the event the evidence sentences (`evidence`); without them those stay null.
 */
export function summarize(report: Report): ArticleSummary {
  const byMentions = <T extends { mentions: Array<{ start: number }> }>(items: T[]) =>
    [...items].sort((a, b) => b.mentions.length - a.mentions.length || a.mentions[0].start - b.mentions[0].start);
  return {
    ...(report.id === undefined ? {} : { id: report.id }),
    source: report.source,
    headline: headlineOf(report),
    eventDate: eventDate(report)?.value ?? report.dates.find((date) => date.value && DAY.test(date.value))?.value ?? null,
    place: byMentions(report.locations)[0]?.name ?? null,
    toll: Object.entries(report.casualtySummary).map(([kind, toll]) => ({
      kind: kind as CasualtyKind,
      count: toll.count,
      text: describeToll(toll, report.casualties),
    })),
    actors: byMentions(report.actors)
      .slice(0, TOP_ACTORS)
      .map((actor) => actor.name),
    quotes: report.quotes.length,
    speakers: new Set(report.quotes.map((quote) => quote.speaker).filter((speaker) => speaker !== null)).size,
  };
}

function headlineOf(report: Report): string | null {
  if (report.source.title) return report.source.title;
  const firstLine = report.text?.split("\n").find((line) => line.trim() !== "")?.trim();
  if (!firstLine) return null;
  if (firstLine.length <= HEADLINE_LENGTH) return firstLine;
  const cut = firstLine.slice(0, HEADLINE_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : HEADLINE_LENGTH)}…`;
}
