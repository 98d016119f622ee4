import { ACTIONS, COUNT, MODIFIER, NOT_A_UNIT, PERSON, PERSON_ACTIONS, QUALIFIER, WHOLE_NUMBER, bounded, victimsPhrase, wordGroup } from "./pieces.js";
import type { CasualtyRule } from "./rule.js";

/** "killing 224 people", "arrested two Russian nationals", "killing 1,204 of the 1,900 passengers", "killed all 157 people" */
export const ACTION_THEN_COUNT: CasualtyRule = {
  name: "action-then-count",
  words: ACTIONS,
  pattern: bounded(`\\b${wordGroup("action", ACTIONS)}\\s+(?:all\\s+|another\\s+)?(?:${QUALIFIER})?${COUNT}${WHOLE_NUMBER}(?:(?=\\s+of\\s+(?:the|them|those|his|her|their|its)\\b)|${NOT_A_UNIT}(?:\\s+${victimsPhrase("end")})?)`, "gi"),
  positives: [
    { text: "The plane crashed, killing 224 people.", kind: "killed", count: 224, figure: "killing 224 people" },
    { text: "The ship sank, killing 1,204 of the 1,900 passengers.", kind: "killed", count: 1204, figure: "killing 1,204" },
    { text: "Police arrested two men on Friday.", kind: "arrested", count: 2, figure: "arrested two men" },
    { text: "They killed 20 people, wounding another 20.", kind: "injured", count: 20, figure: "wounding another 20" },
  ],
  nearMisses: ["The rumour killed 2 days of trading.", "The fans were killing time."],
};

/** "shot three women": a count after the act */
export const SHOT_COUNT: CasualtyRule = {
  name: "shot-count",
  kind: "injured",
  pattern: bounded(`\\b(?:shot|shooting)\\s+(?:${QUALIFIER})?${COUNT}${WHOLE_NUMBER}${NOT_A_UNIT}\\s+(?<victims>people|persons|others|men|women|children|teens|teenagers|officers|students|bystanders|victims)\\b`, "gi"),
  positives: [{ text: "The gunman shot three women outside.", kind: "injured", count: 3, figure: "shot three women" }],
  nearMisses: ["The director shot three scenes outside."],
};

/** "killing his 7-year-old sister", "fatally shot officer Sean Bolton", "arrested a 34-year-old man" */
export const ACTION_ON_PERSON: CasualtyRule = {
  name: "action-on-person",
  words: PERSON_ACTIONS,
  pattern: bounded(`\\b${wordGroup("action", PERSON_ACTIONS)}\\s+(?!at\\s)(?:(?:a|an|the|his|her|their|its)\\s+)?(?:${MODIFIER}\\s+){0,3}?(?<person>${PERSON})\\b(?!['’]s\\b)`, "gi"),
  positives: [
    { text: "A teenager accidentally shot and killed his 7-year-old sister.", kind: "killed", count: 1, figure: "shot and killed his 7-year-old sister" },
    { text: "The rollover happened at dawn, killing a 41 year old man.", kind: "killed", count: 1, figure: "killing a 41 year old man" },
    { text: "Gunmen killed a party member in Arlen.", kind: "killed", count: 1, figure: "killed a party member" },
  ],
  nearMisses: ["The ruling killed his sister's hopes.", "The committee killed a member's amendment.", "17 others were injured when a gunman opened fire.", "The vote arrested the decline of the old port."],
};

/** "shot the victim", "shooting his neighbor"; without the article "shooting victim" is a noun. */
export const SHOT_PERSON: CasualtyRule = {
  name: "shot-person",
  kind: "injured",
  pattern: bounded(`\\b(?:shot|shooting)\\s+(?:a|an|the|his|her|their|its)\\s+(?:[\\w'’-]+\\s+){0,2}?(?<person>${PERSON})\\b(?!['’]s\\b)`, "gi"),
  positives: [{ text: "He shot his neighbor on Friday.", kind: "injured", count: 1, figure: "shot his neighbor" }],
  nearMisses: ["The shooting victim spoke on Friday."],
};

/** "stabbed 4 people to death", "beat two men to death" */
export const ACTION_COUNT_TO_DEATH: CasualtyRule = {
  name: "action-count-to-death",
  kind: "killed",
  needs: /\bto\s+death\b/,
  pattern: bounded(`\\b(?:stabbed|stabbing|beat|beaten|beating|hacked|hacking|burned|burnt|burning|shot|shooting|crushed|crushing)\\s+(?:${QUALIFIER})?${COUNT}${WHOLE_NUMBER}${NOT_A_UNIT}(?:\\s+${victimsPhrase("outcome")})?\\s+to\\s+death\\b`, "gi"),
  positives: [{ text: "A man stabbed 4 people to death in the square.", kind: "killed", count: 4, figure: "stabbed 4 people to death" }],
  nearMisses: ["A man stabbed 4 people in the square."],
};
