import type { ClassifiedName } from "./classify.js";
import { TEAM_NOUNS, TEAM_PRECEDERS, TEAM_VERBS, titleCase } from "./words.js";

// "Preston 1 Lincoln 2", "Kent 128-1 (M. Walker 59)", "Durham 326.": a score after the name, not
// a year ("London 2012") nor a count of something ("Paris 3 times").
const SCORE_AFTER = /^ \d{1,3}(?:-\d{1,2})?(?=\s*$|\s*[.,;(]|\s+[A-Z]|\s+v\b)/m;

/** A place name doing what teams do: "Leicestershire beat Somerset", "Surrey captain Chris Lewis". */
function actsAsTeam(text: string, name: ClassifiedName): boolean {
  return (
    SCORE_AFTER.test(text.slice(name.end, name.end + 24)) ||
    (name.verbAfter !== undefined && TEAM_VERBS.has(name.verbAfter)) ||
    (name.after !== undefined && TEAM_NOUNS.has(name.after.normal)) ||
    (name.before !== undefined && TEAM_PRECEDERS.has(name.before.normal))
  );
}

const isTeamCandidate = (name: ClassifiedName) => name.kind === "location" && name.place !== undefined && name.place.type !== "country";
// "Essex, Derbyshire and Surrey": names listed together are of one kind.
const LIST_GAP = /^\s*(?:,|and|,\s*and|&)\s*$/;

/**
 * A county or city named as a team once is the team throughout the article ("Essex reached 372 …
 * Essex need another 148"), and so are the places listed with it. Countries stay countries: a
 * national side is written as its country.
 */
export function placesAsTeams(text: string, names: ClassifiedName[]): ClassifiedName[] {
  const teams = new Set(names.filter((name) => isTeamCandidate(name) && actsAsTeam(text, name)).map((name) => titleCase(name.name)));
  if (teams.size === 0) return names;
  const places = names.filter(isTeamCandidate).sort((a, b) => a.start - b.start);
  for (let grew = true; grew; ) {
    grew = false;
    for (let index = 1; index < places.length; index++) {
      const [first, second] = [places[index - 1], places[index]];
      if (!LIST_GAP.test(text.slice(first.end, second.start))) continue;
      const [a, b] = [titleCase(first.name), titleCase(second.name)];
      if (teams.has(a) !== teams.has(b)) {
        teams.add(a).add(b);
        grew = true;
      }
    }
  }
  return names.map((name) =>
    isTeamCandidate(name) && teams.has(titleCase(name.name)) ? { ...name, kind: "organization", place: undefined, rule: "team" } : name,
  );
}
