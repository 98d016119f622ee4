import { isCommonWord, isFirstName, termIndexAt, type ParsedDocument, type Sentence, type Term } from "../../document.js";
import { demonymCountry, isPeopleName, isPersonNoun, lookupPlace } from "../../gazetteer.js";
import { isDictionaryWord } from "../../words.js";
import { GEO_FEATURE_HEADS, isAddressTitle, isPeopleWord, isHeadTitle, isPersonTitle, isTitleWord, NAME_CONNECTORS, ORG_DESCRIPTOR_HEADS, ORG_HEADS, PERSON_TITLES, titleCase } from "./words.js";

const isPlace = (name: string) => lookupPlace(name) !== undefined;

/** A run of capitalised words that may name an actor or a place. */
export interface NameCandidate {
  /** The mention: the name with any capitalised title before it ("President Vladimir Putin"). */
  start: number;
  end: number;
  /** The name alone, without title or descriptor ("Vladimir Putin"). */
  name: string;
  words: string[];
  title: string | null;
  /** A lower-case head kept in the mention: "group" in "the Islamic State group". */
  descriptor: string | null;
  isSentenceInitial: boolean;
  /** Every word carries compromise's person tags. */
  isTaggedPerson: boolean;
  isTaggedPlace: boolean;
  isTaggedOrganization: boolean;
  /** One word compromise reads as a nationality or an adjective ("Bosnian", "Olympic", "Democratic"). */
  isTaggedQualifier: boolean;
  before: Term | undefined;
  after: Term | undefined;
  /** The place a wire story was filed from, in capitals at the head of a line. */
  isDateline: boolean;
  /** Only spaces stand between the mention and the word after it ("Boeing 737", not "Adams, 123"). */
  isFollowedClosely: boolean;
  /** Only spaces stand between the word before and the mention ("787 Dreamliner"). */
  isPrecededClosely: boolean;
  /** The word after the mention, skipping an auxiliary ("Putin has said" → "said"). */
  verbAfter: string | undefined;
  /** For "IS" in "Islamic State (IS)": the name the acronym was defined for. */
  acronymOf?: string;
  /** The name is followed by the acronym it defines. */
  definesAcronym?: boolean;
}

