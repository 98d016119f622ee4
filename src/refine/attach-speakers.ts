import { nlp, sentenceAt, termIndexAt, type ParsedDocument } from "../document.js";
import { RELAY_VERBS } from "../extract/quotes/words.js";
import type { Actor, Quote, Span } from "../types.js";

const PERSON_PRONOUNS = new Map([["he", "male"], ["she", "female"]]);
const GROUP_PRONOUNS = new Set(["it", "they"]);
const AGE = /^\d{1,3}-year-old$/;
// Roles only a person holds: a description with one of these heads refers to a person.
const PERSON_ROLES = new Set([
  "man", "woman", "minister", "president", "senator", "governor", "mayor", "spokesman", "spokeswoman",
  "spokesperson", "official", "candidate", "lawyer", "attorney", "chairman", "chairwoman", "leader",
  "actor", "actress", "singer", "officer", "father", "mother", "businessman", "businesswoman", "nominee",
]);
const MALE_TITLES = /^(?:mr|sir|lord|king|prince|father|brother)\.?$/i;
const FEMALE_TITLES = /^(?:mrs|ms|miss|dame|lady|queen|princess|sister|madam)\.?$/i;
// "The mother of Anna Kovacs", "a spokesman for Kovacs": a name after one of these is not the speaker.
const DEPENDENT_NAME = /\b(?:of|for|to|at|with|from|by|about|against)\s+$/i;
// "Kovacs's lawyer, Tom Bell": the name in an appositive stands a comma and a space after the description.
const MAX_APPOSITIVE_GAP = 2;

type Gender = "male" | "female" | null;

/**
 * Links each quote's speaker mention to an actor: the actor the mention names, for a pronoun the
 * nearest earlier subject or speaker that fits (`pronounAntecedent`), for a description ("the
 * minister") the nearest earlier actor that fits. A speaker is never invented: a mention that fits
 * no actor keeps its own words, and no mention means no speaker (null, never "").
 */
export function attachSpeakers(quotes: Quote[], actors: Actor[], doc: ParsedDocument): Quote[] {
  const quoted = quotes.filter((quote) => quote.kind === "direct").flatMap((quote) => quote.parts ?? [quote]);
  // A name inside a quotation is the quoted speaker's word, never an antecedent of the narration.
  const mentions = actors
    .flatMap((actor) => actor.mentions.map((mention) => ({ actor, mention })))
    .filter(({ mention }) => !quoted.some((span) => span.start <= mention.start && mention.end <= span.end))
    .sort((a, b) => a.mention.start - b.mention.start);
  const genders = new Map(actors.map((actor) => [actor, genderOf(actor)]));
  const speakers: ActorMention[] = [];
  return quotes.map((quote) => {
    const spoken = quote.speakerMention;
    if (!spoken?.text.trim()) return { ...quote, speaker: null, speakerMention: null, actorId: null };
    const actor =
      namedActor(spoken, mentions) ??
      pronounAntecedent(doc, spoken, mentions, speakers, genders) ??
      antecedent(spoken, mentions) ??
      appositiveName(spoken, mentions);
    if (actor) speakers.push({ actor, mention: spoken });
    return { ...quote, speaker: actor?.name ?? spoken.text, actorId: actor?.id ?? null };
  });
}

interface ActorMention {
  actor: Actor;
  mention: Span;
}

/**
 * "“…,” she said": the sentences before the pronoun are read nearest first (its own sentence, up to
 * the pronoun, first of all). In each, a source another relays ("BBC quotes the Kremlin. It said")
 * comes first, then the subject, then the speakers of earlier quotes, then any other mention,
 * nearest first. The first that fits the pronoun's gender and
 * number is the speaker; when none fits the pronoun stays unresolved.
 */
