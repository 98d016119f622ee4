import type { CasualtyKind, DateFact, Quote, Report } from "../types.js";
import type { GoldDocument } from "./gold.js";

export interface Range {
  start: number;
  end: number;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Tally {
  correct: number;
  total: number;
}

/** A fact the scorer wants a developer to look at: missed, spurious, or given a wrong value. */
export interface ErrorExample extends Range {
  text: string;
  note?: string;
}

export interface Errors {
  missed: ErrorExample[];
  spurious: ErrorExample[];
}

export const overlap = (a: Range, b: Range) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export function addTally(a: Tally, b: Tally): Tally {
  return { correct: a.correct + b.correct, total: a.total + b.total };
}

/** Pairs predictions with gold, each used once, the largest overlaps first. */
export function matchOneToOne<P extends Range, G extends Range>(
  predicted: P[],
  gold: G[],
  isMatch: (p: P, g: G) => boolean,
): Array<[P, G]> {
  const candidates: Array<[number, number, number]> = [];
  predicted.forEach((p, i) => gold.forEach((g, j) => {
    if (isMatch(p, g)) candidates.push([overlap(p, g), i, j]);
  }));
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedPredicted = new Set<number>();
  const usedGold = new Set<number>();
  const pairs: Array<[P, G]> = [];
  for (const [, i, j] of candidates) {
    if (usedPredicted.has(i) || usedGold.has(j)) continue;
    usedPredicted.add(i);
    usedGold.add(j);
    pairs.push([predicted[i], gold[j]]);
  }
  return pairs;
}

const spanKey = (range: Range) => `${range.start}:${range.end}`;
const example = (text: string, range: Range, note?: string): ErrorExample => ({ start: range.start, end: range.end, text: text.slice(range.start, range.end), ...(note ? { note } : {}) });

// ---------------------------------------------------------------- entities

export interface EntityScore {
  exact: Counts;
  typed: Counts;
  relaxed: Counts;
  errors: Errors;
}

export const ACTOR_TYPE_TO_GOLD: Record<string, string> = { person: "PER", organization: "ORG", group: "ORG", country: "LOC" };

export function predictedEntityMentions(report: Report): Array<Range & { type: string }> {
  const mentions = [
    ...report.actors.flatMap((actor) => actor.mentions.map((mention) => ({ ...mention, type: ACTOR_TYPE_TO_GOLD[actor.type] }))),
    ...report.locations.flatMap((location) => location.mentions.map((mention) => ({ ...mention, type: "LOC" }))),
  ];
  // A mention given twice (a country as actor and as location) counts once.
  const unique = new Map<string, Range & { type: string }>();
  for (const mention of mentions) if (!unique.has(spanKey(mention))) unique.set(spanKey(mention), { start: mention.start, end: mention.end, type: mention.type });
  return [...unique.values()];
}

export function scoreEntities(gold: GoldDocument, report: Report): EntityScore {
  const predicted = predictedEntityMentions(report);
  const goldUnique = [...new Map(gold.entities.map((entity) => [spanKey(entity), entity])).values()];
  const goldSpans = new Set(goldUnique.map(spanKey));
  const goldTyped = new Set(goldUnique.map((entity) => `${spanKey(entity)}:${entity.type}`));
  const exactTp = predicted.filter((mention) => goldSpans.has(spanKey(mention))).length;
  const typedTp = predicted.filter((mention) => goldTyped.has(`${spanKey(mention)}:${mention.type}`)).length;
  const pairs = matchOneToOne(predicted, goldUnique, (p, g) => overlap(p, g) > 0);
  const matchedPredicted = new Set(pairs.map(([p]) => p));
  const matchedGold = new Set(pairs.map(([, g]) => g));
  return {
    exact: { tp: exactTp, fp: predicted.length - exactTp, fn: goldUnique.length - exactTp },
    typed: { tp: typedTp, fp: predicted.length - typedTp, fn: goldUnique.length - typedTp },
    relaxed: { tp: pairs.length, fp: predicted.length - pairs.length, fn: goldUnique.length - pairs.length },
    errors: {
      missed: goldUnique.filter((g) => !matchedGold.has(g)).map((g) => example(gold.text, g, g.type)),
      spurious: predicted.filter((p) => !matchedPredicted.has(p)).map((p) => example(gold.text, p, p.type)),
    },
  };
}

// ---------------------------------------------------------------- dates

export interface DateScore {
  relaxed: Counts;
  strict: Counts;
  /** Correct values over all predictions (P) and all gold dates (R), as TempEval-3 scores normalisation. */
  value: Counts;
  /** Correct values among relaxed matches alone: blind to dates missed or invented. */
  matchedValue: Tally;
  errors: Errors;
}

/** The gold dates that are scored (DATE and TIME), and the predictions scored against them. */
export function scoredDates(gold: GoldDocument, report: Report) {
  const scored = gold.dates.filter((date) => date.type === "DATE" || date.type === "TIME");
  const neutral = gold.dates.filter((date) => date.type === "DURATION" || date.type === "SET");
  // A prediction that overlaps only a duration or a set is neither right nor wrong; so is a
  // predicted duration that overlaps no scored date: durations are scored on neither side.
  const predicted = report.dates.filter(
    (date) => scored.some((g) => overlap(date, g) > 0) || (!date.isDuration && !neutral.some((g) => overlap(date, g) > 0)),
  );
  return { scored, predicted };
}

export const isSameDateValue = (predicted: DateFact, gold: GoldDocument["dates"][number]) => (predicted.value ?? "").trim() === (gold.value ?? "").trim();

export function scoreDates(gold: GoldDocument, report: Report): DateScore {
  const { scored, predicted } = scoredDates(gold, report);
  const pairs = matchOneToOne(predicted, scored, (p, g) => overlap(p, g) > 0);
  const strictTp = matchOneToOne(predicted, scored, (p, g) => p.start === g.start && p.end === g.end).length;
  const wrongValues = pairs.filter(([p, g]) => !isSameDateValue(p, g));
  const correctValues = pairs.length - wrongValues.length;
  const matchedPredicted = new Set(pairs.map(([p]) => p));
  const matchedGold = new Set(pairs.map(([, g]) => g));
  return {
    relaxed: { tp: pairs.length, fp: predicted.length - pairs.length, fn: scored.length - pairs.length },
    strict: { tp: strictTp, fp: predicted.length - strictTp, fn: scored.length - strictTp },
    value: { tp: correctValues, fp: predicted.length - correctValues, fn: scored.length - correctValues },
    matchedValue: { correct: correctValues, total: pairs.length },
    errors: {
      missed: [
        ...scored.filter((g) => !matchedGold.has(g)).map((g) => example(gold.text, g, `gold ${g.value}`)),
        ...wrongValues.map(([p, g]) => example(gold.text, g, `value ${p.value} ≠ gold ${g.value}`)),
      ],
      spurious: predicted.filter((p) => !matchedPredicted.has(p)).map((p) => example(gold.text, p, `value ${p.value}`)),
    },
  };
}

// ---------------------------------------------------------------- casualties

export const SCORED_CASUALTY_KINDS = ["killed", "injured"] as const;
export type ScoredKind = (typeof SCORED_CASUALTY_KINDS)[number];

export interface CasualtyScore {
  exact: Record<ScoredKind, Tally>;
  detection: Record<ScoredKind, Counts>;
  errors: Errors;
}

/** The document's figure for a kind: the toll factx reports for it (its summary), 0 when none. */
export function predictedTotal(report: Report, kind: CasualtyKind): number {
  const headline = report.casualtySummary[kind];
  if (!headline) return 0;
  const figure = report.casualties[headline.figures[0]];
  return headline.count ?? figure.max ?? figure.min ?? 0;
}

/** The gold document's total for a kind: a kind it does not list is 0. */
export const goldTotal = (gold: GoldDocument, kind: ScoredKind) => gold.casualties.filter((figure) => figure.kind === kind).reduce((sum, figure) => sum + figure.count, 0);

export function scoreCasualties(gold: GoldDocument, report: Report): CasualtyScore {
  const exact = {} as Record<ScoredKind, Tally>;
  const detection = {} as Record<ScoredKind, Counts>;
  const errors: Errors = { missed: [], spurious: [] };
  for (const kind of SCORED_CASUALTY_KINDS) {
    const expected = goldTotal(gold, kind);
    const predicted = predictedTotal(report, kind);
    exact[kind] = { correct: expected === predicted ? 1 : 0, total: 1 };
    detection[kind] = {
      tp: expected > 0 && predicted > 0 ? 1 : 0,
      fp: expected === 0 && predicted > 0 ? 1 : 0,
      fn: expected > 0 && predicted === 0 ? 1 : 0,
    };
    if (expected !== predicted) {
      const figures = report.casualties.filter((figure) => figure.kind === kind);
      const where = figures[0] ?? { start: 0, end: 0 };
      (predicted > expected ? errors.spurious : errors.missed).push(
        example(gold.text, where, `${kind}: predicted ${predicted}, gold ${expected}${figures.length ? ` (from ${figures.map((f) => `"${f.text}"`).join(", ")})` : ""}`),
      );
    }
  }
  return { exact, detection, errors };
}

// ---------------------------------------------------------------- quotes

export interface QuoteScore {
  content: Counts;
  direct: Counts;
  speaker: Tally;
  errors: Errors;
}

const lastCapitalisedWord = (text: string) => text.match(/\b[A-Z][\w'’.-]*/g)?.at(-1)?.replace(/['’]s$/, "").replace(/\.$/, "") ?? null;

export const isHalfOverlap = (p: Range, g: Range) => overlap(p, g) >= 0.5 * Math.min(p.end - p.start, g.end - g.start) && overlap(p, g) > 0;

/** The pieces of predicted quotes that are scored: all but those overlapping only other attributions. */
export function scoredQuoteFragments(gold: GoldDocument, report: Report): Array<Range & { quote: Quote }> {
  // A quote split around its attribution is scored as its parts, as the gold splits it.
  const fragments = report.quotes.flatMap((quote) => (quote.parts ?? [quote]).map((part) => ({ start: part.start, end: part.end, quote })));
  const others = gold.otherAttributions ?? [];
  return fragments.filter((p) => gold.quotes.some((g) => overlap(p, g) > 0) || !others.some((o) => overlap(p, o) > 0));
}

export function scoreQuotes(gold: GoldDocument, report: Report): QuoteScore {
  const predicted = scoredQuoteFragments(gold, report);
  const pairs = matchOneToOne(predicted, gold.quotes, isHalfOverlap);
  const directPredicted = predicted.filter((p) => p.quote.kind === "direct");
  const directGold = gold.quotes.filter((g) => g.direct);
  const directPairs = matchOneToOne(directPredicted, directGold, isHalfOverlap);
  let correctSpeakers = 0;
  const wrongSpeakers: ErrorExample[] = [];
  for (const [p, g] of pairs) {
    if (isSpeakerCorrect(p.quote, g)) correctSpeakers++;
    else wrongSpeakers.push(example(gold.text, g, `speaker "${p.quote.speakerMention?.text ?? p.quote.speaker ?? "none"}" ≠ gold "${g.speaker}"`));
  }
  const matchedPredicted = new Set(pairs.map(([p]) => p));
  const matchedGold = new Set(pairs.map(([, g]) => g));
  return {
    content: { tp: pairs.length, fp: predicted.length - pairs.length, fn: gold.quotes.length - pairs.length },
    direct: { tp: directPairs.length, fp: directPredicted.length - directPairs.length, fn: directGold.length - directPairs.length },
    speaker: { correct: correctSpeakers, total: pairs.length },
    errors: {
      missed: [...gold.quotes.filter((g) => !matchedGold.has(g)).map((g) => example(gold.text, g, `speaker "${g.speaker}"`)), ...wrongSpeakers],
      spurious: predicted.filter((p) => !matchedPredicted.has(p)).map((p) => example(gold.text, p, `speaker "${p.quote.speaker ?? "none"}"`)),
    },
  };
}

export function isSpeakerCorrect(quote: Quote, gold: GoldDocument["quotes"][number]): boolean {
  if (gold.speakerStart < 0) return quote.speakerMention === null;
  const mention = quote.speakerMention;
  if (mention && overlap(mention, { start: gold.speakerStart, end: gold.speakerEnd }) > 0) return true;
  const predictedWord = lastCapitalisedWord(quote.speaker ?? "");
  if (!predictedWord) return false;
  return [gold.speaker, gold.speakerResolved ?? ""].some((name) => lastCapitalisedWord(name) === predictedWord);
}