const FUNCTION_TAGS = ["Pronoun", "Determiner", "Conjunction", "Preposition", "Adverb", "Verb", "QuestionWord", "Value"];
// Words that hold a sentence together, never a word of a name ("The" of "The Times" aside).
const GRAMMAR_TAGS = ["Pronoun", "Determiner", "Conjunction", "Preposition"];
// Words a possessive cannot own: "Kelvaro's in London", "gave Kelvaro's a reprieve".
const OWNERLESS_TAGS = ["Preposition", "Determiner"];
const GIVEN_NAME_TAGS = ["FirstName", "MaleName", "FemaleName"];
const DATE_TAGS = ["Month", "WeekDay", "Holiday", "Date"];
const PROPER_TAGS = ["ProperNoun", "Person", "Place", "Organization", "Acronym"];
const POSSESSIVE = /['’]s$/;
const ADJECTIVE_TAIL = /(?<=[A-Za-z.]{2})-[a-z]+$/;
// Between two words of one name only spaces, a hyphen or an abbreviation's dot may stand; a dash
// between spaces parts two names ("SOCCER - SHEARER", "Syria - Lloyds Shipping").
const JOINING_GAP = /^(?:[ \t]*|-)$/;
const ABBREVIATION_GAP = /^\.[ \t]+$/;
const INITIAL_BEFORE_NAME = /^[A-Z]\. [A-Z]/;
const APOSTROPHE_SURNAME = /^[A-Z]['’][A-Z][a-z]/;
const LINE_END = /^(?:\r?\n|$)/;
const LINE_BREAK_INSIDE_SENTENCE = /^,?[ \t]*\r?\n[ \t]*$/;
const LOWER_PARTICLE_NAME = /^(al|el|bin|abu|ben)-[A-Z]/;

export function findNameCandidates(doc: ParsedDocument): NameCandidate[] {
  const namesInText = capitalisedInsideSentences(doc);
  const possessiveNames = namesEndingInPossessive(doc);
  return doc.sentences.flatMap((sentence) => candidatesIn(doc, sentence, namesInText, possessiveNames)).map((candidate) => withInitialBefore(doc, candidate));
}

/**
 * "(D. Cox 95 not out": the tagger may end a sentence at an initial's dot; the initial still opens
 * the name after it. Not "… Plan B. Cox said", where a word of the sentence stands before the letter.
 */
function withInitialBefore(doc: ParsedDocument, candidate: NameCandidate): NameCandidate {
  const index = termIndexAt(doc, candidate.start);
  const [initial, first] = [doc.terms[index - 1], doc.terms[index]];
  if (index < 1 || first?.start !== candidate.start || initial.sentence === first.sentence || candidate.title !== null) return candidate;
  const gap = index === 1 ? "\n" : doc.text.slice(doc.terms[index - 2].end, initial.start);
  const opensClause = gap.includes("\n") || /[(,;:]$/.test(gap.trimEnd());
  if (!/^[A-Z]$/.test(initial.text) || !/^\. $/.test(doc.text.slice(initial.end, first.start)) || !opensClause) return candidate;
  return { ...candidate, start: initial.start, name: doc.text.slice(initial.start, candidate.start) + candidate.name, words: [`${initial.text}.`, ...candidate.words], isSentenceInitial: false };
}

/**
 * "Lloyd's", "Moody's", "McDonald's": a name whose "'s" is its own. The text never writes it
 * without the "'s", and somewhere nothing it could own follows it ("a reprieve for Kelvaro's.",
 * "Kelvaro's in London"); "Clinton's" is a possessive, for "Clinton" stands alone elsewhere.
 */
function namesEndingInPossessive(doc: ParsedDocument): Set<string> {
  const { terms, text } = doc;
  const bareWords = new Set(terms.filter((term) => !POSSESSIVE.test(term.text)).map((term) => term.text));
  const names = new Set<string>();
  terms.forEach((term, index) => {
    // "Chile's": a place written only as an owner is still the place.
    if (!/^[A-Z]/.test(term.text) || !POSSESSIVE.test(term.text) || bareWords.has(bare(term.text)) || lookupPlace(bare(term.text)) || term.tags.has("Pronoun")) return;
    // compromise may read the "'s" as "is" and give it an empty term of its own.
    let after = index + 1;
    while (after < terms.length && terms[after].text === "") after++;
    const next = terms[after];
    const ownsNothing = next === undefined || next.sentence !== term.sentence || /^\s*[,.;:)"”]/.test(text.slice(term.end, next.start)) || OWNERLESS_TAGS.some((tag) => next.tags.has(tag));
    if (ownsNothing) names.add(term.text);
  });
  return names;
}

/** Words written with a capital away from a sentence's start: names, wherever else they stand. */
function capitalisedInsideSentences(doc: ParsedDocument): Set<string> {
  const words = new Set<string>();
  for (const sentence of doc.sentences) {
    for (let index = sentence.firstTerm + 1; index < sentence.endTerm; index++) {
      const term = doc.terms[index];
      const isAcronym = /^[A-Z]{2,6}$/.test(term.text);
      if (isAcronym || (/^[A-Z][a-z]/.test(term.text) && !isAtSentenceStart(doc, index, sentence))) words.add(bare(term.text));
    }
  }
  return words;
}

function candidatesIn(doc: ParsedDocument, sentence: Sentence, namesInText: Set<string>, possessiveNames: Set<string>): NameCandidate[] {
  const { terms, text } = doc;
  const isHeadline = isAllCaps(sentence.text);
  const found: NameCandidate[] = [];
  let i = sentence.firstTerm;
  while (i < sentence.endTerm) {
    const datelineEnd = datelinePlaceEnd(doc, i, sentence);
    if (datelineEnd >= 0) {
      const dateline = buildCandidate(doc, i, datelineEnd + 1, sentence, possessiveNames);
      if (dateline) found.push(dateline);
      i = datelineEnd + 1;
      continue;
    }
    if (!canStartName(doc, i, sentence, isHeadline, namesInText)) {
      i++;
      continue;
    }
    let last = i;
    const isInRun = (index: number) => index < sentence.endTerm && isJoined(text, terms[index - 1], terms[index]);
    const isWordOfName = (index: number) => isInRun(index) && isNameWord(terms[index], isHeadline, namesInText);
    while (last + 1 < sentence.endTerm) {
      const next = last + 1;
      // "National People's Congress", "Moody's Investors Service": a possessive inside an organisation's name.
      if (POSSESSIVE.test(terms[last].text) && !possessiveInsideName(terms, next, isWordOfName)) break;
      if (isWordOfName(next)) {
        last = next;
        continue;
      }
      // "Rio de Janeiro", "Nikolaus van der Pas", "Daniel arap Moi": lower-case particles between words of a name.
      let after = next;
      while (isInRun(after) && isParticle(text, terms, after, terms.slice(i, last + 1), isWordOfName)) after++;
      // "Inzamam-ul-Haq" and "Dar es Salaam", not "neo-Nazi": a particle no list knows has the same gap on both
      // sides ("Abdul-Karim al-Kabariti" has a known one).
      const isKnown = terms.slice(next, after).every((term) => NAME_CONNECTORS.has(term.normal));
      const isEven = isKnown || text.slice(terms[last].end, terms[next].start) === text.slice(terms[after - 1].end, terms[after]?.start);
      if (after > next && isEven && isWordOfName(after)) last = after;
      else break;
    }
    last = innerTitleSplit(text, terms, i, last);
    // "Mercantile &" before the title word "General": a name does not end on its connector.
    while (last > i && !/^[A-Z]/.test(terms[last].text)) last--;
    last = ownerSplit(text, terms, i, last);
    last = countryBeforeAcronymSplit(text, terms, i, last);
    i = leadingDescriptorEnd(terms, i, last);
    const candidate = opensDateName(doc, i, last, sentence) ? null : buildCandidate(doc, i, last + 1, sentence, possessiveNames);
    if (candidate) {
      found.push(candidate);
      const acronym = definedAcronym(doc, candidate);
      if (acronym) found.push(acronym);
    }
    i = last + 1;
  }
  // An acronym found as its own run after being read as a definition is one mention.
  return found.filter((candidate, index) => found.findIndex((other) => other.start === candidate.start) === index);
}

/**
 * "New" in "New Year", "Good" in "Good Friday": one ordinary word joined to the date's name it opens.
 * A name before a date stays a name: "Bob Dole Wednesday accused …", "in London Monday", "Iraq - Aug 22".
 */
function opensDateName(doc: ParsedDocument, first: number, last: number, sentence: Sentence): boolean {
  const [term, next] = [doc.terms[last], doc.terms[last + 1]];
  if (first !== last || next === undefined || next.sentence !== sentence.index || !isJoined(doc.text, term, next)) return false;
  return /^[A-Z]/.test(next.text) && DATE_TAGS.some((tag) => next.tags.has(tag)) && isDictionaryWord(bare(term.text)) && !isPlace(bare(term.text));
}

/**
 * A lower-case word inside a name: a known particle ("de", "van", "al"), one that is no English
 * word ("es" in "Dar es Salaam", "arap" in "Daniel arap Moi"), the "&" of a firm ("Brandt & Keller"),
 * or "and" joining the words of one organisation or place (see conjunctionInsideName).
 */
function isParticle(text: string, terms: Term[], index: number, runSoFar: Term[], isWordOfName: (index: number) => boolean): boolean {
  const term = terms[index];
  const word = term.text;
  // "Weston-super-Mare", "Jamaat-i-Islami": a lower-case word hyphened on both sides to the name's words.
  if (isHyphenedOnBothSides(text, terms, index) && /^[a-z]{1,5}$/.test(word)) return true;
  // "Centers for Disease Control", not "left Chile for Peru" nor "Marek Dolan for Velmorak": no name
  // of a place or a person goes on with "for".
  if (term.normal === "for") return !lookupPlace(bare(terms[index - 1].text)) && !terms[index - 1].tags.has("Person");
  if (NAME_CONNECTORS.has(term.normal) || OPENING_PARTICLES.has(word) || word === "&") return true;
  if (word === "and") return conjunctionInsideName(terms, index, runSoFar, isWordOfName);
  return /^[a-z]{2,4}$/.test(word) && /[aeiou]/.test(word) && !isDictionaryWord(word) && !isCommonWord(word) && !FUNCTION_TAGS.some((tag) => term.tags.has(tag));
}

function isHyphenedOnBothSides(text: string, terms: Term[], index: number): boolean {
  const [before, term, after] = [terms[index - 1], terms[index], terms[index + 1]];
  return before !== undefined && after !== undefined && text.slice(before.end, term.start) === "-" && text.slice(term.end, after.start) === "-";
}

/**
 * "and" between ordinary words inside one name: after an "of" or "for" ("Department of Trade and
 * Industry"), before the head word of an organisation ("Securities and Exchange Commission"), or
 * in a place the gazetteer knows whole ("Trinidad and Tobago"). Not "Council of Europe and NATO",
 * "Ali Alatas and Minister …", nor "the Federal Trade Commission and Justice Department", two names.
 */
function conjunctionInsideName(terms: Term[], index: number, runSoFar: Term[], isWordOfName: (index: number) => boolean): boolean {
  const [before, after] = [terms[index - 1], terms[index + 1]];
  if (after === undefined || !isWordOfName(index + 1)) return false;
  if (lookupPlace(`${bare(before.text)} and ${bare(after.text)}`)) return true;
  const isOrdinary = (other: Term) => isOrdinaryWord(other) && !isTitleWord(other.normal);
  if (!isOrdinary(before) || !isOrdinary(after)) return false;
  if (runSoFar.some((earlier) => earlier.normal === "of" || earlier.normal === "for")) return true;
  let end = index + 1;
  while (isWordOfName(end + 1)) end++;
  return ORG_HEADS.has(terms[end].normal) && !ORG_HEADS.has(before.normal);
}

/** A capitalised English word that is no place and no function word: "Trade", "Disease", "Exchange". */
function isOrdinaryWord(term: Term): boolean {
  return /^[A-Z][a-z]/.test(term.text) && isDictionaryWord(term.text) && !lookupPlace(term.text) && !GRAMMAR_TAGS.some((tag) => term.tags.has(tag)) && term.normal !== "the";
}

/**
 * "Ana Ruiz of Northern Rail", "Velmorak of Portugal", "King Tavesh of Nepal": a name, then "of"
 * and the organisation or place it belongs to, are two names. "Bank of England", "Republic of
 * Ireland", "Lloyd's of London" and "Prince of Wales" stay one: the word before their "of" is an
 * ordinary word, a possessive or a title.
 */
function ownerSplit(text: string, terms: Term[], first: number, last: number): number {
  const of = terms.slice(first, last + 1).findIndex((term) => term.normal === "of") + first;
  // "Prime Minister of Canada", "CEO of Boeing Commercial Airplanes": an office and whose it is, no
  // one named; but "Secretary of State Jane Doe" names the holder after the office.
  if (of > first && of < last && terms.slice(first, of).every((term) => isTitleWord(term.normal) || term.normal === "the")) {
    let officeEnd = of + 1;
    while (officeEnd <= last && isOfficeWord(terms[officeEnd])) officeEnd++;
    return officeEnd === of + 1 || officeEnd > last ? of - 1 : last;
  }
  if (of <= first || of === last || lookupPlace(text.slice(terms[first].start, terms[last].end).replace(/^The /, ""))) return last;
  const before = terms[of - 1];
  if (POSSESSIVE.test(before.text) || isPersonTitle(before.normal)) return last;
  const holder = terms.slice(first, of).filter((term) => !isPersonTitle(term.normal));
  // "Marek Dolan of Austria", "Tom Hall of Ohio": a person, whatever ordinary word the surname is.
  const isPerson = (holder.length > 1 && isFirstName(bare(holder[0].text))) || (holder.length > 0 && holder.every((term) => term.tags.has("Person")));
  if (isPerson && !ORG_HEADS.has(before.normal)) return of - 1;
  const owner = text.slice(terms[of + 1].start, terms[last].end).replace(/^The /, "");
  // "Red Star of Norland", "Orlando Pirates of South Africa": a club or a firm and its country; but
  // "Bank of England", "Gulf of Mexico": an institution's or a feature's head word before a country.
  const ownerPlace = lookupPlace(owner);
  const isOfCountry = ownerPlace?.type === "country" && !ORG_HEADS.has(before.normal) && !GEO_FEATURE_HEADS.has(before.normal);
  if (isDictionaryWord(bare(before.text)) && !isOfCountry) return last;
  return ownerPlace ? of - 1 : last;
}

/**
 * "India RBI cuts rates", "Liberia ECOMOG troops": a country, then an acronym, are two names; the
 * acronym is an organisation of that country, not a word of its name.
 */
function countryBeforeAcronymSplit(text: string, terms: Term[], first: number, last: number): number {
  for (let end = first; end < last; end++) {
    const acronym = terms[end + 1].text;
    if (!/^[A-Z]{2,6}$/.test(acronym) || isPlace(acronym)) continue;
    // In a headline in capitals every word has an acronym's shape ("NEW ZEALAND WIN").
    const country = text.slice(terms[first].start, terms[end].end);
    if (/[a-z]/.test(country) && lookupPlace(country)?.type === "country") return end;
  }
  return last;
}

/**
 * "Swede Kennet Andersson", "Frenchman Cedric Pioline", "Defender Hassan Abbas": a nationality or a
 * role written before a person's name (a given name, or words tagged as a person) is no part of it.
 */
function leadingDescriptorEnd(terms: Term[], first: number, last: number): number {
  if (last - first < 2) return first;
  const [term, next] = [terms[first], terms[first + 1]];
  const word = bare(term.text);
  // "Natalka Syvron": two words no dictionary or gazetteer knows are a name too.
  const rest = terms.slice(first + 1, last + 1);
  const isUnknownPair = rest.length === 2 && (isDictionaryWord(word) || term.tags.has("Demonym")) && rest.every((other) => /^[A-Z][a-z]+$/.test(other.text) && !isDictionaryWord(other.text) && !isPlace(other.text));
  // "Winger Lee Sharpe", "Reliever Mark Acre": the tagger knows "Lee" and "Mark" as given names here, the lexicon as words.
  const isGivenName = isFirstName(bare(next.text)) || GIVEN_NAME_TAGS.some((tag) => next.tags.has(tag)) || (next.tags.has("Person") && rest.length === 2);
  if (!isGivenName && !rest.every((other) => other.tags.has("Person")) && !isUnknownPair) return first;
  // "Finn", "Yankee", "Islamist": a people or a creed the gazetteer names.
  const isNationality = term.tags.has("Demonym") || demonymCountry(word) !== undefined || isPeopleWord(word, isPlace) || isPeopleName(word) || /^[A-Z][a-z]+man$/.test(word);
  // A role is a noun for a person: compromise's "Actor" ("Journalist"), or an agent noun the
  // dictionary or WordNet's persons know ("Defender", "Winger", "Reliever"); not "Tip O'Neill", nor
  // "Frank", which WordNet files under persons too.
  const isAgentNoun = (term.tags.has("Actor") || /(?:er|or|ist|ian)$/.test(word)) && (isDictionaryWord(word) || isPersonNoun(word.toLowerCase()));
  const isRole = /^[A-Z][a-z]+$/.test(word) && isAgentNoun && term.tags.has("Noun") && !isPersonTitle(term.normal) && !isPlace(word) && !isFirstName(word) && !GIVEN_NAME_TAGS.some((tag) => term.tags.has(tag));
  return isNationality || isRole ? first + 1 : first;
}

/** After a possessive, the name goes on when the capitalised words after it end in an organisation's head word. */
function possessiveInsideName(terms: Term[], next: number, isWordOfName: (index: number) => boolean): boolean {
  let last = next - 1;
  while (isWordOfName(last + 1) && !POSSESSIVE.test(terms[last + 1].text)) last++;
  // "People's", "Sheriff's": an ordinary noun's possessive, not the owner's name ("Germany's Agriculture Ministry").
  const owner = bare(terms[next - 1].text);
  return last >= next && ORG_HEADS.has(terms[last].normal) && isDictionaryWord(owner) && !lookupPlace(owner) && !ORG_HEADS.has(owner.toLowerCase());
}

/**
 * "Apple CEO Steve Jobs", "the Apple Chief Executive Officer": a title inside a run of capitals
 * ends the name before it; the title and what follows make the next candidate. The title takes the
 * words that qualify it when a place or an organisation stands before them ("New Zealand Finance
 * Minister Tom Parvel", "EU Farm Commissioner Anja Kroll", "House Speaker Tom Parvel").
 */
function innerTitleSplit(text: string, terms: Term[], first: number, last: number): number {
  for (let index = first + 1; index <= last; index++) {
    // "U.N. General Assembly": a title word inside an organisation's name.
    if (!isHeadTitle(terms[index].normal) || ORG_HEADS.has(terms[last].normal)) continue;
    // terms[start, index) qualify the title; terms[first, start) hold it.
    for (let start = index; start > first; start--) {
      if (start < index && !isTitleModifier(terms[start])) break;
      if (isKnownHolder(text, terms.slice(first, start))) return start - 1;
    }
    const before = terms.slice(first, index).filter((term) => term.normal !== "the");
    if (before.length > 0 && !before.some((term) => isPersonTitle(term.normal)) && !ORG_HEADS.has(terms[last].normal)) return index - 1;
  }
  return last;
}

/** A word of a title before its head: a title word ("Foreign", "Deputy"), a nationality or an ordinary word ("Farm", "Finance"). */
function isTitleModifier(term: Term): boolean {
  const word = bare(term.text);
  // "Bosnian Prime Minister": a nationality qualifies a title as an ordinary word does.
  const isNationality = term.tags.has("Demonym") || demonymCountry(word) !== undefined || isAdjectiveOfPlace(word, isPlace);
  return isPersonTitle(term.normal) || isNationality || (/^[A-Z][a-z]/.test(word) && isDictionaryWord(word) && !isFirstName(word) && !isPlace(word));
}

/** Who a title belongs to: a place ("New Zealand"), an organisation ("African National Congress") or an acronym ("EU"). */
function isKnownHolder(text: string, holder: Term[]): boolean {
  const words = holder.filter((term) => term.normal !== "the");
  if (words.length === 0) return false;
  const name = text.slice(words[0].start, words.at(-1)!.end);
  // "Parliament Speaker Tavesh": a lone head word is no organisation's name.
  const isOrganization = words.length > 1 && ORG_HEADS.has(words.at(-1)!.normal);
  return lookupPlace(bare(name)) !== undefined || isOrganization || (words.length === 1 && /^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4})$/.test(name));
}

const ACRONYM_DEFINITION = /^\s*\(((?:[A-Z][A-Za-z]?){2,6}|(?:[A-Z]\.){2,4})\)/;

/** "the World Health Organization (WHO)": the acronym in brackets names the same organisation. */
/**
 * "Kurdistan Workers Party (PKK)": each letter of an acronym opens a word or is a capital of the
 * name, in whatever order the name's own language puts them; "Pete Sampras (U.S.)" gives a
 * nationality, not an acronym.
 */
function isAcronymOf(acronym: string, name: string): boolean {
  const capitals = new Set(name.match(/[A-Z]/g) ?? []);
  return [...acronym.replace(/[^A-Z]/g, "")].every((letter) => capitals.has(letter));
}

function definedAcronym(doc: ParsedDocument, candidate: NameCandidate): NameCandidate | null {
  const match = ACRONYM_DEFINITION.exec(doc.text.slice(candidate.end, candidate.end + 16));
  if (!match || candidate.words.length < 2) return null;
  const start = candidate.end + match[0].indexOf(match[1]);
  const inParentheses = { ...candidate, start, end: start + match[1].length, name: match[1], words: [match[1]], title: null, descriptor: null, isSentenceInitial: false };
  // "(U.S.)" after a player is the player's country, read as any other name.
  if (!isAcronymOf(match[1], candidate.name)) return { ...inParentheses, isTaggedPerson: false, isTaggedPlace: false, isTaggedOrganization: false, isTaggedQualifier: false, verbAfter: undefined };
  candidate.definesAcronym = true;
  return {
    ...inParentheses,
    acronymOf: candidate.name,
    definesAcronym: false,
  };
}

function canStartName(doc: ParsedDocument, index: number, sentence: Sentence, isHeadline: boolean, namesInText: Set<string>): boolean {
  const term = doc.terms[index];
  if (LOWER_PARTICLE_NAME.test(term.text) || opensWithParticle(doc, index, sentence)) return true;
  // "A. Stewart": a capital with its dot before a name is an initial, not the article "A".
  const following = doc.terms[index + 1];
  if (INITIAL_BEFORE_NAME.test(doc.text.slice(term.start, term.end + 3)) && following?.sentence === term.sentence && !FUNCTION_TAGS.some((tag) => following.tags.has(tag))) return true;
  if (!isNameWord(term, isHeadline, namesInText) || isCapitalisedConnective(term)) return false;
  // "D’Souza", "O'Neill": the shape of a surname, whatever the tagger read in its apostrophe.
  if (!isAtSentenceStart(doc, index, sentence) || APOSTROPHE_SURNAME.test(term.text)) return true;
  // A capitalised first word is a name only where something says so, not by its capital.
  const next = index + 1 < sentence.endTerm ? doc.terms[index + 1] : undefined;
  if (term.normal === "the" && next) return isNameWord(next, isHeadline, namesInText);
  const nextIsCapitalised = next !== undefined && /^[A-Z]/.test(next.text);
  return (
    PROPER_TAGS.some((tag) => term.tags.has(tag)) ||
    // "Chancellor Angela Merkel arrived", "Secretary of State Jane Doe arrived": a title opening the sentence before a name
    (isHeadTitle(term.normal) && (nextIsCapitalised || (next?.normal === "of" && /^[A-Z]/.test(doc.terms[index + 2]?.text ?? "")))) ||
    // "Apple CEO Steve Jobs": a name before a title
    (nextIsCapitalised && isHeadTitle(next.normal)) ||
    // "Northern Rail Lines operated…": a compass adjective before a name of two words or more, not
    // before a place or a nationality ("Northern Iraq", "Eastern European markets")
    (COMPASS_ADJECTIVES.has(term.normal) && opensNameOfTwoWords(doc, index, sentence)) ||
    lookupPlace(bare(term.text)) !== undefined ||
    isDateline(doc, index) ||
    (next !== undefined && opensLongerName(doc.text, term, next, isHeadline, namesInText)) ||
    // "Joost de Wever", "Banco de Lisboa": a word no dictionary knows, then a name that opens with a particle
    (!isDictionaryWord(bare(term.text)) && isJoined(doc.text, term, next ?? term) && opensWithParticle(doc, index + 1, sentence)) ||
    (namesInText.has(bare(term.text)) && !term.tags.has("Determiner") && !term.tags.has("Pronoun")) ||
    isUnknownWord(term) ||
    // "AN-NAHAR", "El-Watan": capitalised words hyphened together are one name, even where the
    // first alone would be an article
    isHyphenedToCapital(doc, index)
  );
}

function isHyphenedToCapital(doc: ParsedDocument, index: number): boolean {
  const [term, next] = [doc.terms[index], doc.terms[index + 1]];
  return next !== undefined && next.sentence === term.sentence && doc.text.slice(term.end, next.start) === "-" && /^[A-Z]/.test(next.text);
}

/**
 * "1870 - In France …", "From Gencor's point of view", "FOR Bombay": a preposition or conjunction
 * keeps its capital after a dash or in a heading, and opens no name.
 */
function isCapitalisedConnective(term: Term): boolean {
  // compromise reads "In" before a name as part of it, so the closed class is listed, not tagged.
  return CONNECTIVES.has(term.text.toLowerCase());
}

const CONNECTIVES = new Set(["in", "at", "from", "for", "on", "by", "with", "into", "onto", "under", "after", "before", "since", "during", "despite", "against", "among", "between", "without", "through", "and", "but", "or", "nor", "if", "when", "while", "although", "because", "unless", "until"]);

// Lower-case particles that may open a name written without its given name ("de Marcy", "van der Wiel", "al-Akhbar").
const OPENING_PARTICLES = new Set(["de", "del", "da", "di", "du", "dos", "van", "von", "der", "den", "al", "el", "bin", "ibn", "abu"]);

/** "said de Marcy", "passed van der Wiel": particles, then a capitalised word of the name, all joined. */
function opensWithParticle(doc: ParsedDocument, index: number, sentence: Sentence): boolean {
  let next = index;
  while (next < sentence.endTerm && OPENING_PARTICLES.has(doc.terms[next].text) && isJoined(doc.text, doc.terms[next], doc.terms[next + 1] ?? doc.terms[next])) next++;
  // not "a van Driver": the word after the particle is no ordinary word
  return next > index && next < sentence.endTerm && /^[A-Z][a-z]/.test(doc.terms[next].text) && !isDictionaryWord(bare(doc.terms[next].text));
}

const COMPASS_ADJECTIVES = new Set(["northern", "southern", "eastern", "western"]);

function opensNameOfTwoWords(doc: ParsedDocument, index: number, sentence: Sentence): boolean {
  if (index + 2 >= sentence.endTerm) return false;
  const [next, after] = [doc.terms[index + 1], doc.terms[index + 2]];
  return [next, after].every((word) => /^[A-Z][a-z]/.test(word.text)) && isJoined(doc.text, doc.terms[index], next) && isJoined(doc.text, next, after) && !lookupPlace(bare(next.text)) && !demonymCountry(bare(next.text));
}

/**
 * "Velbrook officials said …", "Tarvenko's lawyers said …": a word no dictionary or lexicon knows,
 * whatever part of speech the tagger guessed for it, is a name even where a sentence opens with it.
 */
function isUnknownWord(term: Term): boolean {
  const word = bare(term.text);
  return /^[A-Z][a-z]+$/.test(word) && !isDictionaryWord(word) && !isCommonWord(word) && !FUNCTION_TAGS.some((tag) => term.tags.has(tag));
}

/**
 * "Apple Computer launched …", "Vadimy Teskovic said …": a noun, or a word no dictionary knows
 * (whatever part of speech the tagger guessed for it), opening a sentence before another word of a name.
 */
function opensLongerName(text: string, term: Term, next: Term, isHeadline: boolean, namesInText: Set<string>): boolean {
  const isUnknownWord = /^[A-Z][a-z]+$/.test(term.text) && !isDictionaryWord(term.text) && !term.tags.has("Pronoun");
  return (
    (isUnknownWord || (term.tags.has("Noun") && !FUNCTION_TAGS.some((tag) => term.tags.has(tag)))) &&
    !isCommonWord(term.text) &&
    isJoined(text, term, next) &&
    /^[A-Z][a-z]/.test(next.text) &&
    isNameWord(next, isHeadline, namesInText)
  );
}

// "KHASAVYURT, Russia 1996-08-31", "BOMBAY, Aug 30": the place a wire story was filed from.
// The date may stand on the next line ("MONTPELIER, Vt.\n2001-05-04").
const DATELINE_AFTER = /^(?:, ?[A-Z][A-Za-z.]{0,20}(?: [A-Z][A-Za-z.]{0,20}){0,3})?,?(?: {1,3}|[ \t]*\r?\n)(?:\d{4}-\d\d-\d\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2})\b/;

