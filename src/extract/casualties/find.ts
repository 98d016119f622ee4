import type { CasualtyKind } from "../../types.js";
import { COUNT_NOUNS, TO_HOSPITAL } from "./words.js";
import { OUTCOMES } from "./rules/pieces.js";
import { RULES, type CasualtyRule } from "./rules/index.js";
import { allMatches } from "../../matches.js";

/** One textual match of a casualty construction, before its numbers are read. */
export interface CasualtyMatch {
  start: number;
  end: number;
  kind: CasualtyKind;
  rule: string;
  qualifier?: string;
  number?: string;
  rangeTo?: string;
  victims?: string;
  /** "was", "is" or "has" before the outcome, or a singular noun ("one death"): one victim, whatever number came before. */
  singular?: boolean;
  /** A count the construction itself implies: "a man was killed" → 1, "no one was hurt" → 0. */
  impliedCount?: number;
}

/**
 * Case-insensitive patterns are written in lower case and run, case-sensitive, on a lower-cased copy
 * of the text: the /i flag makes each pattern several times slower to compile, a cost every worker
 * thread pays before its first document. The copy keeps every offset ("d" gives the groups').
 */
export const COMPILED = RULES.map((rule) =>
  rule.pattern.flags.includes("i") ? { rule, pattern: new RegExp(rule.pattern.source, "gd"), onLowerCase: true } : { rule, pattern: rule.pattern, onLowerCase: false },
);

/** Lower case for A to Z only, so that the copy has the text's length and offsets. */
const asciiLowerCase = (text: string) => text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());

/**
 * A line break before anything but a lower-case word ends a headline or a paragraph; it becomes a
 * paragraph separator (one character, so offsets hold), which no gap of a rule crosses. A line
 * wrapped inside a sentence ("killed two\npeople") still reads.
 */
const withParagraphsMarked = (text: string) => text.replace(/\n(?![a-z])/g, "\u2029");

// Every construction holds one of these stems; a text without any of them reports no casualty.
const TRIGGER = /kill|dead|die|death|fatal|murder|slain|perish|lives|injur|wound|hurt|hospital|shot|shoot|missing|unaccounted|arrest|detain|custody|apprehend|jail|kidnap|abduct|hostage|seiz|displac|evacuat|homeless|flee|fled|toll|bod(?:y|ies)|casualt|deceased|passed away|condition|critical|execut|succumb|stab|beaten|burned|suicide|homicide|rounded up|forced|slay|graz|struck|hit by|suffer|sustain|gunned|drown|surviv/i;

/**
 * V8 runs a pattern on a text shorter than 1,000 characters in its bytecode interpreter first, and
 * compiles it to machine code only for its next use. Interpreted, the constructions backtrack so
 * much that they took a second over an article's first 700 characters (list-then-outcome alone 0.3
 * to 0.4 s), where compiling all of them takes 0.2 s: so before its first use on a shorter text, a
 * pattern is run once over a text that long in which none can match. The mark to compile is the
 * pattern's, whatever text comes next; but the code is per width, one byte a character or two (a
 * curly quote, a paragraph mark), so the text run over is of the width of the one to come, lest the
 * pattern be compiled twice (20 of a cold article's 60 ms of casualties). On a longer text V8
 * compiles at once, for that text's width.
 */
const V8_INTERPRETS_BELOW = 1000;
const COMPILING_TEXTS = { oneByte: " ".repeat(V8_INTERPRETS_BELOW), twoBytes: `${" ".repeat(V8_INTERPRETS_BELOW - 1)}\u2029` };
const OUTSIDE_ONE_BYTE = /[^\0-\xff]/;
const compiled = new Set<RegExp>();

function compileBeforeFirstUse(pattern: RegExp, subject: string): void {
  if (compiled.has(pattern)) return;
  compiled.add(pattern);
  if (subject.length >= V8_INTERPRETS_BELOW) return;
  allMatches(pattern, OUTSIDE_ONE_BYTE.test(subject) ? COMPILING_TEXTS.twoBytes : COMPILING_TEXTS.oneByte);
}

export function findCasualtyMatches(text: string): CasualtyMatch[] {
  const found: CasualtyMatch[] = [];
  if (!TRIGGER.test(text)) return found;
  const marked = withParagraphsMarked(text);
  const lower = asciiLowerCase(marked);
  for (const { rule, pattern, onLowerCase } of COMPILED) {
    if (rule.needs && !rule.needs.test(lower)) continue;
    const subject = onLowerCase ? lower : marked;
    compileBeforeFirstUse(pattern, subject);
    for (const match of allMatches(pattern, subject)) {
      const read = readMatch(rule, match, text);
      if (read) found.push(read);
    }
  }
  return found;
}

/** What one match says, from its named groups (see CasualtyRule); null when no kind is found. */
export function readMatch(rule: CasualtyRule, match: RegExpMatchArray, text: string): CasualtyMatch | null {
  const groups = match.groups ?? {};
  const kind = rule.kind ?? kindOf(groups.outcome ?? groups.outcome2 ?? groups.action ?? groups.noun, rule.words ?? OUTCOMES);
  if (!kind) return null;
  const reading: CasualtyMatch = {
    start: match.index!,
    end: match.index! + match[0].length,
    kind,
    rule: rule.name,
    qualifier: groups.qualifier?.toLowerCase().replace(/\s+/g, " "),
    number: groups.from ?? groups.number,
    rangeTo: groups.to ?? groups.rangeTo,
    victims: originalGroup(text, match, "victims"),
    singular: /\b(?:was|is|has)\b/i.test(groups.auxiliaries ?? "") || /^(?:death|fatality|injury)$/i.test(groups.noun ?? ""),
    impliedCount: impliedByGroups(groups) ?? rule.impliedCount,
  };
  return rule.read ? rule.read(reading, groups) : reading;
}

/** "a man and his wife" counts two, "a man" one, "no injuries" none. */
function impliedByGroups(groups: Record<string, string | undefined>): number | undefined {
  if (groups.double || groups.person2) return 2;
  if (groups.single || groups.person || groups.another || groups.body) return 1;
  return groups.none ? 0 : undefined;
}

/** A group's words as the text writes them, not as the lower-cased copy has them. */
function originalGroup(text: string, match: RegExpMatchArray, name: string): string | undefined {
  const span = match.indices?.groups?.[name];
  return span ? text.slice(span[0], span[1]) : match.groups?.[name];
}

export const IS_TO_HOSPITAL = new RegExp(`^(?:${TO_HOSPITAL})$`, "i");

function kindOf(word: string | undefined, words: ReadonlyMap<string, CasualtyKind>): CasualtyKind | undefined {
  if (!word) return undefined;
  const normal = word.toLowerCase().replace(/\s+/g, " ");
  return COUNT_NOUNS[normal] ?? words.get(normal) ?? (IS_TO_HOSPITAL.test(normal) ? "injured" : undefined);
}
