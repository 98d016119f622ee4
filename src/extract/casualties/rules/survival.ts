import { COUNT, MODIFIER, PERSON, bounded, victimsPhrase } from "./pieces.js";
import { LIST, PEOPLE, readList } from "./lists.js";
import type { CasualtyRule } from "./rule.js";

/** Deaths told as what the people did not survive, or as the injuries they received. */

// "did not survive the crash", "did not survive his injuries", "… and he did not survive.": the harm
// survived is named or the clause ends (not "did not survive the first round").
const HARM_SURVIVED =
  "(?=\\s*(?:[.,;]|$|and\\b)|\\s+(?:the|his|her|their)\\s+(?:[\\w'’-]+\\s+)?(?:crash|accident|fall|attack|blast|explosion|injuries|wounds|avalanche|fire|impact|collision|shooting|stabbing|storm|flood))";

/** "Neither skier survived", "neither of the pilots survived": two dead */
export const NEITHER_SURVIVED: CasualtyRule = {
  name: "neither-survived",
  kind: "killed",
  impliedCount: 2,
  needs: /\bneither\s/,
  pattern: bounded(`\\bneither\\s+(?:of\\s+them|of\\s+the\\s+(?:${MODIFIER}\\s+){0,2}?(?:${PEOPLE})|(?:${MODIFIER}\\s+){0,2}?(?:${PERSON}))\\s+survived\\b`, "gi"),
  positives: [
    { text: "The two climbers were buried under the snow. Neither climber survived.", kind: "killed", count: 2, figure: "Neither climber survived" },
    { text: "Neither of the young pilots survived the crash.", kind: "killed", count: 2, figure: "Neither of the young pilots survived" },
  ],
  nearMisses: ["Neither team survived the first round."],
};

/** "he did not survive", "the driver didn't survive the crash": one dead */
export const DID_NOT_SURVIVE: CasualtyRule = {
  name: "did-not-survive",
  kind: "killed",
  impliedCount: 1,
  needs: /\bsurvive\b/,
  pattern: bounded(`\\b(?:(?<single>he|she)|(?:the|a|an|one|his|her)\\s+(?:${MODIFIER}\\s+){0,2}?(?<person>${PERSON}))\\s+(?:did\\s+not|didn['’]t)\\s+survive\\b${HARM_SURVIVED}`, "gi"),
  positives: [
    { text: "The skier was buried under the slide and he did not survive.", kind: "killed", count: 1, figure: "he did not survive" },
    { text: "The young driver didn't survive the crash.", kind: "killed", count: 1, figure: "The young driver didn't survive" },
  ],
  nearMisses: ["He did not survive the first round of voting."],
};

/** "the pilot received fatal injuries", "a flight attendant and one passenger suffered fatal injuries", "two men sustained fatal wounds" */
export const FATAL_INJURIES: CasualtyRule = {
  name: "fatal-injuries",
  kind: "killed",
  needs: /\bfatal\s/,
  // "a man (a passenger in a van)": who he was, in brackets
  pattern: bounded(
    `\\b(?:${LIST}|${COUNT}(?:\\s+${victimsPhrase("outcome")})?|(?<single>he|she)|(?:(?:a|an|one|the|his|her)\\s+)?(?:${MODIFIER}\\s+){0,3}?(?<person>${PERSON})(?:\\s+\\([^()\\n]{1,60}\\))?)\\s+(?:received|suffered|sustained)\\s+(?:\\w+ly\\s+)?fatal\\s+(?:gunshot\\s+|stab\\s+)?(?:injuries|injury|wounds?)\\b`,
    "gi",
  ),
  read: (reading, groups) => (groups.list ? readList(reading, groups) : reading),
  positives: [
    { text: "A flight attendant and one passenger received fatal injuries.", kind: "killed", count: 2, figure: "A flight attendant and one passenger received fatal injuries" },
    { text: "A local man (a passenger in a van) sustained fatal injuries in the pileup.", kind: "killed", count: 1, figure: "A local man (a passenger in a van) sustained fatal injuries" },
    { text: "Three hikers suffered fatal injuries in the fall.", kind: "killed", count: 3, figure: "Three hikers suffered fatal injuries" },
  ],
  nearMisses: ["A local man sustained serious injuries in the pileup."],
};
