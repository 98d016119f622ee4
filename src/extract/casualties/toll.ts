import type { Casualty, CasualtyKind, CasualtySummary, Span } from "../../types.js";
import { ANOTHER_VICTIM, headCount, isHarmOfAnyOutcome } from "./harm.js";

const HARM_KINDS: ReadonlySet<CasualtyKind> = new Set(["killed", "injured"]);

/**
 * Per kind, the highest figure of the main event. Background figures make a toll only when the
 * article gives none of the event: "three other people were wounded" in 2012 is not today's injured
 * toll when today's dead are counted. People shot, of whom some died, leave the rest as the injured
 * toll: "Two men were shot. One died." is 1 injured.
 */
export function summarizeCasualties(figures: Casualty[], text: string): Partial<Record<CasualtyKind, CasualtySummary>> {
  const summary: Partial<Record<CasualtyKind, CasualtySummary>> = {};
  const harmOfEvent = figures.some((figure) => HARM_KINDS.has(figure.kind) && figure.context === "event");
  const kinds = new Set(figures.map((figure) => figure.kind));
  // The dead first: the injured toll may subtract them.
  for (const kind of [...kinds].sort((a, b) => Number(b === "killed") - Number(a === "killed"))) {
    const indices = figures.map((_figure, index) => index).filter((index) => figures[index].kind === kind);
    const events = indices.filter((index) => figures[index].context === "event");
    const pool = events.length > 0 || (HARM_KINDS.has(kind) && harmOfEvent) ? events : indices;
    if (pool.length === 0) continue;
    const dead = kind === "injured" ? exactDeathToll(figures, summary.killed) : null;
    const toll = (figure: Casualty) => (dead !== null && includesTheDead(figure, figures, text) ? Math.max(0, figure.count! - figures[dead].count!) : headCount(figure));
    const headline = pool.reduce((best, index) => (toll(figures[index]) > toll(figures[best]) ? index : best));
    const ordered = [headline, ...indices.filter((index) => index !== headline)];
    const figure = figures[headline];
    summary[kind] =
      dead !== null && toll(figure) !== headCount(figure)
        ? { count: toll(figure), approximate: false, figures: ordered, minus: [dead] }
        : { count: figure.count, approximate: figure.approximate, figures: ordered };
  }
  return Object.fromEntries([...kinds].filter((kind) => summary[kind]).map((kind) => [kind, summary[kind]]));
}

const inOneSentence = (text: string, a: Span, b: Span) => !/[.!?]\s|\n/.test(text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
const isExact = (figure: Casualty) => figure.count !== null && figure.qualifier === null && !figure.approximate;

/**
 * "Two men were shot" counts the dead too, when it says neither "wounded" nor "another", and no death
 * is told in its sentence: "a man was shot dead, along with two women who had been shot" adds up.
 */
function includesTheDead(figure: Casualty, figures: Casualty[], text: string): boolean {
  return (
    isHarmOfAnyOutcome(figure) &&
    isExact(figure) &&
    !ANOTHER_VICTIM.test(figure.text) &&
    !figures.some((death) => death.kind === "killed" && inOneSentence(text, death, figure))
  );
}

/** The index of the event's death toll when it is an exact figure, to subtract from the people shot. */
function exactDeathToll(figures: Casualty[], killed: CasualtySummary | undefined): number | null {
  if (!killed) return null;
  const headline = figures[killed.figures[0]];
  return headline.context === "event" && isExact(headline) && headline.count! > 0 ? killed.figures[0] : null;
}