function pronounAntecedent(
  doc: ParsedDocument,
  spoken: Span,
  mentions: ActorMention[],
  speakers: ActorMention[],
  genders: Map<Actor, Gender>,
): Actor | undefined {
  const pronoun = spoken.text.toLowerCase();
  const gender = PERSON_PRONOUNS.get(pronoun);
  if (!gender && !GROUP_PRONOUNS.has(pronoun)) return undefined;
  const fits = (actor: Actor): boolean => {
    // "they" and "it" speak for a group; "she" is never a man's: a known gender that differs rules the actor out.
    if (!gender) return actor.type !== "person";
    const known = genders.get(actor) ?? null;
    return actor.type === "person" && (known === null || known === gender);
  };
  const own = sentenceAt(doc, spoken.start);
  if (!own) return undefined;
  for (let index = own.index; index >= Math.max(0, own.index - MAX_ANTECEDENT_SENTENCES); index--) {
    const sentence = doc.sentences[index];
    const isBefore = ({ mention }: ActorMention) => sentence.start <= mention.start && mention.end <= Math.min(sentence.end, spoken.start);
    const inSentence = mentions.filter(isBefore);
    const relayed = inSentence.filter(({ mention }) => RELAY_VERBS.has(doc.terms[termIndexAt(doc, mention.start) - 1]?.normal ?? ""));
    const subject = inSentence.find(({ mention }) => isSubject(doc, sentence.firstTerm, mention));
    const ranked = [...relayed, ...(subject ? [subject] : []), ...speakers.filter(isBefore).reverse(), ...inSentence.reverse()];
    const found = ranked.find(({ actor }) => fits(actor));
    if (found) return found.actor;
  }
  return undefined;
}

// A pronoun looks back over its own sentence and this many before it; further back it names no one.
const MAX_ANTECEDENT_SENTENCES = 4;

/** "Ruth Okafor, who …, called him": the mention stands before the sentence's first verb, not after a preposition. */
function isSubject(doc: ParsedDocument, firstTerm: number, mention: Span): boolean {
  const at = termIndexAt(doc, mention.start);
  const terms = doc.terms.slice(firstTerm, at);
  return !terms.some((term) => term.tags.has("Verb")) && !terms.at(-1)?.tags.has("Preposition");
}

// " of Lyon", " from the Harbour Union": where the person named before it belongs.
const AFFILIATION = /^,? (?:of|from|at) (?:the )?\p{Lu}[^,;]*$/u;

/**
 * The actor the mention is about: its head, the name it ends with ("Tulsa police Chief Chuck
 * Jordan"). A name that only qualifies the head ("Kovacs's lawyer", "the mother of Anna Kovacs")
 * belongs to someone else. An affiliation after the name ("Mayor Ana Ruiz of Lyon") is not its head.
 */
function namedActor(spoken: Span, mentions: ActorMention[]): Actor | undefined {
  return mentions.find(({ mention }) => {
    if (mention.start < spoken.start || mention.end > spoken.end || mention.start >= spoken.end) return false;
    const before = spoken.text.slice(0, mention.start - spoken.start);
    const after = spoken.text.slice(mention.end - spoken.start);
    return (/^\.?$/.test(after) || AFFILIATION.test(after)) && !DEPENDENT_NAME.test(before);
  })?.actor;
}

/** "Kovacs's lawyer, Tom Bell, denied …": the description's own name, right after it. */
function appositiveName(spoken: Span, mentions: ActorMention[]): Actor | undefined {
  return mentions.find(({ actor, mention }) => actor.type === "person" && mention.start > spoken.end && mention.start - spoken.end <= MAX_APPOSITIVE_GAP)?.actor;
}

/** "the minister", "the agency", "the 45-year-old": the nearest earlier actor the description fits. */
function antecedent(spoken: Span, mentions: ActorMention[]): Actor | undefined {
  const words = spoken.text.toLowerCase().split(/\s+/);
  const head = words[words.length - 1];
  const fits = (actor: Actor): boolean => {
    // "the minister" fits an actor titled minister; "the agency" one whose name holds the word;
    // "the 45-year-old" or "the senator" any person.
    if (/^the\b/.test(words[0]) && words.length <= 3) {
      if (actor.title?.toLowerCase().includes(head) || actor.name.toLowerCase().split(/\s+/).includes(head)) return true;
      return actor.type === "person" && (AGE.test(head) || PERSON_ROLES.has(head));
    }
    return false;
  };
  for (let index = mentions.length - 1; index >= 0; index--) {
    const { actor, mention } = mentions[index];
    if (mention.end <= spoken.start && fits(actor)) return actor;
  }
  return undefined;
}

/** A person's gender when the text gives it: an honorific ("Mrs", "Sir") or a given name ("Ruth"). */
function genderOf(actor: Actor): Gender {
  if (actor.type !== "person") return null;
  const title = actor.title?.split(/\s+/)[0] ?? "";
  if (MALE_TITLES.test(title)) return "male";
  if (FEMALE_TITLES.test(title)) return "female";
  const names = [actor.name, ...actor.aliases].filter((name) => /\s/.test(name)).map((name) => name.split(/\s+/)[0]);
  for (const given of names) {
    const tagged = nlp()(given);
    if (tagged.has("#MaleName")) return "male";
    if (tagged.has("#FemaleName")) return "female";
  }
  return null;
}
