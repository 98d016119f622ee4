import type { CasualtyRule } from "./rule.js";

/** "Child shoots himself", "accidentally shoots self in leg": hurt, unless a death is reported */
export const SHOT_SELF: CasualtyRule = {
  name: "shot-self",
  kind: "injured",
  pattern: /\b(?:shoots|shot|shooting)\s(?<person>himself|herself|self)\b/gi,
  positives: [{ text: "Girl, 6, accidentally shoots self in leg", kind: "injured", count: 1, figure: "shoots self" }],
  nearMisses: ["The photographer shot selfies."],
};

/** "killed himself", "shot and killed him", "killing only himself" */
export const KILLED_PRONOUN: CasualtyRule = {
  name: "killed-pronoun",
  kind: "killed",
  pattern: /\b(?:killed|kills|killing|shot and killed|fatally shot|fatally shooting|murdered) (?:only )?(?<person>himself|herself|him|her)\b/gi,
  positives: [
    { text: "The suspect killed himself.", kind: "killed", count: 1, figure: "killed himself" },
    { text: "The bomb went off early, killing only herself.", kind: "killed", count: 1, figure: "killing only herself" },
  ],
  nearMisses: ["The suspect killed time."],
};

/** "where he died", "she was pronounced dead" */
export const PRONOUN_DIED: CasualtyRule = {
  name: "pronoun-died",
  kind: "killed",
  pattern: /\b(?<person>he|she) (?:later |eventually |subsequently )?(?:died|succumbed|was (?:later |eventually )?(?:pronounced (?:dead|deceased)|(?:shot and )?killed|shot dead|fatally (?:shot|stabbed|wounded)|murdered))\b(?! off\b)/gi,
  positives: [
    { text: "He was taken to hospital, where he died.", kind: "killed", count: 1, figure: "he died" },
    { text: "The attacker fled before he was shot dead by police.", kind: "killed", count: 1, figure: "he was shot dead" },
  ],
  nearMisses: ["He was killed off in the third season.", "He was shot down in the vote."],
};

/** "flying glass injured him", "wounding her" */
export const INJURED_PRONOUN: CasualtyRule = {
  name: "injured-pronoun",
  kind: "injured",
  pattern: /\b(?:injured|injuring|wounded|wounding)\s(?<person>him|her)\b/gi,
  positives: [{ text: "Flying glass injured him.", kind: "injured", count: 1, figure: "injured him" }],
  nearMisses: ["Flying glass injured nobody's pride."],
};

/** "after she was injured", "he was shot in the leg" */
export const PRONOUN_HURT: CasualtyRule = {
  name: "pronoun-hurt",
  kind: "injured",
  pattern: /\b(?<person>he|she) (?:was|had been|has been) (?:\w{1,20}ly )?(?:shot|wounded|injured|hurt|hospitali[sz]ed)\b/gi,
  positives: [{ text: "He was shot in the leg.", kind: "injured", count: 1, figure: "He was shot" }],
  nearMisses: ["He was shown the leg."],
};
