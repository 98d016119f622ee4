import type { Casualty, CasualtyKind, CasualtySummary, Span, TollMethod } from "../../types.js";
import { ANOTHER_VICTIM, headCount, isHarmOfAnyOutcome } from "./harm.js";
import { BACKGROUND_CUES } from "./words.js";

const HARM_KINDS: ReadonlySet<CasualtyKind> = new Set(["killed", "injured"]);

/** A toll before it is written out: the figures it adds up (one, for most) and how it was made. */
interface Reckoning {
  parts: number[];
  method: TollMethod;
}

/**
 * Per kind, the toll of the main event and how it was made. Background figures make a toll only when
 * the article gives none of the event: "three other people were wounded" in 2012 is not today's
 * injured toll when today's dead are counted. People shot, of whom some died, leave the rest as the
 * injured toll: "Two men were shot. One died." is 1 injured.
 */
export function summarizeCasualties(figures: Casualty[], text: string): Partial<Record<CasualtyKind, CasualtySummary>> {
  const summary: Partial<Record<CasualtyKind, CasualtySummary>> = {};
  const harmOfEvent = figures.some((figure) => HARM_KINDS.has(figure.kind) && figure.context === "event");
  const kinds = new Set(figures.map((figure) => figure.kind));
  const idOf = (index: number) => figures[index].id;
  // The dead first: the injured toll may subtract them.
  for (const kind of [...kinds].sort((a, b) => Number(b === "killed") - Number(a === "killed"))) {
    const indices = figures.map((_figure, index) => index).filter((index) => figures[index].kind === kind);
    const events = indices.filter((index) => figures[index].context === "event");
    const pool = events.length > 0 || (HARM_KINDS.has(kind) && harmOfEvent) ? events : indices;
    if (pool.length === 0) continue;
    const reckoning = reckon(figures, pool, text);
    const background = events.length === 0;
    const dead = kind === "injured" && reckoning.parts.length === 1 ? exactDeathToll(figures, summary.killed, text) : null;
    const toll = (figure: Casualty) =>
      dead !== null && (includesTheDead(figure, figures, text) || diedLater(figure, figures, figures[dead.index], text)) ? Math.max(0, figure.count! - dead.count) : headCount(figure);
    const headline = reckoning.parts.length > 1 ? largest(figures, reckoning.parts, headCount) : reckoning.parts[0];
    const ordered = [headline, ...indices.filter((index) => index !== headline)];
    const figure = figures[headline];
    const common = { figures: ordered, figureIds: ordered.map(idOf) };
    if (dead !== null && toll(figure) !== headCount(figure)) {
      summary[kind] = { count: toll(figure), approximate: false, ...common, minus: [dead.index], how: "difference", minusIds: [idOf(dead.index)] };
    } else if (reckoning.parts.length > 1) {
      const parts = reckoning.parts.map((index) => figures[index]);
      summary[kind] = {
        count: parts.reduce((sum, part) => sum + headCount(part), 0),
        approximate: parts.some((part) => part.approximate || part.count === null),
        ...common,
        how: "sum-of-parts",
        partIds: reckoning.parts.map(idOf),
      };
    } else {
      summary[kind] = { count: figure.count, approximate: figure.approximate, ...common, how: background ? "background" : reckoning.method };
    }
  }
  return Object.fromEntries([...kinds].filter((kind) => summary[kind]).map((kind) => [kind, summary[kind]]));
}

const largest = (figures: Casualty[], indices: number[], size: (figure: Casualty) => number) =>
  indices.reduce((best, index) => (size(figures[index]) > size(figures[best]) ? index : best));

// A sentence ends at a stop, a line, a colon, or a title bar of a scraped page ("… | Fox 59").
const SENTENCE_BREAK = /[.!?]["”’]?(?:\s|(?=[A-Z]))|\n|:\s|\s\|\s/;
// The later figure's first letter is kept: "a gunshot wound.That person" breaks before it.
const inOneSentence = (text: string, a: Span, b: Span) => !SENTENCE_BREAK.test(text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start) + 1));
const isExact = (figure: Casualty) => figure.count !== null && figure.qualifier === null && !figure.approximate;

