import type { Actor, Quote, Span } from "../types.js";

const PERSON_PRONOUNS = new Set(["he", "she"]);
const GROUP_PRONOUNS = new Set(["it", "they"]);
const AGE = /^\d{1,3}-year-old$/;
// Roles only a person holds: a description with one of these heads refers to a person.
const PERSON_ROLES = new Set([
  "man", "woman", "minister", "president", "senator", "governor", "mayor", "spokesman", "spokeswoman",
  "spokesperson", "official", "candidate", "lawyer", "attorney", "chairman", "chairwoman", "leader",
  "actor", "actress", "singer", "officer", "father", "mother", "businessman", "businesswoman", "nominee",
]);

/**
 * Links each quote's speaker mention to an actor: the actor named there, or for a pronoun or a
 * description ("the minister") the nearest earlier actor that fits. A speaker is never invented:
 * a mention that fits no actor keeps its own words, and no mention means no speaker.
 */
export function attachSpeakers(quotes: Quote[], actors: Actor[]): Quote[] {
  const mentions = actors
    .flatMap((actor) => actor.mentions.map((mention) => ({ actor, mention })))
    .sort((a, b) => a.mention.start - b.mention.start);
  return quotes.map((quote) => {
    const spoken = quote.speakerMention;
    if (!spoken) return quote;
    const actor = namedActor(spoken, mentions) ?? antecedent(spoken, mentions);
    return { ...quote, speaker: actor?.name ?? spoken.text, actorId: actor?.id ?? null };
  });
}

interface ActorMention {
  actor: Actor;
  mention: Span;
}

function namedActor(spoken: Span, mentions: ActorMention[]): Actor | undefined {
  return mentions.find(({ mention }) => mention.start < spoken.end && spoken.start < mention.end)?.actor;
}

function antecedent(spoken: Span, mentions: ActorMention[]): Actor | undefined {
  const words = spoken.text.toLowerCase().split(/\s+/);
  const head = words[words.length - 1];
  const fits = (actor: Actor): boolean => {
    if (words.length === 1 && PERSON_PRONOUNS.has(head)) return actor.type === "person";
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
