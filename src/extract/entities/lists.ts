import type { ClassifiedName, NameKind } from "./classify.js";
import { GUESSES } from "./same-name.js";

// The gap between two items of a list: "Calloway and Brennick", "Lisbon, Porto or Quarvetto",
// "Ana Ruiz (Chile), Lee Moss"; a bracketed note may follow an item.
const LIST_GAP = /^(?:\s*\([^()\n]{1,40}\))?(?:\s*,\s*(?<commaAnd>(?:and|or)\s+)?|\s+(?<conjunction>and|or|&)\s+)/;

/**
 * Names listed together are of one kind: a name guessed for want of evidence takes the kind most
 * of the others in its list have ("Senator Calloway and Brennick", "at Lisbon and Quarvetto"). A list
 * is three names or more, or two joined by "and" or "or": "In Lisbon, Brennick shares fell" is no
 * list. A name only shaped like a person's ("Zorvan Kelteq", maybe a firm) is too weak a guess to
 * speak for the others.
 */
export function guessesByListedNames(text: string, names: ClassifiedName[]): ClassifiedName[] {
  const byStart = new Map(names.map((name) => [name.start, name]));
  const lists: ClassifiedName[][] = [];
  const listOf = new Map<ClassifiedName, ClassifiedName[]>();
  const hasConjunction = new Set<ClassifiedName[]>();
  for (const name of [...names].sort((a, b) => a.start - b.start)) {
    const list = listOf.get(name) ?? [name];
    if (!listOf.has(name)) lists.push(list);
    listOf.set(name, list);
    const gap = LIST_GAP.exec(text.slice(name.end, name.end + 60));
    const next = gap ? byStart.get(name.end + gap[0].length) : undefined;
    if (!gap || !next || listOf.has(next)) continue;
    list.push(next);
    listOf.set(next, list);
    if (gap.groups?.commaAnd || gap.groups?.conjunction) hasConjunction.add(list);
  }
  const kindOfList = new Map<ClassifiedName[], NameKind>();
  for (const list of lists) {
    if (list.length < 3 && !hasConjunction.has(list)) continue;
    const kind = mostCommonKind(list.filter((name) => !GUESSES.has(name.rule) && name.rule !== "name-shape" && name.kind !== "unknown"));
    if (kind) kindOfList.set(list, kind);
  }
  return names.map((name) => {
    const kind = name.rule === "default" ? kindOfList.get(listOf.get(name)!) : undefined;
    return kind && kind !== name.kind ? { ...name, kind, rule: "listed-with" } : name;
  });
}

/** The kind most of the names have; none when two kinds tie or no name has evidence. */
function mostCommonKind(names: ClassifiedName[]): NameKind | undefined {
  const counts = new Map<NameKind, number>();
  for (const name of names) counts.set(name.kind, (counts.get(name.kind) ?? 0) + 1);
  const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return first && (!second || first[1] > second[1]) ? first[0] : undefined;
}