// "the toll later rose to 97", "the number was eventually raised to sixteen": a figure that replaces the ones before.
const UPDATE = /\b(?:rose|risen|rising|raised|climbed|increased|jumped|reached|revised|grew|now stands)\b/i;
// "killing 255 people, including 142 civilians", "…, 2 of them critically": a share of the figure before.
const SHARE_OF_THE_BEFORE = /\b(?:including|includes|included|among them|among whom|of whom|of them|mostly|mainly)\b/i;
const AND_BEFORE = /\band\s+$/i;
const TOTAL = /\b(?:in total|in all|a total of|altogether|overall)\b/i;
// "Four more people were also killed", "3 gunmen were also injured": people besides those counted
// before. Without "also", "three others were wounded" often tells again of the people counted
// beside the dead ("2 killed, 3 wounded … two people died and three others were wounded").
const OTHER_PEOPLE = /\b(?:others?|another|more)\b(?!\s+than)/i;
const ALSO = /\balso\b|\balong\s+with\b|\bas\s+well\s+as\b/i;
// "One of the injured died days later": a death among people counted as hurt, not yet among the dead.
const ONE_OF_THE_HURT = /\bof\s+(?:the|those)\s+(?:injured|wounded|hurt)\b/i;
const isBesides = (words: string) => (OTHER_PEOPLE.test(words) && ALSO.test(words)) || ONE_OF_THE_HURT.test(words);
// Attackers are counted apart from their victims, in either order: "26 people were killed. The 4
// attackers also died.", "Five gunmen were killed. 38 people are confirmed dead." (a lone
// "he died" after the attackers is one of them).
export const ATTACKERS = /\b(?:attackers?|gunm[ae]n|bombers?|terrorists?|militants?|assailants?|perpetrators?|hijackers?|insurgents?|shooters?|knifem[ae]n)\b/i;
// "Usman Kell, wearing a fake vest, was shot dead by police": who the forces killed was the attacker.
const BY_FORCES = /^\s+by\s+(?:the\s+)?(?:(?:armed|security|special|local)\s+)?(?:police|policemen|officers|security forces|forces|troops|soldiers|guards)\b/i;
// "a fatal shooting", "one critical": words that name the event or the state of people counted
// elsewhere, never people besides them.
const RESTATING_RULES = new Set(["fatal-event", "fatal-named-event", "double-death", "homicide-victim", "count-condition", "person-condition"]);
// "killed 14 people … two suspects died": police news counts the suspects apart from the toll.
export const SUSPECTS = /\bsuspects?\b/i;
const isRestating = (figure: Casualty) => RESTATING_RULES.has(figure.rule) || SUSPECTS.test(figure.text);

/**
 * How the figures of one kind make a toll. Figures in one sentence count different people
 * ("4 soldiers and 2 civilians were killed", "39 killed on the DC-4, four on the Beechcraft") and
 * add up, unless one of them is the total of the others ("32 were killed: 23 in Arlen and 9 in
 * Bosk") or a share of the one before ("including 142 civilians"). Sentences repeat the news, so a
 * later sentence's figure replaces an earlier, smaller one, unless it counts other people ("three
 * others", the attackers besides their victims). An update ("the toll rose to 97") is the toll.
 */
function reckon(figures: Casualty[], pool: number[], text: string): Reckoning {
  const ordered = [...pool].sort((a, b) => figures[a].start - figures[b].start);
  const updates = ordered.filter((index) => isUpdate(figures[index], text));
  if (updates.length > 0) return { parts: [updates.at(-1)!], method: "latest-update" };
  let toll: number[] = [];
  for (const sentence of bySentence(figures, ordered, text)) {
    const parts = sentenceParts(figures, sentence, text);
    const value = sum(figures, parts);
    const addsPeople =
      toll.length > 0 && [...toll, ...parts].every((index) => !isRestating(figures[index])) && parts.every((index) => isBesides(precededBy(figures[index], text)) || isSequel(figures[index], text) || (isAnotherOne(figures[index], text) && sum(figures, toll) === 1) || isShareOfAnotherWhole(figures, toll, index) || (isAttackers(figures[index], text) && !toll.some((part) => isAttackers(figures[part], text))))
      || (toll.every((index) => isAttackers(figures[index], text)) && parts.every((index) => !isAttackers(figures[index], text) && headCount(figures[index]) > 1));
    if (addsPeople) toll = [...toll, ...parts];
    else if (toll.length === 0 || value > sum(figures, toll)) toll = parts;
  }
  return { parts: toll, method: "one-figure" };
}

