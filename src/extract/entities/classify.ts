import { isCommonWord } from "../../document.js";
import { lookupPlace, type Place } from "../../gazetteer.js";
import type { NameCandidate } from "./find.js";
import { GEO_FEATURE_HEADS, ORG_FIRST_WORDS, ORG_HEADS, SPEECH_VERBS } from "./words.js";

/** "unknown": a lone capitalised word with no evidence; kept only if it is part of a known name. */
export type NameKind = "person" | "organization" | "location" | "unknown";

export interface ClassifiedName extends NameCandidate {
  kind: NameKind;
  place?: Place;
  rule: string;
}

const ACRONYM = /^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4})$/;
const LOCATIVE_PREPOSITIONS = new Set(["in", "at", "near", "from", "to", "across", "outside", "inside", "into"]);

/** Decide what a name is, most specific evidence first; null when nothing says it is a name. */
export function classifyName(candidate: NameCandidate): ClassifiedName | null {
  const decided = (kind: NameKind, rule: string, place?: Place): ClassifiedName => ({ ...candidate, kind, rule, place });
  const { words, name } = candidate;
  const lastWord = words[words.length - 1].toLowerCase().replace(/\.$/, "");
  const firstWord = words[0].toLowerCase();

  // "President Vladimir Putin", "Mr. Trump"
  if (candidate.title) return decided("person", "title");
  // "M. Waugh", "J. K. Rowling": initials before a surname
  if (words.length > 1 && words.slice(0, -1).every((word) => /^[A-Z]\.?$/.test(word)) && /^[A-Z][a-z]/.test(words.at(-1)!)) {
    return decided("person", "initials");
  }
  // "the Crimean peninsula"
  if (candidate.descriptor && GEO_FEATURE_HEADS.has(candidate.descriptor)) return decided("location", "geo-feature");
  // "the Islamic State group"
  if (candidate.descriptor) return decided("organization", "descriptor");
  // "the World Health Organization (WHO)" and its "WHO"
  if ((candidate.definesAcronym || candidate.acronymOf) && !lookupPlace(name)) return decided("organization", "acronym-definition");
  // "Police" or "Officials" opening a sentence: an ordinary word, not a name.
  if (words.length === 1 && !ACRONYM.test(name) && isCommonWord(name)) return null;
  // "LONDON" in a dateline is London.
  const place = lookupPlace(name) ?? (/^[A-Z][A-Z .'-]+$/.test(name) && name.length > 3 ? lookupPlace(titleCase(name)) : undefined);
  // "United States" is a country before "United" makes it look like an organisation.
  if (place?.type === "country") return decided("location", "gazetteer", place);
  // "Sky News", "Defence Ministry", "Ministry of Defence"
  if (words.length > 1 && (ORG_HEADS.has(lastWord) || ORG_FIRST_WORDS.has(firstWord))) {
    return decided("organization", "org-word");
  }
  // "Jordan Henderson" is a person even though Jordan is a country.
  if (place && !(candidate.isTaggedPerson && words.length > 1)) return decided("location", "gazetteer", place);
  if (ACRONYM.test(name)) return decided("organization", "acronym");
  if (candidate.isTaggedPerson) return decided("person", "tagged-person");
  if (candidate.isTaggedOrganization || ORG_HEADS.has(lastWord)) return decided("organization", "tagged-organization");
  if (candidate.isTaggedPlace) return decided("location", "tagged-place");
  if (candidate.verbAfter && SPEECH_VERBS.has(candidate.verbAfter)) return decided("person", "speaker");
  if (candidate.before && LOCATIVE_PREPOSITIONS.has(candidate.before.normal) && words.length === 1) {
    return decided("location", "locative");
  }
  if (candidate.isSentenceInitial && words.length === 1) return decided("unknown", "initial-word");
  return decided("organization", "default");
}

/** "NEW YORK" → "New York", for all-capital datelines and headlines. */
export function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s'-])([a-z])/g, (_match, before: string, letter: string) => before + letter.toUpperCase());
}
