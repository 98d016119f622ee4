import nlp from "compromise";
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
 * Links each quote's speaker mention to an actor: the actor the mention names, or for a pronoun or a
 * description ("the minister") the nearest earlier actor that fits. A speaker is never invented:
 * a mention that fits no actor keeps its own words, and no mention means no speaker (null, never "").
 */
export function attachSpeakers(quotes: Quote[], actors: Actor[]): Quote[] {
  const mentions = actors
    .flatMap((actor) => actor.mentions.map((mention) => ({ actor, mention })))
    .sort((a, b) => a.mention.start - b.mention.start);
  const genders = new Map(actors.map((actor) => [actor, genderOf(actor)]));
  return quotes.map((quote) => {
    const spoken = quote.speakerMention;
    if (!spoken?.text.trim()) return { ...quote, speaker: null, speakerMention: null, actorId: null };
    const actor = namedActor(spoken, mentions) ?? antecedent(spoken, mentions, genders) ?? appositiveName(spoken, mentions);
    return { ...quote, speaker: actor?.name ?? spoken.text, actorId: actor?.id ?? null };
  });
}

interface ActorMention {
  actor: Actor;
  mention: Span;
}

/**
 * The actor the mention is about: its head, the name it ends with ("Tulsa police Chief Chuck
 * Jordan"). A name that only qualifies the head ("Kovacs's lawyer", "the mother of Anna Kovacs")
 * belongs to someone else.
 */
function namedActor(spoken: Span, mentions: ActorMention[]): Actor | undefined {
  return mentions.find(({ mention }) => {
    if (mention.start < spoken.start || mention.end > spoken.end || mention.start >= spoken.end) return false;
    const before = spoken.text.slice(0, mention.start - spoken.start);
    const after = spoken.text.slice(mention.end - spoken.start);
    return /^\.?$/.test(after) && !DEPENDENT_NAME.test(before);
  })?.actor;
}

/** "Kovacs's lawyer, Tom Bell, denied …": the description's own name, right after it. */
function appositiveName(spoken: Span, mentions: ActorMention[]): Actor | undefined {
  return mentions.find(({ actor, mention }) => actor.type === "person" && mention.start > spoken.end && mention.start - spoken.end <= MAX_APPOSITIVE_GAP)?.actor;
}

function antecedent(spoken: Span, mentions: ActorMention[], genders: Map<Actor, Gender>): Actor | undefined {
  const words = spoken.text.toLowerCase().split(/\s+/);
  const head = words[words.length - 1];
  const fits = (actor: Actor): boolean => {
    if (words.length === 1 && PERSON_PRONOUNS.has(head)) {
      // "she" is never a man's: a known gender that differs rules the actor out.
      const gender = genders.get(actor);
      return actor.type === "person" && (gender === null || gender === PERSON_PRONOUNS.get(head));
    }
    if (words.length === 1 && GROUP_PRONOUNS.has(head)) return actor.type !== "person";
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
    const tagged = nlp(given);
    if (tagged.has("#MaleName")) return "male";
    if (tagged.has("#FemaleName")) return "female";
  }
  return null;
}
