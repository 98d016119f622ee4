import { sentenceAround } from "../text.js";
import type { Actor, Report } from "../types.js";
import { missingFrom, type Article, type Claim, type CompareOptions, type ComparisonRow } from "./types.js";

/** "Mr. Sand", "the interior minister" → "sand", "interior minister". */
const HONORIFIC = /^(?:the|mr|mrs|ms|miss|dr|sir|dame)\.? /;
const normalName = (name: string) => name.toLowerCase().replace(/\s+/g, " ").trim().replace(HONORIFIC, "");

/**
 * Who is who across articles. Actors are one when one's name is a name the other is written by
 * ("Mira Sand" = "Sand"), or a one-word person name is another person's family name ("Macron" and
 * "Emmanuel Macron"); two full names that share only a family name stay apart ("Mira Sand", "Karl
 * Sand"). A title stands for its holder only when one actor in all the articles has it ("the
 * interior minister" when Mira Sand is the only one).
 */
export class Actors {
  private readonly parent = new Map<string, string>();
  private readonly byName = new Map<string, Set<string>>();
  private readonly byTitle = new Map<string, Set<string>>();
  private readonly labels = new Map<string, string>();

  constructor(articles: Article[]) {
    const all = articles.flatMap(({ name, report }) => report.actors.map((actor) => ({ id: Actors.idOf(name, actor), actor })));
    for (const { id, actor } of all) {
      this.parent.set(id, id);
      this.labels.set(id, actor.name);
    }
    for (const { id, actor } of all) {
      for (const other of all) {
        if (other.id !== id && Actors.isSame(actor, other.actor)) this.union(id, other.id);
      }
    }
    for (const { id, actor } of all) {
      for (const name of [actor.name, ...actor.aliases]) Actors.index(this.byName, normalName(name), this.find(id));
      if (actor.title) Actors.index(this.byTitle, normalName(actor.title), this.find(id));
    }
  }

  private static index(map: Map<string, Set<string>>, key: string, group: string): void {
    map.set(key, (map.get(key) ?? new Set()).add(group));
  }

  private static idOf(article: string, actor: Actor): string {
    return `${article}\u0000${actor.id}`;
  }

  private static isSame(a: Actor, b: Actor): boolean {
    const namesOf = (actor: Actor) => new Set([actor.name, ...actor.aliases].map(normalName));
    if (namesOf(b).has(normalName(a.name)) || namesOf(a).has(normalName(b.name))) return true;
    if (a.type !== "person" || b.type !== "person") return false;
    const [left, right] = [normalName(a.name).split(" "), normalName(b.name).split(" ")];
    return (left.length === 1 || right.length === 1) && left.at(-1) === right.at(-1);
  }

  private find(id: string): string {
    let root = id;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    return root;
  }

  private union(a: string, b: string): void {
    const [rootA, rootB] = [this.find(a), this.find(b)];
    if (rootA === rootB) return;
    // The longest name labels the group: "Mira Sand" over "Sand".
    const [keep, drop] = this.labels.get(rootA)!.length >= this.labels.get(rootB)!.length ? [rootA, rootB] : [rootB, rootA];
    this.parent.set(drop, keep);
  }

  /** The group an actor of an article belongs to. */
  of(article: string, actor: Actor): string {
    return this.find(Actors.idOf(article, actor));
  }

  /**
   * The group of the actor a speaker is: its actor's, or the one actor it is a name or a title of. Null for a speaker no actor is ("officials", "a spokesperson"): too vague to be told apart
   * from another.
   */
  ofSpeaker(article: string, report: Report, actorId: string | null, speaker: string | null): string | null {
    const actor = actorId ? report.actors.find((candidate) => candidate.id === actorId) : undefined;
    if (actor) return this.of(article, actor);
    if (!speaker) return null;
    // A name or title two actors share ("Sand" for Mira and Karl Sand) says neither.
    const holders = this.byName.get(normalName(speaker)) ?? this.byTitle.get(normalName(speaker));
    return holders?.size === 1 ? [...holders][0] : null;
  }

  label(group: string): string {
    return this.labels.get(group) ?? group;
  }
}

interface Presence {
  key: string;
  label: string;
  at: { start: number; end: number };
}

/**
 * Actors and places by presence: one row for each that every article names, and, unless `all` is
 * asked for, one row per article for what only it names (a list, not a row each: they are noise
 * beside a conflict).
 */
export function comparePresence(articles: Article[], field: "actors" | "locations", actors: Actors, options: CompareOptions): ComparisonRow[] {
  const listOf = (name: string, report: Report): Presence[] =>
    field === "actors"
      ? report.actors.map((actor) => ({ key: actors.of(name, actor), label: actor.name, at: actor.mentions[0] }))
      : report.locations.map((location) => ({ key: `${location.countryCode ?? ""}:${location.name.toLowerCase()}`, label: location.name, at: location.mentions[0] }));
  const byKey = new Map<string, Claim[]>();
  for (const { name, report } of articles) {
    for (const item of listOf(name, report)) {
      const claims = byKey.get(item.key) ?? [];
      if (claims.some((claim) => claim.article === name)) continue;
      claims.push({ article: name, value: item.label, evidence: report.text ? sentenceAround(report.text, item.at) : null });
      byKey.set(item.key, claims);
    }
  }
  const rows: ComparisonRow[] = [];
  const onlyIn = new Map<string, string[]>();
  for (const claims of byKey.values()) {
    const subject = claims.reduce((longest, claim) => (claim.value.length > longest.length ? claim.value : longest), "");
    if (claims.length === articles.length) rows.push({ field, subject, verdict: "agree", claims });
    else if (options.all) rows.push({ field, subject, verdict: "only-some", claims, note: `not in ${missingFrom(articles, claims).join(", ")}` });
    else for (const claim of claims) onlyIn.set(claim.article, [...(onlyIn.get(claim.article) ?? []), claim.value]);
  }
  for (const { name } of articles) {
    const names = onlyIn.get(name);
    if (names) rows.push({ field, subject: `only some (${names.length})`, verdict: "only-some", claims: [{ article: name, value: names.join(", "), evidence: null }], note: "--all lists each" });
  }
  return rows;
}
