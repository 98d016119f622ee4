import type { Casualty } from "../../types.js";

// Said of the dead as of the living: "was shot", "was stabbed", "a gunshot wound", "was taken to the hospital".
const HARM_OF_ANY_OUTCOME = /\bsho(?:t|ots|oting)\b|\bstabbed\b|\bgunshot\b|\bbullet\b|\bstruck\b|\bhit\b|\bgunfire\b|\bhospitals?\b/i;
// Said only of the living: "injured", "wounded", "in stable condition".
const SURVIVOR_WORDS = /injur|\bwounded\b|\bhurt\b|hospitali[sz]ed|\bcondition\b|\bcritical\b/i;

// "The second victim was rushed to the hospital": someone besides a first victim.
export const ANOTHER_VICTIM = /\b(?:second|third|other|another)\b/i;

/** How many people a figure counts at least: "dozens" counts 24. */
export const headCount = (figure: Casualty) => figure.count ?? figure.min ?? 0;

export const isHarmOfAnyOutcome = (fact: Casualty) =>
  fact.kind === "injured" && HARM_OF_ANY_OUTCOME.test(fact.text) && !SURVIVOR_WORDS.test(fact.text);
const peopleHarmed = (fact: Casualty) => headCount(fact) + (ANOTHER_VICTIM.test(fact.text) ? 1 : 0);

/**
 * "A man was shot" (or "was taken to the hospital", "suffered a gunshot wound") reports an injury
 * only if he lived: where the article reports as many deaths as people shot, the people shot are
 * the people killed, not further casualties.
 */
export function withoutFatalShootings(facts: Casualty[]): Casualty[] {
  const deaths = Math.max(0, ...facts.filter((fact) => fact.kind === "killed" && fact.context === "event").map(headCount));
  const shot = Math.max(0, ...facts.filter(isHarmOfAnyOutcome).map(peopleHarmed));
  if (deaths === 0 || shot > deaths) return facts;
  return facts.filter((fact) => !isHarmOfAnyOutcome(fact));
}
