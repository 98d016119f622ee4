import { NUMBER_PATTERN } from "../../../numbers.js";
import {
  AUXILIARIES, NOT_ACTIVE, NOT_AN_AGE, COUNT, POSTMODIFIER, HARM_OUTCOMES, INCLUDING, NOT_IN_A_DATE, NOT_SHOTS_FIRED, OUTCOMES, QUALIFIER, SINGULAR, ADVERB,
  bounded, outcomeGroup, victimsPhrase, wordGroup,
} from "./pieces.js";
import type { CasualtyRule } from "./rule.js";

// "All 9 aboard the DC-3 were killed", "all 9 aboard the second jet", "12 on the ground were killed": where they were, between the count and the outcome.
const ABOARD = "(?:\\s+(?:(?:aboard|on\\s+board)(?:\\s+(?:the|a|an)\\s+[\\w'’-]+(?:\\s+[\\w'’-]+)??)?|on\\s+the\\s+ground))?";
// "aboard the 727 were killed": a number that names an aircraft or a road, not people.
// ("relatives of the 49 people killed" is people).
const NOT_A_VEHICLE = "(?<!\\b(?:aboard|board)\\s+the\\s)";
// "None of the 88 aboard were killed": the whole that was spared, not a count of the dead.
const NOT_NONE_OF = "(?<!\\b(?:none|neither)\\s+of\\s+(?:the\\s+|all\\s+)?)";

/** A count, then what happened to them: "224 people were killed", "at least 3 dead", "dozens injured". */
export const COUNT_THEN_OUTCOME: CasualtyRule = {
  name: "count-then-outcome",
  words: OUTCOMES,
  pattern: bounded(`${NOT_IN_A_DATE}${NOT_A_VEHICLE}${NOT_NONE_OF}${NOT_AN_AGE}(?:${QUALIFIER})?${NOT_SHOTS_FIRED}${COUNT}(?:\\s+(?:of\\s+(?:(?:the|their)\\s+(?=(?:[\\w'’-]+\\s+){1,4}(?:were|was|are|have|had|died)\\b))?)?${victimsPhrase("outcome")}${POSTMODIFIER})?${ABOARD}${INCLUDING}(?:\\s+(?:who|that)(?=\\s+(?:were|was|had|have|are|is)\\b))?\\s+${AUXILIARIES}${outcomeGroup(OUTCOMES)}\\b${NOT_ACTIVE}`, "gi"),
  positives: [
    { text: "224 people were killed in the blast.", kind: "killed", count: 224, figure: "224 people were killed" },
    { text: "All 12 aboard the airliner were killed.", kind: "killed", count: 12, figure: "12 aboard the airliner were killed" },
    { text: "Relatives of the 49 people killed met the president.", kind: "killed", count: 49, figure: "49 people killed" },
    { text: "Two hikers were found frozen to death near the pass.", kind: "killed", count: 2, figure: "Two hikers were found frozen to death" },
    { text: "Five people are missing after the flood.", kind: "missing", count: 5, figure: "Five people are missing" },
    { text: "All one hundred sixty-two aboard the airliner were killed.", kind: "killed", count: 162, figure: "one hundred sixty-two aboard the airliner were killed" },
    { text: "About 2 dozen others were injured.", kind: "injured", count: 24, figure: "About 2 dozen others were injured" },
    { text: "Seven guards of the state border service were killed.", kind: "killed", count: 7, figure: "Seven guards of the state border service were killed" },
    { text: "Four soldiers escorting a fuel convoy have been killed.", kind: "killed", count: 4, figure: "Four soldiers escorting a fuel convoy have been killed" },
    { text: "The crew survived but 12 on the ground were killed.", kind: "killed", count: 12, figure: "12 on the ground were killed" },
    { text: "Two boys on a footpath were killed by the debris.", kind: "killed", count: 2, figure: "Two boys on a footpath were killed" },
    { text: "One of the two victims died in hospital.", kind: "killed", count: 1, figure: "One of the two victims died" },
    { text: "Two of the attackers were shot and killed.", kind: "killed", count: 2, figure: "Two of the attackers were shot and killed" },
    { text: "At least 30 people including two children were killed.", kind: "killed", count: 30, figure: "At least 30 people including two children were killed" },
    { text: "Two firefighters passed away on Tuesday night.", kind: "killed", count: 2, figure: "Two firefighters passed away" },
    { text: "Two climbers collapsed and died near the summit.", kind: "killed", count: 2, figure: "Two climbers collapsed and died" },
    { text: "Couple found dead in their lakeside cabin", kind: "killed", count: 2, figure: "Couple found dead" },
    { text: "Four market traders in Selvo were injured after the rally.", kind: "injured", count: 4, figure: "Four market traders in Selvo were injured" },
  ],
  nearMisses: ["Two of the firefighters passed the test.", "The talks collapsed and two deals died.", "Three militants executed the operation.", "The team fired 224 shots and nobody noticed.", "It rained for 3 days and the crops died.", "Everyone aboard the 727 was killed.", "Seven guards of the state border service were questioned.", "At least 30 people including two children were rescued.", "Two of the attackers were questioned.", "One of the officers then shot the man.", "None of the 88 aboard the second jet were killed.", "Couple says man found dead on their porch was a burglar.", "Three people in Arlen and two in Bosk were killed.", "Since 2015, 300 children under the age of 10 have been killed."],
};

