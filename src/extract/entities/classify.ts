import { isCommonWord, isFirstName, type Term } from "../../document.js";
import { demonymCountry, isFeatureName, isPeopleName, isPersonNoun, isThingName, lookupPlace, type Place } from "../../gazetteer.js";
import { isDictionaryWord } from "../../words.js";
import type { NameCandidate } from "./find.js";
import { EVENT_HEADS, GEO_FEATURE_HEADS, isGeoFeatureName, isHeadTitle, isPeopleWord, LOCATIVE_PREPOSITIONS, isTitleWord, ORG_FIRST_WORDS, ORG_HEADS, ORGANIZATION_NOUNS, SPEECH_VERBS, TEAM_NOUNS, titleCase } from "./words.js";

/** "unknown": a lone capitalised word with no evidence; kept only if it is part of a known name. */
export type NameKind = "person" | "organization" | "location" | "unknown";

export interface ClassifiedName extends NameCandidate {
  kind: NameKind;
  place?: Place;
  rule: string;
}

const ACRONYM = /^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4})$/;
// "737", "A380", "737-800", "777s"; not a year ("1860 - Giuseppe Garibaldi").
const MODEL_NUMBER = /^(?!(?:1[0-9]|20)\d\d$)[A-Z]{0,3}\d{3,}[A-Z]{0,3}(?:-\d+)?s?$/;
// "Mr. King", "Dr. Major": after an honorific a title word is a surname.
const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?$/i;
const ADJECTIVE_SHAPE = /^[A-Z][a-z]+(?:ic|al|ive|ous)$/;
const NATIONALITY_ADJECTIVE = /^[A-Z][a-z]+(?:ish|ese|ian|ean)$/;
// "iPod", "iTunes", "eBay": a lower-case letter, then a capital.
const LOWER_CASE_BRAND = /^[a-z]{1,2}[A-Z][A-Za-z]*$/;
const PLURAL_ACRONYM = /^[A-Z]{2,6}s$/;
const FIXTURE_WORDS = new Set(["v", "vs", "versus"]);
// "c Leeds b Kendal", "st Dorrance": caught by, bowled by, stumped by.
const SCORECARD_MARKS = new Set(["b", "c", "st"]);
// Overs, maidens, runs, wickets: "21.4-3-88-2".
const BOWLING_FIGURES = /^\d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}$/;
// Those who won or came near winning a contest, or what they won.
const WINNER_NOUNS = new Set(["champion", "champions", "winner", "winners", "runner-up", "finalist", "semifinalist", "semi-finalist", "quarterfinalist", "quarter-finalist", "medallist", "medalist", "titleholder", "title"]);
const EVENT_CONNECTORS = new Set(["of", "OF", "on", "de", "du"]);
const INDEX_NOUNS = new Set(["index", "indices", "indexes"]);
const COMPASS_WORDS = new Set(["north", "south", "east", "west", "central", "northern", "southern", "eastern", "western"]);

