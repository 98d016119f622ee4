import type { Quote } from "../types.js";
import type { Actors } from "./actors.js";
import { similarity, wordDiff, wordingKey } from "./diff.js";
import { strongest, type Article, type Claim, type CompareOptions, type ComparisonRow, type Verdict } from "./types.js";
import { allMatches } from "../matches.js";

/**
 * Word-sequence similarity above which two quotations of one speaker are versions of one statement:
 * a word or two changed in ten keeps 0.8 or more; two statements that open alike ("We will not give
 * in" and "We will not give up the search") share about half their words.
 */
const SAME_STATEMENT = 0.7;
/** Above this, the same words given to two speakers are one quotation misattributed. */
const SAME_WORDS = 0.8;
/** A shorter quotation inside a longer one is a part of it only if it says something: a dozen letters. */
const MIN_PART = 12;

interface Entry {
  article: string;
  /** The quoted words, and who the article gives them to as it writes it. */
  quote: { text: string; speaker: string | null; sentence?: { text: string }; confidence?: number | null };
  /** The speaker's actor group across articles, or null when the text names no actor. */
  speaker: string | null;
  key: string;
}

/** Words in quotation marks: “…”, "…", «…». */
const QUOTED = /[“"«]([^“”"«»\n]{3,400})[”"»]/g;

/**
 * The words reported speech puts in quotation marks: "she said the attack was “one of our darkest
 * days”" vouches for those words only. Found in the sentence, where they overlap the paraphrase.
 */
function quotedWordsIn(quote: Quote): string[] {
  const sentence = quote.sentence;
  if (!sentence) return [];
  return allMatches(QUOTED, sentence.text)
    .filter((match) => sentence.start + match.index! < quote.end && sentence.start + match.index! + match[0].length > quote.start)
    .map((match) => match[1]);
}

/** Direct quotations, and the quoted words of reported speech: a paraphrase is the reporter's words, never a verbatim claim. */
function entriesOf({ name, report }: Article, actors: Actors): Entry[] {
  const direct = report.quotes.filter((quote) => quote.kind === "direct");
  // A quotation inside another ("he called it “a disgrace”") is part of the outer one.
  const outer = direct.filter((quote) => !direct.some((other) => other !== quote && other.start <= quote.start && quote.end <= other.end));
  const verbatim = [
    ...outer.map((quote) => ({ quote, text: quote.text })),
    ...report.quotes.filter((quote) => quote.kind === "indirect").flatMap((quote) => quotedWordsIn(quote).map((text) => ({ quote, text }))),
  ];
  return verbatim.map(({ quote, text }) => ({
    article: name,
    quote: { text, speaker: quote.speaker, sentence: quote.sentence, confidence: lowerOf(quote.confidence, quote.speakerConfidence) },
    speaker: actors.ofSpeaker(name, report, quote.actorId, quote.speaker),
    key: wordingKey(text),
  }));
}

const isPartOf = (a: Entry, b: Entry) => Math.min(a.key.length, b.key.length) >= MIN_PART && (a.key.includes(b.key) || b.key.includes(a.key));

/** How alike two quotations are, if they can be one statement; null when they are two. */
function closeness(a: Entry, b: Entry): number | null {
  const score = a.key === b.key ? 1 : similarity(a.quote.text, b.quote.text);
  const isOneSpeaker = a.speaker === null || b.speaker === null || a.speaker === b.speaker;
  if (isPartOf(a, b)) return Math.max(score, SAME_STATEMENT);
  return score >= (isOneSpeaker ? SAME_STATEMENT : SAME_WORDS) ? score : null;
}

interface Finding {
  verdict: Verdict;
  note?: string;
  similarity?: number;
  diff?: ReturnType<typeof wordDiff>;
}

function weigh(a: Entry, b: Entry, actors: Actors): Finding {
  if (a.speaker && b.speaker && a.speaker !== b.speaker) {
    return { verdict: "conflict", note: `the same words given to ${actors.label(a.speaker)} and ${actors.label(b.speaker)}` };
  }
  if (a.key === b.key) return { verdict: "agree" };
  if (isPartOf(a, b)) return { verdict: "partial", note: "one quotes a part of the other's quotation" };
  return {
    verdict: "conflict",
    note: "the same quotation in different words",
    similarity: Math.round(similarity(a.quote.text, b.quote.text) * 1000) / 1000,
    diff: wordDiff(a.quote.text, b.quote.text),
  };
}

/** Who a row's quotation is from: the actor, else the words an article names the speaker by. */
function subjectOf(group: Entry[], actors: Actors): string {
  const named = group.find((entry) => entry.speaker)?.speaker;
  return named ? actors.label(named) : (group.find((entry) => entry.quote.speaker)?.quote.speaker ?? "unattributed");
}

const claimOf = (entry: Entry): Claim => ({
  article: entry.article,
  value: `${entry.quote.speaker ?? "unattributed"}: “${entry.quote.text}”`,
  evidence: entry.quote.sentence?.text ?? null,
  confidence: entry.quote.confidence,
});

/** A quotation given to a speaker holds only as far as both the words and the speaker hold. */
function lowerOf(...confidences: Array<number | null | undefined>): number | null | undefined {
  const known = confidences.filter((confidence): confidence is number => typeof confidence === "number");
  return known.length > 0 ? Math.min(...known) : confidences[0];
}

/**
 * Direct quotations lined up across articles: the closest version in each other article joins a
 * row. A row conflicts when the words differ (after spacing, quotation marks, dashes and case are
 * set aside) or when they are given to different speakers.
 */
export function compareQuotes(articles: Article[], actors: Actors, options: CompareOptions): ComparisonRow[] {
  const entries = articles.flatMap((article) => entriesOf(article, actors));
  const placed = new Set<Entry>();
  const rows: ComparisonRow[] = [];
  const unmatched: Entry[] = [];
  for (const entry of entries) {
    if (placed.has(entry)) continue;
    placed.add(entry);
    const group = [entry];
    for (const { name } of articles) {
      if (name === entry.article) continue;
      const candidates = entries.filter((other) => other.article === name && !placed.has(other));
      const scored = candidates.map((other) => ({ other, score: closeness(entry, other) })).filter((pair) => pair.score !== null);
      const best = scored.sort((x, y) => y.score! - x.score!)[0];
      if (best) {
        placed.add(best.other);
        group.push(best.other);
      }
    }
    if (group.length === 1) {
      unmatched.push(entry);
      continue;
    }
    const findings: Finding[] = [];
    for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) findings.push(weigh(group[i], group[j], actors));
    const verdict = strongest(findings.map((finding) => finding.verdict));
    const shown = findings.find((finding) => finding.verdict === verdict);
    rows.push({
      field: "quotes",
      subject: subjectOf(group, actors),
      verdict,
      claims: group.map(claimOf),
      ...(shown?.note ? { note: shown.note } : {}),
      ...(shown?.similarity !== undefined ? { similarity: shown.similarity } : {}),
      ...(shown?.diff ? { diff: shown.diff } : {}),
    });
  }
  return [...rows, ...onlySome(unmatched, articles, actors, options)];
}

/** Quotations no other article has: a row each with `all`, else one row per article. */
function onlySome(unmatched: Entry[], articles: Article[], actors: Actors, options: CompareOptions): ComparisonRow[] {
  if (options.all) {
    return unmatched.map((entry) => ({ field: "quotes", subject: subjectOf([entry], actors), verdict: "only-some", claims: [claimOf(entry)], note: `only in ${entry.article}` }));
  }
  return articles.flatMap(({ name }) => {
    const own = unmatched.filter((entry) => entry.article === name);
    if (own.length === 0) return [];
    const claim = { article: name, value: own.map((entry) => claimOf(entry).value).join("\n"), evidence: null };
    return [{ field: "quotes" as const, subject: `only some (${own.length})`, verdict: "only-some" as const, claims: [claim], note: "--all lists each" }];
  });
}

