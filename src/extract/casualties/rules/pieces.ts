import { NUMBER_PATTERN } from "../../../numbers.js";
import type { CasualtyKind } from "../../../types.js";
import { ACTION_WORDS, NON_VICTIM_WORDS, OUTCOME_WORDS, PERSON_NOUNS, PHRASE_STOPS, QUALIFIERS, SAYING_VERBS, TO_HOSPITAL } from "../words.js";

/** Pattern pieces the rules share. Case-insensitive patterns are written in lower case (see find.ts). */

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
export const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join("|");

export const QUALIFIER = `(?<qualifier>${alternation(Object.keys(QUALIFIERS))})\\s+`;
export const COUNT = `(?:between\\s+(?<from>${NUMBER_PATTERN})\\s+and\\s+(?<to>${NUMBER_PATTERN})|(?<number>${NUMBER_PATTERN})(?:\\s*(?:-|–|to)\\s*(?<rangeTo>${NUMBER_PATTERN}))?)`;
// Up to four words name the victims, as few as reach the outcome ("two men fatally shot": "men"); a unit word ("days", "percent") means the number counts something else.
export const victimsPhrase = (then: "outcome" | "end") =>
  `(?<victims>(?!(?:${alternation([...NON_VICTIM_WORDS, ...PHRASE_STOPS])})\\b)[A-Za-z][\\w'’-]*(?:\\s+(?!(?:${alternation(PHRASE_STOPS)})\\b)[A-Za-z][\\w'’-]*){0,3}${then === "outcome" ? "?" : ""})`;
// "killing 1,204 of …" is not "killing 1", "killed 9/11 plotter" not "killed 9".
export const WHOLE_NUMBER = "(?![\\w/-]|[,.]\\d)";
// "the Feb. 13 death of", "9/11 victims": a count starts no date.
export const NOT_IN_A_DATE = "\\b(?<![$£€.,/-])(?<!\\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?\\s|\\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\\s)";
// "300 children under the age of 10 have been killed", "the death toll of children under the age of 5": an age, not a count.
export const NOT_AN_AGE = "(?<!\\bage\\s+of\\s+)";
// "killed 2 days ago": a count of days, not of people.
export const NOT_A_UNIT = `(?!\\s+(?:${alternation(NON_VICTIM_WORDS)})\\b)`;
// "The suspect killed himself", "the officer shot at the car": the person acted, and was not the victim;
// "the pilot shot down", "the gunman shot up the bar": a plane or a place hit, no person;
// but "shot dead at the scene", "blew themselves up at a bus stop" or "taken to the hospital at 3 a.m."
// ends, and what follows is not its object.
export const NOT_ACTIVE = "(?:(?<=dead|death|died|dies|down|up|[Hh]ospital|[Hh]ospitals|[Hh]ospitali[sz]ed)|(?!\\s+(?:at|him|her|himself|herself|his|their|its|a|an|the|them|it|two|three|several|down|up)\\b))";
export const AUXILIARIES = `(?<auxiliaries>(?:(?:were|was|are|is|have|has|had|been|being|reportedly|also|later|still|all|both|each|allegedly|confirmed|believed|feared|now|since|subsequently|got|found|seriously|critically|slightly|severely|badly|moderately)\\s+){0,3})`;
export const SINGULAR = `(?<!\\bno\\s)(?<single>a|an|one)`;
// "was then shot", "was fatally shot": at most one adverb, left out where the outcome begins with it.
export const ADVERB = "(?:(?:\\w+ly|then|also|later|again|still)\\s+)??";
// What a person suffers: "a gunshot wound", "non-life-threatening injuries", "a cut to his head"
// (not "budget cuts").
export const INJURY_NOUN = "(?:injuries|injury|wounds?|a\\s+cut|cuts\\s+and\\s+bruises|lacerations?|bruises|burns|fractures?|a\\s+broken\\s+\\w+|a\\s+concussion)";
// "one death row inmate", "two death threats": not deaths.
export const NOT_A_DEATH_OF_PEOPLE = "(?!\\s+(?:row|penalty|sentences?|threats?|certificates?|squads?|metal|march|spiral|knell|wish|rates?|benefits?|camps?))";
// A word before a person noun that may describe them ("23-year-old Milwaukee man"), not one that
// ends another phrase ("at the scene and her husband", "injured when a gunman opened fire", "Couple says man found dead …").
export const MODIFIER = `(?!(?:and|or|but|at|in|on|of|to|from|with|by|for|the|a|an|when|while|after|before|as|because|if|${SAYING_VERBS.join("|")})\\b)[\\w'’-]+`;
// "Nine people, including a child, were killed": who the victims include, between commas or, when short, without them.
export const INCLUDING = "(?:,\\s+(?:including|among them)\\s+[^,;.]{1,80},|\\s+including\\s+[^,;.\\n]{1,30}?(?=\\s+(?:were|was|have|had|are)\\s))?";
// "Four traders in Selvo were injured": where they were, in at most three words that join no other count
// ("Three people in Arlen and two in Bosk were killed" is two counts).
const IN_A_PLACE = "in\\s+(?:(?!and\\b)[\\w'’-]+\\s+){0,2}?(?!and\\b)[\\w'’-]+";
// "Nine troopers of the Reserve Police were killed", "five policemen escorting a bus have been killed",
// "23 on the ground were killed", "two girls on a footpath were killed":
// what the victims belong to or were doing, after the noun.
export const POSTMODIFIER = `(?:\\s+(?:(?:of|from|on|aboard|inside|belonging\\s+to|escorting|guarding|serving\\s+with)\\s+(?!(?:the\\s+|all\\s+)?(?:${NUMBER_PATTERN}))[^,;.\\n\\d]{1,50}?|${IN_A_PLACE})(?=\\s+(?:were|was|have|had|are)\\s))?`;
// "fired at least one shot", "heard two shots": shots, not people shot; "no one was hurt" is the none rule.
export const NOT_SHOTS_FIRED = `(?<!\\b(?:fired|fires|fire|firing|returned|heard|let off|squeezed off|no)\\s+(?:(?:${alternation(Object.keys(QUALIFIERS))})\\s+)?)`;
// "Gastonia Monday was injured": a day after a place is not a name.
export const NAME_WORD = "(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)[A-Z][\\w'’-]+";
// "Owen Taft, a 19-year-old, was shot", "Paul Linden, 18, of the Bronx, who is still
// hospitalized": who the victim is, between commas.
export const APPOSITION = "(?:,\\s+(?:a\\s+|an\\s+)?[\\w'’ -]{1,40}(?:,\\s+[\\w'’ -]{1,40})?,)?";

