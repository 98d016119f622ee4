import {
  ADVERB, ANY_PERSON, APPOSITION, COUNT, HARM_OUTCOMES, INJURY_NOUN, MODIFIER, NAME_WORD, NOT_ACTIVE, NOT_IN_A_DATE, NUMBER_OR_PEOPLE,
  PERSON, QUALIFIER, bounded, outcomeGroup, victimsPhrase,
} from "./pieces.js";
import type { CasualtyRule } from "./rule.js";

/** "Man shot, killed", "the 22-year-old victim was shot" */
export const PERSON_OUTCOME: CasualtyRule = {
  name: "person-outcome",
  words: HARM_OUTCOMES,
  pattern: bounded(`\\b(?:(?:a|an|one|the|his|her|their)\\s+)?(?:${MODIFIER}\\s+){0,3}?(?<person>${PERSON})${APPOSITION}(?:,?\\s+(?:who|that))?,?\\s+(?:(?:was|has been|had been|is|got|was being|is being)\\s+)?${ADVERB}${outcomeGroup(HARM_OUTCOMES)}\\b${NOT_ACTIVE}`, "gi"),
  positives: [
    { text: "Man shot, killed on the west side", kind: "killed", count: 1, figure: "Man shot, killed" },
    { text: "Neighbours say man found dead in the canal was a fisherman", kind: "killed", count: 1, figure: "man found dead" },
  ],
  nearMisses: ["The officer shot at the car."],
};

/** "Officer, citizen injured", "a man and his wife were killed": two victims named together */
export const TWO_VICTIMS: CasualtyRule = {
  name: "two-victims",
  words: HARM_OUTCOMES,
  pattern: bounded(`\\b(?<person>${ANY_PERSON})(?:,|\\s+and)\\s+(?:(?:a|an|the|his|her|their)\\s+)?(?<person2>${ANY_PERSON})\\s+(?:(?:were|are|have been|had been)\\s+)?${ADVERB}${outcomeGroup(HARM_OUTCOMES)}\\b${NOT_ACTIVE}`, "gi"),
  positives: [{ text: "Shooting in Neenah: Officer, citizen injured", kind: "injured", count: 2, figure: "Officer, citizen injured" }],
  nearMisses: ["Police, fire crews hurt"],
};

/** Headlines: "Girl shot at party dies", "Teen found shot on bike path dies" */
export const PERSON_DIES: CasualtyRule = {
  name: "person-dies",
  kind: "killed",
  pattern: bounded(`\\b(?<person>${ANY_PERSON})\\s+(?:who\\s+(?:was|had been)\\s+)?(?:\\w+ly\\s+)?(?:found\\s+)?(?:shot|stabbed|wounded|injured|hurt|hit|struck|beaten)\\b(?:\\s+[\\w'’-]+){0,6}?\\s+(?:(?:has|had)\\s+)?(?:dies|died)\\b`, "gi"),
  positives: [{ text: "Girl shot at party dies", kind: "killed", count: 1, figure: "Girl shot at party dies" }],
  nearMisses: ["Girl shot at party recovers"],
};

/** "Man critical after shooting", "the victim is in stable condition" */
export const PERSON_CONDITION: CasualtyRule = {
  name: "person-condition",
  kind: "injured",
  pattern: bounded(`\\b(?<person>${ANY_PERSON}|he|she)\\s+(?:(?:is|was|remains|remained|listed)\\s+){0,2}(?:in\\s+)?(?:critical|serious|stable|fair|good)(?:\\s+but\\s+stable)?\\s+(?:condition|after)\\b`, "gi"),
  positives: [{ text: "The victim is in stable condition.", kind: "injured", count: 1, figure: "victim is in stable condition" }],
  nearMisses: ["The economy is in stable condition."],
};

/** "a man with a gunshot wound", "another with life-threatening injuries" */
export const WOUNDED_PERSON: CasualtyRule = {
  name: "wounded-person",
  kind: "injured",
  pattern: bounded(`\\b(?:(?:a|an|one|the)\\s+(?:[\\w'’-]+\\s+){0,2}?(?<person>${ANY_PERSON})|(?<another>another))\\s+(?:with|suffering\\s+from)\\s+(?:(?:a\\s+)?(?:\\w+\\s+)?(?:gunshot|bullet|stab)\\s+wounds?|(?:[\\w'’-]+\\s+){0,2}?injuries)\\b`, "gi"),
  positives: [{ text: "Police found a man with a gunshot wound.", kind: "injured", count: 1, figure: "a man with a gunshot wound" }],
  nearMisses: ["Police found a man with a gun."],
};

/** "A third woman received non-life-threatening injuries", "the victim, a 47-year-old woman, sustained a gunshot wound" */
export const PERSON_SUFFERED: CasualtyRule = {
  name: "person-suffered",
  kind: "injured",
  needs: /\b(?:received|suffered|sustained|treated)\s/,
  pattern: bounded(`\\b(?:(?:a|an|one|the|his|her|their)\\s+)?(?:[\\w'’-]+\\s+){0,2}?(?<person>${ANY_PERSON}|he|she)${APPOSITION}\\s+(?:\\w+ly\\s+)?(?:received|suffered|sustained|was\\s+treated\\s+for)\\s+(?:[\\w'’-]+\\s+){0,3}?${INJURY_NOUN}\\b`, "gi"),
  positives: [{ text: "A third teenager received minor injuries.", kind: "injured", count: 1, figure: "A third teenager received minor injuries" }],
  nearMisses: ["A third teenager received a warning."],
};

