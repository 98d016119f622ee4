import { isFirstName, spanOf } from "../../document.js";
import type { Actor, Location, Span } from "../../types.js";
import { lookupPlace } from "../../gazetteer.js";
import type { ClassifiedName } from "./classify.js";
import { ORG_FIRST_WORDS, ordinaryCase, titleCase } from "./words.js";

interface Group {
  key: string;
  names: ClassifiedName[];
}

/** One actor per real-world entity: "Vladimir Putin", "Putin" and "Mr. Putin" are one person. */
export function mergeActors(text: string, names: ClassifiedName[]): Actor[] {
  // Family names come last in "Vladimir Putin" and first in "Wang Donghai".
  const surnames = new Set(
    names.filter((name) => name.kind === "person" && name.words.length > 1).flatMap((name) => [name.words[0], name.words.at(-1)]),
  );
  const organizationsNamed = names.filter((name) => name.kind === "organization");
  const organizationNames = new Set(organizationsNamed.map((name) => name.name));
  // "Apple" for "Apple Computer", "Boeing" for "Boeing Co": the distinctive first word of a longer
  // name, unless two names share it ("Apple Corps" and "Apple Computer").
  const shortNames = new Map<string, string>();
  const sharedFirstWords = new Set<string>();
  for (const name of organizationsNamed) {
    const [first] = name.words;
    if (name.words.length < 2 || ORG_FIRST_WORDS.has(first.toLowerCase()) || lookupPlace(first)) continue;
    if (shortNames.has(first) && shortNames.get(first) !== name.name) sharedFirstWords.add(first);
    shortNames.set(first, name.name);
  }
  for (const word of sharedFirstWords) shortNames.delete(word);
  const headNames = headsOfNamesAfterHomes(organizationsNamed);
  // A one-word name that is the last name of a person named in full elsewhere ("Putin"); a place
  // that is also a surname was settled by placesNamingPeople.
  const isSurname = (name: ClassifiedName) => name.words.length === 1 && name.kind !== "location" && surnames.has(ordinaryCase(name.words[0]));
  // A lone word that repeats an organisation's one-word name ("Kremlin … Kremlin").
  const isOrganizationName = (name: ClassifiedName) => name.kind === "unknown" && (organizationNames.has(name.name) || shortNames.has(name.name) || headNames.has(name.name));
  const people = groupPeople(names.filter((name) => name.kind === "person" || isSurname(name)));
  const organizations = groupOrganizations(
    names.filter((name) => (name.kind === "organization" || isOrganizationName(name)) && !isSurname(name)),
    new Map([...headNames, ...shortNames]),
  );
  const actors = [
    ...people.map((group) => toActor(text, group, "person")),
    ...organizations.map((group) => toActor(text, group, "organization")),
  ];
  actors.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  return actors.map((actor, index) => ({ ...actor, id: `a${index + 1}` }));
}

export function mergeLocations(text: string, names: ClassifiedName[]): Location[] {
  const groups = new Map<string, ClassifiedName[]>();
  for (const name of names) {
    if (name.kind !== "location") continue;
    const key = name.place?.key ?? name.name.toLowerCase();
    const members = groups.get(key);
    if (members) members.push(name);
    else groups.set(key, [name]);
  }
  return [...groups.values()].map((members, index) => {
    const mentions = mentionsOf(text, members);
    const place = members[0].place;
    const name = placeName(preferredName(members.map((member) => member.name)));
    const location: Location = {
      id: `l${index + 1}`,
      name,
      type: members[0].descriptor ? "region" : (place?.type ?? "place"),
      aliases: aliasesOf(mentions, name),
      mentions,
      rule: members[0].rule,
    };
    if (place) location.countryCode = place.countryCode;
    return location;
  });
}

/**
 * "the Dodgers" after "Los Angeles Dodgers", "United" after "Manchester United": the last word of an
 * organisation named after its home town (or after a person, "Ken Hill" for "Hill") stands for it.
 * Not after a country ("U.S. Names", "Czech Republic"), whose last word is an ordinary word.
 */
function headsOfNamesAfterHomes(organizations: ClassifiedName[]): Map<string, string> {
  const heads = new Map<string, string>();
  const shared = new Set<string>();
  for (const name of organizations) {
    const home = name.words.slice(0, -1);
    const head = name.words.at(-1)!;
    const place = lookupPlace(home.join(" "));
    const isAfterHome = (place !== undefined && place.type !== "country") || (home.length > 0 && home.every(isFirstName));
    if (name.words.length > 3 || home.length === 0 || !isAfterHome) continue;
    if (heads.has(head) && heads.get(head) !== name.name) shared.add(head);
    heads.set(head, name.name);
  }
  for (const head of shared) heads.delete(head);
  return heads;
}

