import { spanOf } from "../../document.js";
import type { Actor, Location, Span } from "../../types.js";
import type { ClassifiedName } from "./classify.js";

interface Group {
  key: string;
  names: ClassifiedName[];
}

/** One actor per real-world entity: "Vladimir Putin", "Putin" and "Mr. Putin" are one person. */
export function mergeActors(text: string, names: ClassifiedName[]): Actor[] {
  const people = groupPeople(names.filter((name) => name.kind === "person" || isSurnameOfPerson(name, names)));
  const organizations = groupOrganizations(
    names.filter((name) => (name.kind === "organization" || isNameOfOrganization(name, names)) && !isSurnameOfPerson(name, names)),
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
    groups.set(key, [...(groups.get(key) ?? []), name]);
  }
  return [...groups.values()].map((members, index) => {
    const mentions = mentionsOf(text, members);
    const place = members[0].place;
    const location: Location = {
      id: `l${index + 1}`,
      name: preferredName(members.map((member) => member.name)),
      type: members[0].descriptor ? "region" : (place?.type ?? "place"),
      aliases: aliasesOf(mentions, preferredName(members.map((member) => member.name))),
      mentions,
      rule: members[0].rule,
    };
    if (place) location.countryCode = place.countryCode;
    return location;
  });
}

/** A one-word name that is the last or first name of a person named in full elsewhere ("Putin"). */
function isSurnameOfPerson(name: ClassifiedName, all: ClassifiedName[]): boolean {
  if (name.words.length !== 1 || name.kind === "location" && name.place?.type === "country") return false;
  return all.some((other) => other.kind === "person" && other.words.length > 1 && other.words.at(-1) === name.words[0]);
}

/** A lone word that repeats an organisation's one-word name ("Kremlin … Kremlin"). */
function isNameOfOrganization(name: ClassifiedName, all: ClassifiedName[]): boolean {
  return name.kind === "unknown" && all.some((other) => other.kind === "organization" && other.name === name.name);
}

function groupPeople(names: ClassifiedName[]): Group[] {
  const full = names.filter((name) => name.words.length > 1);
  const groups: Group[] = [];
  const byFullName = new Map<string, Group>();
  for (const name of full) {
    const key = name.words.join(" ");
    let group = byFullName.get(key);
    if (!group) {
      group = { key, names: [] };
      byFullName.set(key, group);
      groups.push(group);
    }
    group.names.push(name);
  }
  for (const name of names) {
    if (name.words.length > 1) continue;
    const word = name.words[0];
    // The first full name that ends (or starts) with the word, in order of appearance.
    const owner =
      groups.find((group) => group.names[0].words.at(-1) === word) ??
      groups.find((group) => group.names[0].words[0] === word);
    if (owner) owner.names.push(name);
    else {
      const group = { key: word, names: [name] };
      byFullName.set(word, group);
      groups.push(group);
    }
  }
  return groups;
}

function groupOrganizations(names: ClassifiedName[]): Group[] {
  const groups = new Map<string, Group>();
  for (const name of names) {
    const key = name.name.toLowerCase();
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

/** The form written most often; the longer one on a tie. */
function preferredName(forms: string[]): string {
  const counts = new Map<string, number>();
  for (const form of forms) counts.set(form, (counts.get(form) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0][0];
}