/** "Ten of the 45 people aboard were killed", "Eight out of 9 aboard were killed": the share, not the whole. */
export const SHARE_OF_WHOLE: CasualtyRule = {
  name: "share-of-whole",
  words: OUTCOMES,
  pattern: bounded(`${NOT_IN_A_DATE}(?:${QUALIFIER})?${COUNT}(?:\\s+(?<victims>people|persons|passengers|occupants|others))?\\s+(?:out\\s+)?of\\s+(?:the\\s+|all\\s+)?(?:${NUMBER_PATTERN})(?:\\s+[\\w'’-]+){0,2}?${ABOARD}\\s+(?:were|are|have\\s+been|had\\s+been)\\s+${AUXILIARIES}${outcomeGroup(OUTCOMES)}\\b`, "gi"),
  positives: [
    { text: "Ten of the 45 people aboard were killed.", kind: "killed", count: 10, figure: "Ten of the 45 people aboard were killed" },
    { text: "Ten people out of 45 aboard the jet were killed.", kind: "killed", count: 10, figure: "Ten people out of 45 aboard the jet were killed" },
  ],
  nearMisses: ["Ten of the 45 people aboard were questioned.", "Twenty of the 53 wounded remain in hospital."],
};

/** "a 23-year-old man was killed" */
export const SINGLE_VICTIM: CasualtyRule = {
  name: "single-victim",
  words: OUTCOMES,
  // "a couple was shot" is two people (the couple rule).
  pattern: bounded(`\\b${SINGULAR}\\s+(?<victims>[\\w'’-]+(?:\\s+[\\w'’-]+){0,3}?)(?<!\\bcouple)\\s+(?:was|has been|had been|is)\\s+${ADVERB}${outcomeGroup(OUTCOMES)}\\b`, "gi"),
  positives: [{ text: "A 23-year-old man was killed.", kind: "killed", count: 1, figure: "A 23-year-old man was killed" }],
  nearMisses: ["A 23-year-old man was questioned.", "A retired couple was killed in the fire."],
};

/** "a couple was shot", "the elderly couple were killed": two people */
export const COUPLE: CasualtyRule = {
  name: "couple",
  words: HARM_OUTCOMES,
  impliedCount: 2,
  needs: /\bcouple\s/,
  pattern: bounded(`\\b(?:a|an|the|one)\\s+(?:[\\w'’-]+\\s+){0,2}?couple\\s+(?:(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+)?${ADVERB}${outcomeGroup(HARM_OUTCOMES)}\\b${NOT_ACTIVE}`, "gi"),
  positives: [
    { text: "A retired couple was killed in the fire.", kind: "killed", count: 2, figure: "A retired couple was killed" },
    { text: "Police said the couple had been shot.", kind: "injured", count: 2, figure: "the couple had been shot" },
  ],
  nearMisses: ["The couple was married in June."],
};