/** "Two of the victims had gunshot wounds", "three others suffered minor injuries" */
export const COUNT_SUFFERED: CasualtyRule = {
  name: "count-suffered",
  kind: "injured",
  needs: /\b(?:had|received|suffered|sustained|treated)\s/,
  pattern: bounded(`${NOT_IN_A_DATE}(?:${QUALIFIER})?${COUNT}\\s+(?:of\\s+(?:the|them|those)\\s+)?(?:${victimsPhrase("outcome")}\\s+)?(?:\\w+ly\\s+)?(?:had|received|suffered|sustained|were\\s+treated\\s+for)\\s+(?:[\\w'’-]+\\s+){0,3}?${INJURY_NOUN}\\b`, "gi"),
  positives: [{ text: "Two firefighters suffered minor injuries.", kind: "injured", count: 2, figure: "Two firefighters suffered minor injuries" }],
  nearMisses: ["Two firms suffered budget cuts."],
};

/** "the murder of a pizza shop worker", "the shooting death of his daughter" */
export const DEATH_OF_PERSON: CasualtyRule = {
  name: "death-of-person",
  kind: "killed",
  pattern: bounded(`\\b(?<!\\bnon[-\\s]?)(?:murder|killing|death|fatal shooting|shooting death|slaying|homicide) of (?:(?:a|an|the|his|her|their)\\s+)(?:[\\w'’-]+\\s+){0,3}?(?<person>${PERSON})\\b`, "gi"),
  positives: [{ text: "Police are investigating the murder of a pizza shop worker.", kind: "killed", count: 1, figure: "murder of a pizza shop worker" }],
  nearMisses: ["Police are investigating the murder of a dream."],
};

/** "left 25-year-old Courtney Taylor dead" */
export const LEFT_PERSON_DEAD: CasualtyRule = {
  name: "left-person-dead",
  kind: "killed",
  // Case-sensitive: the person is a name ("Courtney Taylor") or a person noun, never "the battery".
  pattern: bounded(
    `\\b(?:[Ll]eft|[Ll]eaving) (?:(?:a|an|the|his|her|one)\\s+)?(?!${NUMBER_OR_PEOPLE})(?<person>(?:(?:\\d{1,3}-year-old|${MODIFIER})\\s+){0,2}?(?:${PERSON}|${NAME_WORD}(?:\\s+${NAME_WORD}){0,2}))\\s+dead\\b`,
    "g",
  ),
  positives: [
    { text: "The shooting left 25-year-old Courtney Taylor dead.", kind: "killed", count: 1, figure: "left 25-year-old Courtney Taylor dead" },
    { text: "The crash left a young motorist dead.", kind: "killed", count: 1, figure: "left a young motorist dead" },
  ],
  nearMisses: ["The shooting left 3 dead.", "The cold snap left the battery dead."],
};

/** "Ned Varga, 47, who was shot and killed", "Rosa Quell, a 31-year-old nurse, died Friday": with an age, as victims are reported */
export const NAMED_VICTIM: CasualtyRule = {
  name: "named-victim",
  words: HARM_OUTCOMES,
  pattern: bounded(`\\b(?<person>${NAME_WORD}(?: ${NAME_WORD}){1,2})(?:${APPOSITION}\\s+(?:who\\s+)?(?:was|had been|has been|is|remains)\\s+${ADVERB}${outcomeGroup(HARM_OUTCOMES)}\\b${NOT_ACTIVE}|,\\s+(?:a\\s+|an\\s+)?(?=[\\w'’ -]{0,40}\\d)[\\w'’ -]{1,40},\\s+(?<outcome2>died)\\b)`, "g"),
  positives: [{ text: "Owen Taft, a 19-year-old, was shot and killed on Thursday.", kind: "killed", count: 1, figure: "Owen Taft, a 19-year-old, was shot and killed" }],
  nearMisses: ["Owen Taft, a 19-year-old, was named captain on Thursday."],
};

/** "pronounced Barrera dead": whoever the name, a death */
export const PRONOUNCED_DEAD: CasualtyRule = {
  name: "pronounced-dead",
  kind: "killed",
  pattern: /\bpronounced\s(?<person>(?:[A-Z][\w'’-]{0,30}\s){1,3})(?:dead|deceased)\b/g,
  positives: [{ text: "Doctors pronounced Barrera dead at 4 a.m.", kind: "killed", count: 1, figure: "pronounced Barrera dead" }],
  nearMisses: ["Doctors pronounced Barrera fit at 4 a.m."],
};

// Capitalised words that open a sentence and name no one, or more than one: "Everyone was killed".
const NOT_A_SURNAME = "(?!(?:Everyone|Everybody|Someone|Somebody|Anyone|Anybody|Nobody|No-one|None|All|Each|This|That|It|One|He|She|They|Who|What|Which|Police)\\b)";

/** "Waldron was subsequently shot and killed": a person told by surname alone, in words only the dead are told in */
export const SURNAME_KILLED: CasualtyRule = {
  name: "surname-killed",
  kind: "killed",
  pattern: bounded(`\\b${NOT_A_SURNAME}(?<person>${NAME_WORD})\\s+(?:was|had\\s+been)\\s+${ADVERB}(?:shot\\s+and\\s+killed|shot\\s+dead|shot\\s+to\\s+death|fatally\\s+(?:shot|stabbed)|stabbed\\s+to\\s+death|beaten\\s+to\\s+death|murdered)\\b`, "g"),
  positives: [{ text: "Officers returned fire. Halvorsen was subsequently shot and killed.", kind: "killed", count: 1, figure: "Halvorsen was subsequently shot and killed" }],
  nearMisses: ["Halvorsen was subsequently shot in the arm.", "Everyone was shot dead."],
};