const sum = (figures: Casualty[], indices: number[]) => indices.reduce((total, index) => total + headCount(figures[index]), 0);
const isAttackers = (figure: Casualty, text: string) => ATTACKERS.test(figure.text) || (figure.kind === "killed" && BY_FORCES.test(text.slice(figure.end, figure.end + 40)));
// "Eight out of 9 aboard the first jet were killed. Five out of 7 aboard the second were killed.": shares of
// different wholes count different people.
const WHOLE = /\b(?:out\s+)?of\s+(?:the\s+|all\s+)?(\S+(?:\s+\S+){0,3})/i;
const wholeOf = (figure: Casualty) => (figure.rule === "share-of-whole" ? WHOLE.exec(figure.text)?.[1]?.toLowerCase() : undefined);
function isShareOfAnotherWhole(figures: Casualty[], toll: number[], index: number): boolean {
  const whole = wholeOf(figures[index]);
  return whole !== undefined && toll.every((part) => wholeOf(figures[part]) !== undefined && wholeOf(figures[part]) !== whole);
}
// "A 40-year-old woman was shot … Another woman was shot in the arm": after one person, another one is
// someone besides her (after two people shot, "another woman was shot in the leg" may be the second of them).
const ANOTHER_ONE = /^(?:another|a\s+(?:second|third))\b/i;
// "Police said another woman was killed there in 2019": another one, of another time.
const OF_ANOTHER_TIME = /\b(?:19|20)\d\d\b/;
const isAnotherOne = (figure: Casualty, text: string) =>
  ANOTHER_ONE.test(figure.text) && figure.count === 1 && ![OF_ANOTHER_TIME, BACKGROUND_CUES].some((cue) => cue.test(sentenceOf(figure, text)));
/** Up to `length` characters before the figure, within its sentence. */
const sentenceBefore = (figure: Casualty, text: string, length: number) => text.slice(Math.max(0, figure.start - length), figure.start).split(SENTENCE_BREAK).at(-1)!;
/** The figure with up to 100 characters of its sentence on either side. */
const sentenceOf = (figure: Casualty, text: string) => sentenceBefore(figure, text, 100) + figure.text + text.slice(figure.end, figure.end + 100).split(SENTENCE_BREAK)[0];
// "In addition, 52 people on the ground were killed": what happened next, to other people ("then"
// and "later" would say so too, but in police reports they mostly retell the people already counted).
const SEQUEL = /\b(?:in\s+addition|additionally)\b/i;
const isSequel = (figure: Casualty, text: string) => SEQUEL.test(sentenceBefore(figure, text, 100));
/** The figure with the few words before it in its sentence: "along with the 3 attackers", "another 20". */
const precededBy = (figure: Casualty, text: string) => `${sentenceBefore(figure, text, 15)}${figure.text}`;
const isUpdate = (figure: Casualty, text: string) => UPDATE.test(sentenceBefore(figure, text, 40)) || (figure.rule === "death-toll" && UPDATE.test(figure.text));

/** Figures in text order, grouped by the sentence they stand in. */
function bySentence(figures: Casualty[], ordered: number[], text: string): number[][] {
  const sentences: number[][] = [];
  for (const index of ordered) {
    const current = sentences.at(-1);
    if (current && inOneSentence(text, figures[current.at(-1)!], figures[index])) current.push(index);
    else sentences.push([index]);
  }
  return sentences;
}