/** "no one was hurt", "nobody was killed", "none of the passengers were injured" */
export const NONE: CasualtyRule = {
  name: "none",
  words: OUTCOMES,
  impliedCount: 0,
  pattern: bounded(`\\b(?:no one|no-one|nobody|none(?:\\s+of\\s+(?:the|them|those)(?:\\s+[\\w'’-]+){0,3}?)?)\\s+(?:else\\s+)?(?:\\w+ly\\s+)?(?:was|were|has been|had been|is|got)\\s+${ADVERB}${outcomeGroup(OUTCOMES)}\\b`, "gi"),
  positives: [
    { text: "No one was hurt in the fire.", kind: "injured", count: 0, figure: "No one was hurt" },
    { text: "None of the passengers were injured.", kind: "injured", count: 0, figure: "None of the passengers were injured" },
  ],
  nearMisses: ["No one was told about the fire."],
};

/** "One dead, two critical following …", "one other in serious condition", "another is critical, and …" */
export const COUNT_CONDITION: CasualtyRule = {
  name: "count-condition",
  kind: "injured",
  needs: /critical|serious/,
  pattern: bounded(`${NOT_IN_A_DATE}(?:${COUNT}|(?<another>another))(?:\\s+(?<victims>others?|people|persons|men|women|victims))?\\s+(?:(?:is|are|was|were|remains?|remained)\\s+)?(?:in\\s+)?(?:critical|serious)(?:\\s+but\\s+stable)?(?:\\s+condition)?(?=\\s*(?:[,;.)\\n]|$|after\\b|following\\b|and\\b))`, "gi"),
  positives: [{ text: "One dead, two critical following the crash", kind: "injured", count: 2, figure: "two critical" }],
  nearMisses: ["Two serious questions remain."],
};

/** "Five children were among the dead", "a policeman was among those killed" */
export const AMONG_THE_HARMED: CasualtyRule = {
  name: "among-the-harmed",
  words: HARM_OUTCOMES,
  needs: /\bamong\s/,
  pattern: bounded(`${NOT_IN_A_DATE}(?:${COUNT}|${SINGULAR})(?:\\s+${victimsPhrase("outcome")})?\\s+(?:were|was|are|is)\\s+(?:also\\s+|reportedly\\s+)?among\\s+(?:the|those)\\s+${outcomeGroup(HARM_OUTCOMES)}\\b`, "gi"),
  positives: [
    { text: "Five children were among the dead.", kind: "killed", count: 5, figure: "Five children were among the dead" },
    { text: "A policeman was among those killed.", kind: "killed", count: 1, figure: "A policeman was among those killed" },
  ],
  nearMisses: ["Five children were among the guests."],
};

/** "left 3 dead and 12 wounded": the outcome word after "left" decides the kind. */
export const LEFT_OUTCOME: CasualtyRule = {
  name: "left-outcome",
  needs: /\b(?:left|leaving)\s/,
  words: OUTCOMES,
  pattern: bounded(`\\b(?:left|leaving)\\s+(?:${QUALIFIER})?${COUNT}(?:\\s+(?<victims>people|others|persons))?\\s+(?<outcome>dead|injured|wounded|hurt|missing|homeless)\\b`, "gi"),
  positives: [
    { text: "The attack left 3 dead.", kind: "killed", count: 3, figure: "left 3 dead" },
    { text: "The fire left 200 people homeless.", kind: "displaced", count: 200, figure: "left 200 people homeless" },
  ],
  nearMisses: ["The company left 3 markets."],
};

/** "sends 1 person to the hospital" */
export const SENT_TO_HOSPITAL: CasualtyRule = {
  name: "sent-to-hospital",
  kind: "injured",
  pattern: /\b(?:sends?|sent|sending)\s+(?<number>\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:(?<victims>people|persons|person|others|men|women|children|officers)\s+)?to\s+(?:the\s+|a\s+)?hospitals?\b/gi,
  positives: [{ text: "The crash sends 2 people to the hospital.", kind: "injured", count: 2, figure: "sends 2 people to the hospital" }],
  nearMisses: ["The charity sends 2 people to the conference."],
};