function groupPeople(names: ClassifiedName[]): Group[] {
  const groups: Group[] = [];
  const byName = new Map<string, Group>();
  const byLastWord = new Map<string, Group>();
  const byFirstWord = new Map<string, Group>();
  // Longest first, so that "Dr Lewis-Jones" finds "Huw Lewis-Jones", whose last words it is.
  const fullNames = names.filter((candidate) => candidate.words.length > 1).sort((a, b) => b.words.length - a.words.length);
  for (const name of fullNames) {
    const key = name.words.join(" ");
    let group = byName.get(key) ?? longerNameEndingWith(groups, name.words);
    if (!group) {
      group = { key, names: [] };
      byName.set(key, group);
      groups.push(group);
      // The first full name that ends (or starts) with a word owns that word.
      if (!byLastWord.has(name.words.at(-1)!)) byLastWord.set(name.words.at(-1)!, group);
      if (!byFirstWord.has(name.words[0])) byFirstWord.set(name.words[0], group);
    }
    group.names.push(name);
  }
  for (const name of names.filter((candidate) => candidate.words.length === 1)) {
    const word = ordinaryCase(name.words[0]);
    const owner = byLastWord.get(word) ?? byFirstWord.get(word) ?? byName.get(word);
    if (owner) owner.names.push(name);
    else {
      const group = { key: word, names: [name] };
      byName.set(word, group);
      groups.push(group);
    }
  }
  return groups;
}


/** The one person named in full whose name ends with these words ("Huw Lewis-Jones" for "Lewis-Jones"). */
function longerNameEndingWith(groups: Group[], words: string[]): Group | undefined {
  const tail = " " + words.join(" ");
  const owners = groups.filter((group) => group.key.endsWith(tail));
  return owners.length === 1 ? owners[0] : undefined;
}

function groupOrganizations(names: ClassifiedName[], shortNames: ReadonlyMap<string, string>): Group[] {
  const groups = new Map<string, Group>();
  for (const name of names) {
    const key = (shortNames.get(name.name) ?? name.name).toLowerCase();
    const group = groups.get(key) ?? { key, names: [] };
    group.names.push(name);
    groups.set(key, group);
  }
  // "IS" joins "Islamic State" where the text defines it so, or where its letters are the initials.
  for (const [key, group] of groups) {
    const acronym = group.names[0].name.replace(/\./g, "");
    if (!/^[A-Z]{2,6}$/.test(acronym)) continue;
    const definedFor = group.names.find((name) => name.acronymOf)?.acronymOf?.toLowerCase();
    const expansion = [...groups.values()].find(
      (other) => other !== group && (other.key === definedFor || initialsOf(other.names[0].words) === acronym),
    );
    if (expansion) {
      expansion.names.push(...group.names);
      groups.delete(key);
    }
  }
  return [...groups.values()];
}

function initialsOf(words: string[]): string {
  return words.filter((word) => /^[A-Z]/.test(word)).map((word) => word[0]).join("");
}

function toActor(text: string, group: Group, type: "person" | "organization"): Actor {
  const names = group.names;
  const mentions = mentionsOf(text, names);
  const name =
    type === "person"
      ? names.map((member) => member.name).reduce((a, b) => (b.length > a.length ? b : a))
      : preferredName(names.filter((member) => member.words.length > 1 || names.every((m) => m.words.length === 1)).map((member) => member.name));
  const actor: Actor = { id: "", name, type, aliases: aliasesOf(mentions, name), mentions, rule: names[0].rule };
  const title = names.find((member) => member.title)?.title;
  if (title) actor.title = title;
  return actor;
}

function mentionsOf(text: string, names: ClassifiedName[]): Span[] {
  return names.map((name) => spanOf(text, name.start, name.end)).sort((a, b) => a.start - b.start);
}

function aliasesOf(mentions: Span[], name: string): string[] {
  return [...new Set(mentions.map((mention) => mention.text))].filter((alias) => alias !== name);
}

/**
 * The name an entity is shown by: its most frequent form, the longest of equals; a form in ordinary
 * case before one in capitals ("Goma" before a dateline's "GOMA").
 */
function preferredName(forms: string[]): string {
  const counts = new Map<string, number>();
  for (const form of forms) counts.set(form, (counts.get(form) ?? 0) + 1);
  const isShouted = (form: string) => SHOUTED.test(form);
  return [...counts.entries()].sort((a, b) => Number(isShouted(a[0])) - Number(isShouted(b[0])) || b[1] - a[1] || b[0].length - a[0].length)[0][0];
}

// A name of four letters or more in capitals: a dateline's or a headline's, not an acronym ("UK").
const SHOUTED = /^[A-Z][A-Z .'-]{3,}$/;

/** "MADRID" in a dateline is shown as the gazetteer writes the place, "Madrid". */
function placeName(name: string): string {
  if (!SHOUTED.test(name)) return name;
  const ordinary = titleCase(name);
  return lookupPlace(ordinary) ? ordinary : name;
}
