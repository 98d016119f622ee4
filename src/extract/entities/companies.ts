import type { ClassifiedName } from "./classify.js";
import { hasPlaceEvidence } from "./people.js";
import { isCorporateSuffix, ordinaryCase } from "./words.js";

// Rules that read a person from one neighbouring word or from the name's shape alone.
const WEAK_PERSON_RULES = new Set(["speaker", "tagged-person", "first-name", "role-before"]);

const companyOf = (name: ClassifiedName) => name.kind === "organization" && name.words.length > 1 && isCorporateSuffix(name.words.at(-1)!);

/**
 * A company named in full in the article is the one meant by the first word of its name alone:
 * "Tarija" after "Tarija Minerals Ltd" is the firm, not the Bolivian region, and "Halvik said"
 * after "Halvik Gold Corp" is the firm speaking. A place keeps its kind where the text says it is
 * one ("in Tarija").
 */
export function shortNamesOfCompanies(text: string, names: ClassifiedName[]): ClassifiedName[] {
  const firstWords = new Set(names.filter(companyOf).map((name) => name.words[0]));
  if (firstWords.size === 0) return names;
  const isShortName = (name: ClassifiedName) =>
    name.words.length === 1 &&
    firstWords.has(ordinaryCase(name.words[0])) &&
    ((name.kind === "location" && name.place?.type !== "country" && !hasPlaceEvidence(text, name)) || (name.kind === "person" && WEAK_PERSON_RULES.has(name.rule)) || name.kind === "unknown");
  return names.map((name) => (isShortName(name) ? { ...name, kind: "organization", place: undefined, rule: "company-short-name" } : name));
}