/** "A policeman was killed and another injured", "one died while another was hurt" */
export const AND_ANOTHER: CasualtyRule = {
  name: "and-another",
  words: HARM_OUTCOMES,
  pattern: bounded(`\\b(?:and|while|but)\\s+(?<another>another)\\s+(?:(?:was|were|is|had\\s+been|has\\s+been)\\s+)?${ADVERB}${outcomeGroup(HARM_OUTCOMES)}\\b`, "gi"),
  positives: [{ text: "A policeman was killed and another injured in the blast.", kind: "injured", count: 1, figure: "and another injured" }],
  nearMisses: ["A policeman was killed and another attack followed."],
};

/**
 * "Thirty-five killed on the first jet, one on the second", "22 killed aboard the bus and all 12 aboard
 * the train": a count that leaves out the outcome of the figure before it in the sentence.
 */
export const ELLIPTIC_PART: CasualtyRule = {
  name: "elliptic-part",
  words: OUTCOMES,
  pattern: new RegExp(`(?<=\\b(?<outcome>killed|dead|died|injured|wounded)\\b[^.;:!?\\n]{1,60}(?:,|;|\\sand)\\s{1,4}(?:all\\s)?)(?<number>${NUMBER_PATTERN})\\s(?:on|aboard|on\\sboard)\\sthe\\s[\\w'’-]{1,40}`, "gi"),
  positives: [{ text: "Thirty-five killed on the first jet, one on the Harvard.", kind: "killed", count: 1, figure: "one on the Harvard" }],
  nearMisses: ["Thirty-five killed on the first jet, one on a Harvard campus."],
};

// "Both occupants of the smaller car died": where or what they belonged to, after the noun.
const OF_A_PLACE = "(?:\\s+of\\s+(?:the|a|an|their|his|her)\\s+(?:[\\w'’-]+\\s+){0,2}?[\\w'’-]+)?";

/** "both attackers were killed", "Both pilots died"; not "both were …", which tells again of two counted before. */
export const BOTH: CasualtyRule = {
  name: "both",
  words: HARM_OUTCOMES,
  impliedCount: 2,
  pattern: bounded(`\\bboth\\s+(?:of\\s+the\\s+)?(?<victims>(?!(?:were|are|have|had)\\b)[\\w'’-]+(?:\\s+[\\w'’-]+){0,2}?)${OF_A_PLACE}\\s+(?:(?:were|have\\s+been|had\\s+been|are)\\s+)?${ADVERB}${wordGroup("outcome", HARM_OUTCOMES)}\\b${NOT_ACTIVE}`, "gi"),
  positives: [
    { text: "Both attackers were killed after a standoff.", kind: "killed", count: 2, figure: "Both attackers were killed" },
    { text: "Both occupants of the small pickup died in the collision.", kind: "killed", count: 2, figure: "Both occupants of the small pickup died" },
  ],
  nearMisses: ["Both attackers were arrested after a standoff.", "Two men were shot. Both were killed."],
};

/** "At least 31 people were killed, along with the 3 attackers": more of the outcome before it. */
export const ALONG_WITH: CasualtyRule = {
  name: "along-with",
  words: OUTCOMES,
  pattern: new RegExp(`(?<=\\b(?<outcome>killed|dead|died|injured|wounded)\\b[^.;:!?\\n]{0,60}\\s(?:along\\swith|as\\swell\\sas)\\s(?:the\\s)?)(?<number>${NUMBER_PATTERN})(?![\\w-])(?:\\s(?:of\\s(?:the|their|his|her)\\s)?(?<victims>[\\w'’-]{1,40}(?:\\s[\\w'’-]{1,40}){0,2}?))?(?=\\s*(?:[,.;)]|$))`, "gi"),
  positives: [{ text: "At least 31 people were killed, along with the 3 attackers.", kind: "killed", count: 3, figure: "3 attackers" }],
  nearMisses: ["At least 31 people were killed, along with the 3 attackers' weapons cache in the house."],
};
