import type { ClassifiedName, NameKind } from "./classify.js";
import { ordinaryCase } from "./words.js";

// Rules that guess a kind for want of evidence, or from one neighbouring word, which is too weak to
// speak for other mentions: companies "say" and people work "at" them ("Airbus said", "at Apple").
export const GUESSES = new Set(["default", "initial-word", "speaker", "locative", "employer"]);

/**
 * A name means one thing throughout an article: "Grozny" guessed an organisation in "Rebels said
 * Grozny was quiet" is the place its dateline "GROZNY, Russia" makes it. A guess takes the
 * kind the evidence gives the same name most often; a guess with no such evidence stays as it is.
 * Weak evidence is a guess too: "Interfax said" reads a person until "the Interfax news agency".
 */
export function guessesBySameName(names: ClassifiedName[]): ClassifiedName[] {
  const votes = new Map<string, Map<NameKind, number>>();
  for (const name of names) {
    if (GUESSES.has(name.rule) || name.kind === "unknown") continue;
    const key = ordinaryCase(name.name);
    const kinds = votes.get(key) ?? new Map<NameKind, number>();
    kinds.set(name.kind, (kinds.get(name.kind) ?? 0) + 1);
    votes.set(key, kinds);
  }
  return names.map((name) => {
    const kinds = GUESSES.has(name.rule) ? votes.get(ordinaryCase(name.name)) : undefined;
    if (!kinds) return name;
    const [kind] = [...kinds.entries()].sort((a, b) => b[1] - a[1])[0];
    return kind === name.kind ? name : { ...name, kind, rule: "same-name" };
  });
}