/** "OSLO 2001-05-04", "NEW YORK 2001-05-04": the words from `index` to `last` open a dateline. */
function isDateline(doc: ParsedDocument, index: number, last = index): boolean {
  const [term, lastTerm] = [doc.terms[index], doc.terms[last]];
  const lineStart = doc.text.lastIndexOf("\n", term.start - 1) + 1;
  return doc.terms.slice(index, last + 1).every(isWordInCapitals) && /^[A-Z]['’]?[A-Z]{2}/.test(term.text) && doc.text.slice(lineStart, term.start).trim() === "" && DATELINE_AFTER.test(doc.text.slice(lastTerm.end, lastTerm.end + 60));
}

const isWordInCapitals = (term: Term) => /^[A-Z][A-Z'’-]{2,}$/.test(term.text) || /^[A-Z]{2}$/.test(term.text);

/**
 * "FORT LAUDERDALE, Fla. 2001-05-04", "UNITED NATIONS 2001-05-04": the words in capitals that open a
 * dateline name its place together, whatever each means alone; the last term's index, or -1.
 */
function datelinePlaceEnd(doc: ParsedDocument, index: number, sentence: Sentence): number {
  let last = index;
  while (last + 1 < sentence.endTerm && last - index < 3 && isWordInCapitals(doc.terms[last + 1]) && / $/.test(doc.text.slice(doc.terms[last].end, doc.terms[last + 1].start))) last++;
  for (; last >= index; last--) if (isDateline(doc, index, last)) return last;
  return -1;
}

function isNameWord(term: Term, isHeadline: boolean, namesInText: Set<string>): boolean {
  const word = term.text;
  // "I", "I'm", "I'll": the pronoun
  if (!/^[A-Z]/.test(word) || term.normal === "i") return false;
  // "SEC" is no second: a unit of time is written in capitals only as an acronym.
  // "the SEC's goal": an owner is written in capitals the same way.
  if (DATE_TAGS.some((tag) => term.tags.has(tag)) && !(/^[A-Z]{2,}$/.test(bare(word)) && term.tags.has("Duration"))) return false;
  // "USD", "US$7.2": money, not a name
  if (term.tags.has("Currency") || /[$€£¥]/.test(word)) return false;
  if (demonymCountry(bare(word)) !== undefined && !PROPER_TAGS.slice(1).some((tag) => term.tags.has(tag))) return false;
  // In a headline in capitals, a word is a name if it is a place, or a name the article writes in
  // ordinary case ("SHEARER NAMED AS ENGLAND CAPTAIN" … "Alan Shearer").
  if (isHeadline) return lookupPlace(titleCase(bare(word))) !== undefined || term.tags.has("Person") || namesInText.has(titleCase(bare(word)));
  return true;
}

function isJoined(text: string, left: Term, right: Term): boolean {
  const gap = text.slice(left.end, right.start);
  return JOINING_GAP.test(gap) || (ABBREVIATION_GAP.test(gap) && isAbbreviation(left));
}

function isAbbreviation(term: Term): boolean {
  return term.tags.has("Abbreviation") || /^[A-Z]$/.test(term.text) || PERSON_TITLES.has(term.normal) || term.text === "St";
}

function isAtSentenceStart(doc: ParsedDocument, index: number, sentence: Sentence): boolean {
  if (index > 0 && continuesLine(doc, index)) return false;
  if (index === sentence.firstTerm) return true;
  const gap = doc.text.slice(doc.terms[index - 1].end, doc.terms[index].start);
  return /[\n:"“‘(–—]/.test(gap);
}

/**
 * "… Greg Norman, Phil\nMickelson (U.S.) …", "… at The\nOval …": a line broken after a comma or a
 * capitalised word, with no full stop, goes on with the same sentence; its first word has no
 * sentence-initial capital.
 */
function continuesLine(doc: ParsedDocument, index: number): boolean {
  const before = doc.terms[index - 1];
  const gap = doc.text.slice(before.end, doc.terms[index].start);
  return LINE_BREAK_INSIDE_SENTENCE.test(gap) && (gap.startsWith(",") || /^[A-Z][a-z]/.test(before.text));
}

function buildCandidate(doc: ParsedDocument, first: number, end: number, sentence: Sentence, possessiveNames: Set<string>): NameCandidate | null {
  const { terms, text } = doc;
  let nameFirst = first;
  if (terms[first].normal === "the" && !isCapitalTheOfVenue(doc, first, sentence)) nameFirst++;
  const titleEnd = titlePrefixEnd(terms, nameFirst, end);
  const titleTerms = terms.slice(nameFirst, titleEnd);
  const nameTerms = terms.slice(titleEnd, end);
  if (nameTerms.length === 0) return null;
  const lastTerm = nameTerms[nameTerms.length - 1];
  // "U.S.-led", "Iraq-based": the name is the part before the hyphen, the rest an adjective made of it.
  const tail = possessiveNames.has(lastTerm.text) ? null : (POSSESSIVE.exec(lastTerm.text) ?? ADJECTIVE_TAIL.exec(lastTerm.text));
  let nameEnd = lastTerm.end - (tail?.[0].length ?? 0);
  // "Norvia Corp. said": the abbreviation's dot is the name's; at the end of a line it is the sentence's full stop.
  const isAtLineEnd = LINE_END.test(text.slice(nameEnd + 1, nameEnd + 2));
  if (text[nameEnd] === "." && isAbbreviation(lastTerm) && !lastTerm.text.endsWith(".") && !isAtLineEnd) nameEnd++;
  // "… in the U.S.\n": the mention leaves the full stop to the sentence; the name keeps it for look-ups.
  const endsLine = text[nameEnd - 1] === "." && lastTerm.text.endsWith(".") && nameEnd - 1 > lastTerm.start + 1 && LINE_END.test(text.slice(nameEnd, nameEnd + 1));
  const nameStart = nameTerms[0].start;
  // "Mr. Putin" keeps its title; "Foreign Minister Sergei Lavrov" is the person "Sergei Lavrov".
  let start = titleTerms.length > 0 && titleTerms.every((term) => isAddressTitle(term.normal)) ? titleTerms[0].start : nameStart;
  let end_ = endsLine ? nameEnd - 1 : nameEnd;
  let descriptor: string | null = null;
  const following = terms[end];
  const name = text.slice(nameStart, nameEnd);
  if (following && following.sentence === sentence.index && isJoined(text, lastTerm, following)) {
    if (ORG_DESCRIPTOR_HEADS.has(following.text) || (GEO_FEATURE_HEADS.has(following.text) && isPlaceAdjective(name))) {
      descriptor = following.text;
      end_ = following.end;
      // "the Crimean peninsula" is a description, and its article belongs to it.
      const article = nameFirst > first ? terms[first] : terms[first - 1];
      if (article?.normal === "the" && GEO_FEATURE_HEADS.has(following.text)) start = article.start;
    }
  }
  // "O’Neill" and "O'Neill" are one word, whichever apostrophe the writer typed.
  const nameWords = nameTerms.map((term) => bare(term.text).replace(ADJECTIVE_TAIL, "").replace(/’/g, "'"));
  if (!descriptor && isNationality(nameWords)) return null;
  // "Crimean peninsula" names the place; "group" in "Islamic State group" only describes it.
  const placeName = descriptor && GEO_FEATURE_HEADS.has(descriptor) ? text.slice(nameStart, end_) : name;
  const verbAfter = nextVerb(terms, descriptor ? end + 1 : end, sentence);
  return {
    start,
    end: end_,
    name: placeName,
    words: nameWords,
    title: titleTerms.length > 0 ? text.slice(titleTerms[0].start, nameStart).trim() : null,
    descriptor,
    isSentenceInitial: isAtSentenceStart(doc, first, sentence),
    isTaggedPerson: nameTerms.every((term) => term.tags.has("Person")),
    isTaggedPlace: nameTerms.some((term) => term.tags.has("Place")),
    isTaggedOrganization: nameTerms.some((term) => term.tags.has("Organization")),
    isTaggedQualifier: nameTerms.length === 1 && isQualifier(nameTerms[0]),
    before: terms[first - 1]?.sentence === sentence.index ? terms[first - 1] : undefined,
    after: following?.sentence === sentence.index ? following : undefined,
    isDateline: isDateline(doc, titleEnd, end - 1),
    isFollowedClosely: following !== undefined && JOINING_GAP.test(text.slice(lastTerm.end, following.start)),
    isPrecededClosely: first > 0 && JOINING_GAP.test(text.slice(terms[first - 1].end, terms[first].start)),
    verbAfter,
  };
}

/**
 * "at The Oval", "at The Hague": after "at", a capital "The" inside a sentence is the first word of
 * the place's name, as its owners write it.
 */
function isCapitalTheOfVenue(doc: ParsedDocument, index: number, sentence: Sentence): boolean {
  return doc.terms[index].text === "The" && doc.terms[index - 1]?.normal === "at" && !isAtSentenceStart(doc, index, sentence);
}

/** Leading title words, kept only when they hold a head title and leave a name after them. */
function titlePrefixEnd(terms: Term[], first: number, end: number): number {
  // "Foreign Minister", "Farm Commissioner": words that qualify a title, up to its last head word.
  let index = first;
  while (index < end - 1 && isTitleModifier(terms[index])) index++;
  // "Chief Executive Daniel Orvek" ends its title on a title word; "Chairman Tom Parvel" keeps "Parvel".
  while (index > first && !isPersonTitle(terms[index - 1].normal)) index--;
  if (!terms.slice(first, index).some((term) => isHeadTitle(term.normal))) return first;
  // "General Motors" is a company, not General Motors the officer.
  if (ORG_HEADS.has(terms[end - 1].normal)) return first;
  // "Secretary of State Jane Doe", "Minister of Foreign Affairs Ali Alatas", "Secretary for Near
  // Eastern Affairs …": the office named after "of" or "for" is part of the title, up to the first
  // word that is no ordinary word or is a given name.
  if (terms[index].normal === "of" || terms[index].normal === "for") {
    let officeEnd = index + 1;
    while (officeEnd < end && isOfficeWord(terms[officeEnd])) officeEnd++;
    // "Secretary of State said": a title with no name after it names no one.
    if (officeEnd > index + 1) return officeEnd;
    // "Speaker of Parliament": no office is named, and "of …" opens no name.
    return first;
  }
  return index;
}

function isOfficeWord(term: Term): boolean {
  const word = bare(term.text);
  // "Asian" in "Secretary for Asian Affairs": a nationality qualifies an office too.
  return /^[A-Z]/.test(word) && !isFirstName(word) && (isDictionaryWord(word) || isPersonTitle(word) || term.tags.has("Demonym"));
}

function nextVerb(terms: Term[], index: number, sentence: Sentence): string | undefined {
  let term = terms[index];
  if (term?.sentence !== sentence.index) return undefined;
  if (term.tags.has("Auxiliary") || term.tags.has("Modal") || term.normal === "has" || term.normal === "have") {
    term = terms[index + 1];
    if (term?.sentence !== sentence.index) return undefined;
  }
  return term.normal;
}

// compromise also guesses "Adjective" for unknown names ("Zhirinovsky", "Gujral"): an adjective is
// believed only for an ordinary word or the "-ic" of "Olympic", "Islamic", written in lower case.
function isQualifier(term: Term): boolean {
  if (term.tags.has("Demonym")) return true;
  const word = bare(term.text);
  return term.tags.has("Adjective") && !PROPER_TAGS.some((tag) => term.tags.has(tag)) && /[a-z]/.test(word) && (isDictionaryWord(word) || /ic$/.test(word));
}

/** "South African", "Sri Lankans", "Bosnian Serbs": a people or a nationality of several words, no name. */
function isNationality(words: string[]): boolean {
  const isPeople = (word: string) => demonymCountry(word) !== undefined || isPeopleWord(word, isPlace) || isAdjectiveOfPlace(word.replace(/s$/, ""), isPlace);
  return words.length > 1 && (demonymCountry(words.join(" ")) !== undefined || words.every(isPeople));
}

// "Bosnia" → "Bosnian", "Tibet" → "Tibetan", "Nepal" → "Nepali", "Taiwan" → "Taiwanese", "Yugoslavia" → "Yugoslav".
const PLACE_ADJECTIVE_ENDINGS: Array<[string, string]> = [["n", ""], ["an", ""], ["i", ""], ["ese", ""], ["", "ia"]];

/** A word made of a place's name and the ending of a nationality. */
function isAdjectiveOfPlace(word: string, isPlace: (name: string) => boolean): boolean {
  return /^[A-Z][a-z]{3,}$/.test(word) && PLACE_ADJECTIVE_ENDINGS.some(([ending, restored]) => word.endsWith(ending) && isPlace(word.slice(0, word.length - ending.length) + restored));
}

function isPlaceAdjective(name: string): boolean {
  return /^[A-Z][a-z]+(an|ian|ese|ish|ic|i)$/.test(name);
}

function isAllCaps(sentence: string): boolean {
  const letters = sentence.replace(/[^A-Za-z]/g, "");
  return letters.length >= 12 && letters.replace(/[^A-Z]/g, "").length / letters.length > 0.8;
}

export function bare(word: string): string {
  return word.replace(POSSESSIVE, "");
}
