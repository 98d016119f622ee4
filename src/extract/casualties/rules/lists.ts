import { NUMBER_PATTERN, parseNumberWords } from "../../../numbers.js";
import { PERSON_NOUNS } from "../words.js";
import { AUXILIARIES, HARM_ACTIONS, HARM_OUTCOMES, MODIFIER, alternation, bounded, outcomeGroup, wordGroup } from "./pieces.js";
import type { CasualtyRule } from "./rule.js";
import type { CasualtyMatch } from "../find.js";
import { allMatches } from "../../../matches.js";

// People named by what they are, one or many: "a driver", "eight passengers", "Four military personnel".
// "militiamen", "paramilitaries", "wives", "soldiers"
const plural = (noun: string) => noun.replace(/man$/, "men").replace(/fe$/, "ve").replace(/([^aeiou])y$/, "$1ie").replace(/(?<!men)$/, "s");
// A list of the dead may count the attacker among them: "killed a suspected bomber, a soldier and 4 civilians".
const LISTED_ATTACKERS = ["bomber", "terrorist"];
export const PEOPLE = alternation([
  ...PERSON_NOUNS, ...LISTED_ATTACKERS, ...[...PERSON_NOUNS, ...LISTED_ATTACKERS].map(plural),
  "men", "women", "children", "people", "persons", "others", "personnel", "crew",
]);
// "Norvania's interior minister": a possessive name determines the person as "the" does.
const POSSESSIVE = "his|her|their|its|[\\w'’-]{1,40}['’]s";
const DETERMINER = `a|an|one|the|both|${POSSESSIVE}`;
// One group of the list: a count or a determiner, up to three words that describe them, who they are.
// "killing herself and a soldier": the attacker is one of those the list counts.
const ITEM = `(?:(?:${NUMBER_PATTERN}|${DETERMINER})\\s+(?:${MODIFIER}\\s+){0,3}?(?:${PEOPLE})\\b|himself|herself)`;
export const LIST = `(?<list>${ITEM}(?:(?:,\\s+|,?\\s+and\\s+)${ITEM}){1,4})`;

export const LEADING_NUMBER = new RegExp(`^(?:${NUMBER_PATTERN})(?![\\w-])`, "i");
// "the two pilots", "Norvania's two ministers": a number after a determiner counts them.
export const NUMBER_AFTER_DETERMINER = new RegExp(`^(?:the|${POSSESSIVE})\\s+(?<count>${NUMBER_PATTERN})(?![\\w-])`, "i");

/** "both" counts two, a count its number, "a driver", "the pilot" or "herself" one. */
function countOfItem(item: string): number | null {
  if (/^both\b/i.test(item)) return 2;
  const number = LEADING_NUMBER.exec(item)?.[0] ?? NUMBER_AFTER_DETERMINER.exec(item)?.groups?.count;
  return number ? parseNumberWords(number)?.value ?? null : 1;
}

export const ITEM_OF_LIST = new RegExp(ITEM, "gi");

/** The list's groups added up: "the pilot and eight passengers" is nine. */
export function readList(reading: CasualtyMatch, groups: Record<string, string | undefined>): CasualtyMatch | null {
  const counts = allMatches(ITEM_OF_LIST, groups.list ?? "").map((item) => countOfItem(item[0]));
  if (counts.length < 2 || counts.some((count) => count === null || !Number.isInteger(count))) return null;
  return { ...reading, impliedCount: counts.reduce((sum: number, count) => sum + count!, 0) };
}

/** "four soldiers and 2 civilians were killed", "the pilot and eight passengers were killed" */
export const LIST_THEN_OUTCOME: CasualtyRule = {
  name: "list-then-outcome",
  words: HARM_OUTCOMES,
  pattern: bounded(`\\b${LIST}\\s+${AUXILIARIES}${outcomeGroup(HARM_OUTCOMES)}\\b`, "gi"),
  read: readList,
  positives: [
    { text: "Four soldiers and 2 civilians were killed in the raid.", kind: "killed", count: 6, figure: "Four soldiers and 2 civilians were killed" },
    { text: "The pilot and eight passengers were killed.", kind: "killed", count: 9, figure: "The pilot and eight passengers were killed" },
    { text: "Six soldiers, six civilians and a police officer were killed.", kind: "killed", count: 13, figure: "Six soldiers, six civilians and a police officer were killed" },
    { text: "Three security guards and a police inspector were killed.", kind: "killed", count: 4, figure: "Three security guards and a police inspector were killed" },
    { text: "A soldier and two militiamen were killed near the river.", kind: "killed", count: 3, figure: "A soldier and two militiamen were killed" },
  ],
  nearMisses: ["Four soldiers and their dogs were killed."],
};

/** "killing 3 policemen and 2 soldiers", "killing herself and a soldier" is the pronoun rule's and this one's */
export const ACTION_ON_LIST: CasualtyRule = {
  name: "action-on-list",
  words: HARM_ACTIONS,
  pattern: bounded(`\\b${wordGroup("action", HARM_ACTIONS)}\\s+${LIST}`, "gi"),
  read: readList,
  positives: [
    { text: "The gunman opened fire, killing 3 policemen and 2 soldiers.", kind: "killed", count: 5, figure: "killing 3 policemen and 2 soldiers" },
    { text: "The bomb killed the driver and a civilian.", kind: "killed", count: 2, figure: "killed the driver and a civilian" },
    { text: "She blew herself up, killing herself and a soldier.", kind: "killed", count: 2, figure: "killing herself and a soldier" },
    { text: "The van bomb killed a suspected bomber, a soldier, 3 paramilitaries and 2 civilians.", kind: "killed", count: 7, figure: "killed a suspected bomber, a soldier, 3 paramilitaries and 2 civilians" },
    { text: "A landslide buried the convoy, killing Norvania's interior minister and 6 soldiers.", kind: "killed", count: 7, figure: "killing Norvania's interior minister and 6 soldiers" },
    { text: "A landslide buried the convoy, killing Norvania's two ministers and 6 soldiers.", kind: "killed", count: 8, figure: "killing Norvania's two ministers and 6 soldiers" },
  ],
  nearMisses: ["The bomb killed the driver's hopes and dreams.", "The vote killed Norvania's budget and two reform plans."],
};