/** The figures of one sentence that count different people: shares and totals of others left out. */
function sentenceParts(figures: Casualty[], sentence: number[], text: string): number[] {
  // Two readings of the same words are one figure, the larger.
  const overlapsLarger = (index: number) =>
    sentence.some((other) => other !== index && figures[other].start < figures[index].end && figures[index].start < figures[other].end && headCount(figures[other]) > headCount(figures[index]));
  // "The girl, hit by a falling wall, was taken to hospital, where she later died": a pronoun's death tells
  // of someone its sentence counts ("killed 2 shoppers, and he was shot dead by police" is the attacker's;
  // "a man was killed and his wife wounded; she died later" is the one hurt in between).
  const isAfterTheHurt = (death: Casualty) =>
    figures.some((hurt) => hurt.kind === "injured" && hurt.end <= death.start && inOneSentence(text, hurt, death) && sentence.some((index) => figures[index].end <= hurt.start));
  const isRestatingHere = (index: number) =>
    isRestating(figures[index]) || (figures[index].rule === "pronoun-died" && !isAttackers(figures[index], text) && !isAfterTheHurt(figures[index]));
  const counting = sentence.filter((index) => !isRestatingHere(index) && !overlapsLarger(index));
  const restated = Math.max(0, ...sentence.filter(isRestatingHere).map((index) => headCount(figures[index])));
  // "killed along with Heriberto Corpus in a double homicide": the event's name may count them all.
  if (counting.length === 0 || restated > sum(figures, counting)) return [largest(figures, sentence, headCount)];
  const isShareOfTheBefore = (index: number, at: number) => {
    const before = figures[counting[at - 1]];
    const between = text.slice(before.end, figures[index].start);
    return SHARE_OF_THE_BEFORE.test(between) || isParticipleShare(figures[index], before, between);
  };
  // "Bond Hill mother dies … Bond Hill mother dies": the same words twice are one figure told twice.
  // "2 killed in Arlen and 2 killed in Bosk": joined by "and", a part of its own, unless the sentence sums
  // up what it told ("…, in all 14 died and 30 were hurt").
  const sumsUp = TOTAL.test(text.slice(figures[sentence[0]].start, figures[sentence.at(-1)!].end));
  const isRepeat = (index: number, at: number) =>
    (sumsUp || !AND_BEFORE.test(text.slice(Math.max(0, figures[index].start - 5), figures[index].start))) &&
    counting.slice(0, at).some((before) => figures[before].text.toLowerCase() === figures[index].text.toLowerCase());
  const parts = counting.filter((index, at) => at === 0 || !(isShareOfTheBefore(index, at) || isRepeat(index, at)));
  if (parts.length === 1) return parts;
  // "…, in total 26 were killed": the sentence says which figure is its total.
  const stated = parts.find((index) => TOTAL.test(text.slice(Math.max(0, figures[index].start - 20), figures[index].start).split(/[,;]/).at(-1)!));
  if (stated !== undefined) return [stated];
  // "32 were killed: 23 in Arlen and 9 in Bosk", "9 others, 4 guards and 5 civilians, injured"
  const total = parts.length < 3 ? undefined : parts.find((index) => headCount(figures[index]) === sum(figures, parts) - headCount(figures[index]));
  if (total !== undefined) return [total];
  const vague = parts.some((index) => figures[index].count === null);
  return vague ? [largest(figures, parts, headCount)] : parts;
}

const PARTICIPLE = /^\w+ing\b/i;
/**
 * "A man stabbed 4 people, badly wounding one", "…, wounding two of them": a bare number, in a
 * participle clause after a larger figure of its kind, says how many of those just counted;
 * "wounding another 20" and "wounding 20 soldiers" count others.
 */
const isParticipleShare = (figure: Casualty, before: Casualty, between: string) =>
  figure.rule === "action-then-count" && PARTICIPLE.test(figure.text) && figure.victims === null && !OTHER_PEOPLE.test(figure.text) && between.includes(",") && headCount(figure) < headCount(before);

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

// "The 30-year-old victim died": one of the victims told of before ("the second victim" is another).
const DEFINITE_VICTIM = /^the\s+(?:[\w'’-]+\s+){0,2}?victim\b(?!['’]s)/i;
const isOneOfTheVictims = (death: Casualty) => DEFINITE_VICTIM.test(death.text) && !ANOTHER_VICTIM.test(death.text);

/**
 * Whether `death`, the death toll's one figure, is told after the people hurt and of one of them:
 * "Gunmen injured a girl in Arlen. She died two days later.", "Two people were wounded in the raid.
 * The 30-year-old victim died in hospital." Not where the hurt are counted beside the dead ("one
 * dead, one hurt") or besides others ("two other people were wounded"), nor where the death toll is
 * another figure ("Gunmen killed 3 villagers. Two were wounded. The victim died": which victim?).
 */
function diedLater(figure: Casualty, figures: Casualty[], death: Casualty, text: string): boolean {
  const deaths = figures.filter((other) => other.kind === "killed" && other.context === "event");
  if (!isExact(figure) || ANOTHER_VICTIM.test(figure.text) || deaths.some((other) => inOneSentence(text, other, figure))) return false;
  if (death.start < figure.end) return false;
  return (figure.count === 1 && death.rule === "pronoun-died") || isOneOfTheVictims(death);
}

/**
 * The event's death toll when it is one exact figure, to subtract from the people shot; not the
 * attackers', who are not among the people they hurt ("stabbed 4 people … The attacker was shot dead").
 */
function exactDeathToll(figures: Casualty[], killed: CasualtySummary | undefined, text: string): { index: number; count: number } | null {
  if (!killed || killed.how !== "one-figure") return null;
  const headline = figures[killed.figures[0]];
  return headline.context === "event" && isExact(headline) && headline.count! > 0 && !isAttackers(headline, text) ? { index: killed.figures[0], count: headline.count! } : null;
}