/** Decide what a name is, most specific evidence first; null when nothing says it is a name. */
export function classifyName(candidate: NameCandidate): ClassifiedName | null {
  const decided = (kind: NameKind, rule: string, place?: Place): ClassifiedName => ({ ...candidate, kind, rule, place });
  const { words, name } = candidate;
  const lastWord = words[words.length - 1].toLowerCase().replace(/\.$/, "");
  const firstWord = words[0].toLowerCase();

  // "Prime Minister", "Chief Executive Officer", "CEO": a title with no name; but "Mr. King" is a name.
  if (words.every(isTitleWord) && !HONORIFIC.test(candidate.title ?? "")) return null;
  // "President Vladimir Putin", "Mr. Trump"
  if (candidate.title) return decided("person", "title");
  // "M. Waugh", "J. K. Rowling": initials before a surname
  if (words.length > 1 && words.slice(0, -1).every((word) => /^[A-Z]\.?$/.test(word)) && /^[A-Z][a-z]/.test(words.at(-1)!)) {
    return decided("person", "initials");
  }
  // A cricket scorecard: "c Leeds b Kendal 54", "Harwich 21.4-3-88-2" name the fielder, the bowler
  // and the bowler's figures, whatever towns the names are.
  if (SCORECARD_MARKS.has(candidate.before?.text ?? "") || BOWLING_FIGURES.test(candidate.after?.text ?? "")) return decided("person", "scorecard");
  // "the Crimean peninsula"
  if (candidate.descriptor && GEO_FEATURE_HEADS.has(candidate.descriptor)) return decided("location", "geo-feature");
  // "the French group", "a Kurdish militia": a nationality before the noun describes an unnamed
  // body; "the Islamic State group" names one.
  if (candidate.descriptor && words.every(isNationalityWord)) return null;
  // "the Islamic State group"
  if (candidate.descriptor) return decided("organization", "descriptor");
  // "the Worldwide Developers Conference (WWDC)" and its "WWDC", "the Dow Jones Industrial Average
  // (DJIA)": an event or an index that defines an acronym, and the acronym, are neither actor nor place.
  if (candidate.definesAcronym && words.length > 1 && EVENT_HEADS.has(lastWord)) return null;
  if (candidate.acronymOf && EVENT_HEADS.has(candidate.acronymOf.split(" ").at(-1)!.toLowerCase())) return null;
  // "the World Health Organization (WHO)" and its "WHO"
  if ((candidate.definesAcronym || candidate.acronymOf) && !lookupPlace(name)) return decided("organization", "acronym-definition");
  // "group C", "Grade B", "Celsius (41 F)": a capital letter alone names a letter, a grade or a series.
  if (/^[A-Z]$/.test(name)) return null;
  // "ADRs", "MPs", "NGOs": an acronym in the plural names a kind of thing or person, not one actor.
  if (PLURAL_ACRONYM.test(name)) return null;
  // "Israel-PLO talks", "Jan-May sales": places, bodies or months joined by a hyphen name a relation
  // or a span between them; "Guinea-Bissau", one place, is the gazetteer's.
  if (!name.includes(" ") && isJoinedPair(name)) return null;
  // "I'm", "I'd": the pronoun, not a name.
  if (/^I['’][a-z]+$/.test(name)) return null;
  // "South African", "Bosnian Serbs", "West Africans": a people named by a region and a nationality.
  if (words.length > 1 && (demonymCountry(name) || isMemberOfPeople(words))) return null;
  // "Moslem refugees", "the Serbs", "an Olympic record", "Islamists": a people, a faith, a creed or
  // an adjective, not a name.
  if (words.length === 1 && !lookupPlace(name) && !isFeatureName(name) && (candidate.isTaggedQualifier || isPeopleWord(name, (other) => lookupPlace(other) !== undefined) || isPeopleName(name))) return null;
  // "the Democratic candidate", "Conservative voters": an ordinary adjective before a noun.
  if (words.length === 1 && ADJECTIVE_SHAPE.test(name) && isDictionaryWord(name) && !candidate.isTaggedPerson && /^[a-z]/.test(candidate.after?.text ?? "")) return null;
  // "Police" or "Officials": an ordinary word, a name only if it repeats one ("Wang" after "Wang Donghai").
  // "ALERT", "DIGEST" in a line in capitals are ordinary words shouted, not acronyms.
  if (words.length === 1 && !candidate.isDateline && (!ACRONYM.test(name) || (name.length >= 4 && isDictionaryWord(name))) && isCommonWord(name)) return decided("unknown", "common-word");
  // "14:00 GMT", "BSE", "Medicare", "an Olympic record": a time, a disease, a programme, an adjective;
  // but "May" alone may be a woman's name and "Newmarket" is a town as well.
  if (isThingName(name) && !lookupPlace(name) && !(words.length === 1 && isFirstName(name))) return null;
  // "the Wimbledon champion", "a Nobel Peace winner": the contest or prize before the one who won it;
  // a country's champion is the country's ("the U.S. champion").
  if (candidate.isFollowedClosely && WINNER_NOUNS.has(candidate.after?.normal ?? "") && lookupPlace(name)?.type !== "country") return null;
  // "the FTSE index", "the Hang Seng index": a market index, which shares its name with no actor;
  // "the primary UK index" is the country's.
  if (candidate.isFollowedClosely && INDEX_NOUNS.has(candidate.after?.normal ?? "") && lookupPlace(name)?.type !== "country") return null;
  // "the World Cup", "the Gulf War": an event, neither an actor nor a place; so is "the Cup" or "the
  // Conference" alone, unless a town bears the name ("Derby").
  if (EVENT_HEADS.has(lastWord) && (words.length > 1 || !lookupPlace(name))) return null;
  // "the World Series of Golf", "the Tour of Britain", "the Cup of Nations": the event's head comes
  // before what it is of.
  if (EVENT_HEADS.has(words[words.findIndex((word) => EVENT_CONNECTORS.has(word)) - 1]?.toLowerCase() ?? "")) return null;
  // "Airbus A380", "Boeing 737s": a product and its model number.
  if (MODEL_NUMBER.test(words[words.length - 1]) || (candidate.isFollowedClosely && candidate.after && MODEL_NUMBER.test(candidate.after.text) && !lookupPlace(name))) return null;
  // "Chapter 11", "Article 5": a numbered part, not a name.
  if (words.length === 1 && isDictionaryWord(name) && candidate.isFollowedClosely && /^\d+$/.test(candidate.after?.text ?? "")) return null;
  // "the iPod Nano", "the iTunes Music Store": the rest of a name whose first word is a brand written
  // with a lower-case first letter is a product or a service, not an actor.
  if (candidate.isPrecededClosely && LOWER_CASE_BRAND.test(candidate.before?.text ?? "")) return null;
  // "the 787 Dreamliner": a product named after its model number.
  if (candidate.isPrecededClosely && candidate.before && MODEL_NUMBER.test(candidate.before.text)) return null;
  // "18:00 UTC": a time zone.
  if (ACRONYM.test(name) && candidate.before?.tags.has("Time")) return null;
  // "Kurdish rebels", "the Burmese government": a nationality qualifying a noun, not a name; but
  // "Kevorkian said", "Brennan, who…": a name of the same shape before a verb or a clause.
  if (words.length === 1 && NATIONALITY_ADJECTIVE.test(name) && !lookupPlace(name) && candidate.after && /^[a-z]/.test(candidate.after.text) && isNounOrAdjective(candidate.after)) return null;
  // "LONDON" in a dateline is London.
  const place = lookupPlace(name) ?? (/^[A-Z][A-Z .'-]+$/.test(name) && name.length > 3 ? lookupPlace(titleCase(name)) : undefined);
  // "Brackley v Ostend", "Dunmore v Kilrush": the sides of a fixture are clubs; a national side is its country.
  if (place?.type !== "country" && (FIXTURE_WORDS.has(candidate.before?.normal ?? "") || (candidate.isFollowedClosely && FIXTURE_WORDS.has(candidate.after?.normal ?? "")))) {
    return decided("organization", "fixture");
  }
  // "United States" is a country before "United" makes it look like an organisation.
  if (place?.type === "country") return decided("location", "gazetteer", place);
  // "Kansas City", "Ho Chi Minh City": a town the gazetteer knows by its full name, "City" and all.
  if (place && words.length > 1 && !ORG_FIRST_WORDS.has(firstWord)) return decided("location", "gazetteer", place);
  // "the Golan Heights", "the Gaza Strip", "Mount Everest", "the Middle East": a feature of the land.
  if (words.length > 1 && isGeoFeatureName(words)) return decided("location", "geo-name");
  // "Sky News", "Defence Ministry", "Ministry of Defence"
  if (words.length > 1 && (ORG_HEADS.has(lastWord) || ORG_FIRST_WORDS.has(firstWord))) {
    return decided("organization", "org-word");
  }
  // "Jordan Henderson" is a person even though Jordan is a country.
  if (place && !(candidate.isTaggedPerson && words.length > 1)) return decided("location", "gazetteer", place);
  if (candidate.isDateline) return decided("location", "dateline");
  if (ACRONYM.test(name)) return decided("organization", "acronym");
  // A lower-case word right before the name, which may say what the name is.
  const nounBefore = candidate.isPrecededClosely && candidate.before && /^[a-z]+$/.test(candidate.before.text) ? candidate.before.text : undefined;
  // "the weekly Orvalo Nuevo", "carrier Skyvia", "brokers Hallam Dobbs": a noun for an organisation before the name.
  if (nounBefore && ORGANIZATION_NOUNS.has(nounBefore)) {
    return decided("organization", "organization-noun-before");
  }
  if (candidate.isTaggedPerson) return decided("person", "tagged-person");
  if (isClubOfPlace(words)) return decided("organization", "club-of-place");
  // "Stock markets fell": the tagger's organisation is an ordinary word capitalised at the start of a
  // sentence; "Ford said" stays Ford where the article names the company elsewhere.
  if (candidate.isTaggedOrganization && candidate.isSentenceInitial && words.length === 1 && isDictionaryWord(name)) return decided("unknown", "initial-word");
  if (candidate.isTaggedOrganization || ORG_HEADS.has(lastWord)) return decided("organization", "tagged-organization");
  if (candidate.isTaggedPlace) return decided("location", "tagged-place");
  // "Ana Ruiz said"; but in "Ana Ruiz of Northern Rail said" the speaker is the person before "of".
  if (candidate.verbAfter && SPEECH_VERBS.has(candidate.verbAfter) && candidate.before?.normal !== "of") return decided("person", "speaker");
  if (candidate.before && LOCATIVE_PREPOSITIONS.has(candidate.before.normal) && words.length === 1) {
    return decided("location", "locative");
  }
  // "Apple CEO Steve Jobs": the name before a title is the title holder's employer.
  if (words.length === 1 && candidate.isFollowedClosely && candidate.after && isHeadTitle(candidate.after.normal)) {
    return decided("organization", "employer");
  }
  // "the Balkans", "the Amazon": a place no gazetteer of countries, regions and towns holds.
  if (isFeatureName(name)) return decided("location", "feature");
  // "striker Zamorek", "his daughter Mira": a noun for a person, or a player's place in a team, set before the name.
  if (nounBefore && (isPersonNoun(nounBefore) || TEAM_NOUNS.has(nounBefore))) {
    return decided("person", "role-before");
  }
  if (candidate.isSentenceInitial && words.length === 1) return decided("unknown", "initial-word");
  if (looksLikePersonalName(words)) return decided("person", "name-shape");
  // "Alan" alone: a given name the lexicon knows.
  if (words.length === 1 && isFirstName(name)) return decided("person", "first-name");
  // "at Old Trafford", "clashed at Minutka Square": a name of several words after "at", with nothing
  // else known of it, is where something happened, a venue; "at Wal-Mart" is one word, a shop's.
  if (name.includes(" ") && candidate.before?.normal === "at") return decided("location", "locative");
  return decided("organization", "default");
}

const MONTH_NAME = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?$/i;

/** "Israel-PLO", "Iraq-U.N.", "Jan-May": a place or a month beside another place, acronym or month. */
function isJoinedPair(name: string): boolean {
  const parts = name.split("-");
  if (parts.length < 2 || lookupPlace(name) || lookupPlace(titleCase(name))) return false;
  const isPlaceOrMonth = (part: string) => lookupPlace(part) !== undefined || lookupPlace(titleCase(part)) !== undefined || MONTH_NAME.test(part);
  return parts.every((part) => isPlaceOrMonth(part) || ACRONYM.test(part)) && parts.some(isPlaceOrMonth);
}

/** "French", "Kurdish", "Kurd": a word for a nationality or a people. */
const isNationalityWord = (word: string) => demonymCountry(word) !== undefined || NATIONALITY_ADJECTIVE.test(word) || isPeopleName(word) || isPeopleWord(word, (other) => lookupPlace(other) !== undefined);

/** "Bosnian Serbs", "West Africans": a region or nationality, then a people. */
function isMemberOfPeople(words: string[]): boolean {
  const last = words.at(-1)!;
  const isQualifier = (word: string) => COMPASS_WORDS.has(word.toLowerCase()) || NATIONALITY_ADJECTIVE.test(word) || demonymCountry(word) !== undefined;
  return (demonymCountry(last) !== undefined || isPeopleName(last)) && words.slice(0, -1).every(isQualifier);
}

// Words that open the name of a place built on another ("Lake Geneva", "North Carolina", "Port Said").
const PLACE_PREFIXES = new Set(["lake", "mount", "mt", "port", "fort", "cape", "north", "south", "east", "west", "central", "greater", "upper", "lower", "old", "new", "san", "santa", "st", "saint", "el", "la", "los", "las"]);
const PLACE_PLURALS = new Set(["islands", "isles", "mountains", "heights", "hills", "falls", "springs", "keys", "lakes", "plains", "highlands"]);

/**
 * A club or company named after its home: "Dynamo Moscow", "Inter Milan" (a word before a city), or
 * "Florida Marlins", "Chicago Bulls" (a place before a plural).
 */
function isClubOfPlace(words: string[]): boolean {
  if (words.length !== 2) return false;
  const [first, second] = words;
  // "Kenny Harrison" and "Barack Obama" are people whose names are also towns.
  if (isFirstName(first)) return false;
  if (lookupPlace(second)?.type === "city" && !lookupPlace(first) && !PLACE_PREFIXES.has(first.toLowerCase()) && !demonymCountry(first)) return true;
  return lookupPlace(first) !== undefined && /^[A-Z][a-z]+s$/.test(second) && !PLACE_PLURALS.has(second.toLowerCase());
}

const NAME_WORD = /^(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?$/;

/**
 * "Zenon Poznyak", "Glenn Hoddle": two or three words shaped as names, none of them an ordinary
 * word, a place or a nationality ("Democracy Wall", "Air France", "Bosnian Serb" are not people),
 * or a known given name before a surname.
 */
function looksLikePersonalName(words: string[]): boolean {
  if (words.length < 2 || words.length > 3 || !words.every((word) => NAME_WORD.test(word))) return false;
  const isNameWord = (word: string) => !isDictionaryWord(word) && !isCommonWord(word) && !lookupPlace(word) && !demonymCountry(word);
  if (isFirstName(words[0]) && !lookupPlace(words.at(-1)!)) return true;
  return words.every(isNameWord);
}

const isNounOrAdjective = (term: Term) => (term.tags.has("Noun") || term.tags.has("Adjective")) && !term.tags.has("Pronoun") && !term.tags.has("Verb");
