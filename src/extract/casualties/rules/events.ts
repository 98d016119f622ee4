import { COUNT_NOUNS } from "../words.js";
import { COUNT, NOT_A_DEATH_OF_PEOPLE, NOT_AN_AGE, NOT_IN_A_DATE, QUALIFIER, alternation, bounded } from "./pieces.js";
import type { CasualtyRule } from "./rule.js";

/** "a fatal shooting", "a shooting death": a death the words themselves report */
export const FATAL_EVENT: CasualtyRule = {
  name: "fatal-event",
  kind: "killed",
  impliedCount: 1,
  pattern: /\b(?<!\bnon[-\s]?)(?:fatal (?:shooting|stabbing)|shooting death|deadly shooting)\b/gi,
  positives: [{ text: "Police investigate a fatal shooting.", kind: "killed", count: 1, figure: "fatal shooting" }],
  nearMisses: ["Police investigate a non-fatal shooting."],
};

/** "a deadly Christmas Day shooting", "Fatal Weekend Stabbing": names or times in between */
export const FATAL_NAMED_EVENT: CasualtyRule = {
  name: "fatal-named-event",
  kind: "killed",
  impliedCount: 1,
  pattern: /\b(?<!\b(?:[Nn]on|NON)[-\s]?)(?:[Ff]atal|[Dd]eadly|FATAL|DEADLY)\s(?:(?:[A-Z][\w'’-]{0,30}|weekend|night|morning|afternoon|evening|overnight|early|late)\s){1,3}(?:[Ss]hooting|[Ss]tabbing|SHOOTING|STABBING)\b/g,
  positives: [{ text: "Police seek witnesses to a deadly Christmas Day shooting.", kind: "killed", count: 1, figure: "deadly Christmas Day shooting" }],
  nearMisses: ["Police seek witnesses to a Christmas Day shooting."],
};

/** "a murder-suicide", "a double homicide": two deaths */
export const DOUBLE_DEATH: CasualtyRule = {
  name: "double-death",
  kind: "killed",
  pattern: /\b(?<double>murder-suicide|double homicide|double murder)\b/gi,
  positives: [{ text: "Police called it a murder-suicide.", kind: "killed", count: 2, figure: "murder-suicide" }],
  nearMisses: ["Police called it a murder mystery."],
};

/** "the homicide victim" */
export const HOMICIDE_VICTIM: CasualtyRule = {
  name: "homicide-victim",
  kind: "killed",
  impliedCount: 1,
  pattern: /\b(?:homicide|murder) victim\b(?!s)/gi,
  positives: [{ text: "The homicide victim was 34.", kind: "killed", count: 1, figure: "homicide victim" }],
  nearMisses: ["Homicide victims' families met on Monday."],
};

/** "Fisherman finds body", "a body was found" */
export const BODY_FOUND: CasualtyRule = {
  name: "body-found",
  kind: "killed",
  pattern: /\b(?:found|finds|discovered|discovers|recovered|pulled)\s(?:the\s|a\s)?(?<person>body)\b|\b(?<body>body)\s(?:was\s|has been\s)?(?:found|discovered|recovered|pulled)\b/gi,
  positives: [{ text: "Fisherman finds body in river", kind: "killed", count: 1, figure: "finds body" }],
  nearMisses: ["Fisherman finds bodyboard in river"],
};

/** "the death toll rose to 15", "the death toll climbed past 5,000" */
export const DEATH_TOLL: CasualtyRule = {
  name: "death-toll",
  kind: "killed",
  needs: /\btoll\b/,
  pattern: bounded(`\\b(?:death|casualty)\\s+toll\\s+(?:[\\w'’-]+\\s+){0,12}?(?:(?:to|at|of|reached|hit|is|was)\\s+|(?=(?:past|passed|topped|exceeded|surpassed|over)\\s))${NOT_AN_AGE}(?:${QUALIFIER})?${COUNT}`, "gi"),
  positives: [
    { text: "The death toll rose to 15 on Monday.", kind: "killed", count: 15, figure: "death toll rose to 15" },
    { text: "The quake's death toll climbed past 5,000 on Tuesday.", kind: "killed", count: 5000, figure: "death toll climbed past 5,000" },
  ],
  nearMisses: ["The toll road rose to 15 dollars.", "The death toll of children under the age of 5 is not known."],
};

/** "claimed 40 lives", "2 deaths", "no injuries were reported", "no reports of injuries" */
export const COUNT_NOUN: CasualtyRule = {
  name: "count-noun",
  pattern: bounded(`${NOT_IN_A_DATE}(?:${QUALIFIER})?(?:${COUNT}|(?<none>no)(?:\\s+reports?\\s+of(?:\\s+any)?)?)\\s+(?:(?:further|more|other|new|reported|confirmed|serious|civilian|direct|indirect)\\s+)?(?<noun>${alternation(Object.keys(COUNT_NOUNS))})\\b${NOT_A_DEATH_OF_PEOPLE}`, "gi"),
  positives: [
    { text: "The fire claimed 40 lives.", kind: "killed", count: 40, figure: "40 lives" },
    { text: "There were no reports of injuries.", kind: "injured", count: 0, figure: "no reports of injuries" },
    { text: "One indirect fatality was reported near the lake.", kind: "killed", count: 1, figure: "One indirect fatality" },
  ],
  nearMisses: ["Two death threats were sent."],
};