/**
 * A pattern in which every gap and every word has a bound (four spaces, forty letters): real text
 * never comes near them, and a hostile run of spaces or letters cannot make matching quadratic.
 * A gap is no paragraph break (find.ts marks one): a figure is never read from a headline into the
 * paragraph under it.
 */
export function bounded(source: string, flags: string): RegExp {
  return new RegExp(
    source
      .replaceAll("\\s+", "[^\\S\\u2029]{1,4}")
      .replaceAll("[\\w'’-]*", "[\\w'’-]{0,40}")
      .replaceAll("[\\w'’-]+", "[\\w'’-]{1,40}")
      .replaceAll("\\w+", "\\w{1,40}"),
    flags,
  );
}

/** Each word of a kind's list to that kind; one pattern then serves every kind. */
export function wordKinds(lists: Partial<Record<CasualtyKind, string[]>>): Map<string, CasualtyKind> {
  return new Map(Object.entries(lists).flatMap(([kind, words]) => words.map((word) => [word, kind as CasualtyKind] as const)));
}

/** The named word group: its alternatives, longest first, so "shot dead" wins over "shot". */
export const wordGroup = (name: string, words: ReadonlyMap<string, CasualtyKind>, pattern?: string) =>
  `(?<${name}>${pattern ? `${pattern}|` : ""}${alternation([...words.keys()])})`;

/** The outcome word group; outcomes of the injured also take them to hospital. */
export const outcomeGroup = (words: ReadonlyMap<string, CasualtyKind>) =>
  wordGroup("outcome", words, [...words.values()].includes("injured") ? TO_HOSPITAL : undefined);

const pick = <T>(record: Record<CasualtyKind, T>, kinds: readonly CasualtyKind[]) =>
  Object.fromEntries(kinds.map((kind) => [kind, record[kind]])) as Partial<Record<CasualtyKind, T>>;

const HARM = ["killed", "injured"] as const;
export const OUTCOMES = wordKinds(OUTCOME_WORDS);
export const ACTIONS = wordKinds(ACTION_WORDS);
export const HARM_OUTCOMES = wordKinds(pick(OUTCOME_WORDS, HARM));
export const HARM_ACTIONS = wordKinds(pick(ACTION_WORDS, HARM));
// "killing his sister", "arrested a 34-year-old man": acts done to one person.
export const PERSON_ACTIONS = wordKinds(pick(ACTION_WORDS, [...HARM, "arrested"]));
export const PERSON = alternation(PERSON_NOUNS);
// "left 3 dead" is a count (left-outcome), not a person left dead.
export const NUMBER_OR_PEOPLE = `(?:${QUALIFIER})?(?:${NUMBER_PATTERN}|people|others|several|many)\\s`;
export const ANY_PERSON = `(?:${PERSON}|\\d{1,3}-year-old)`;
