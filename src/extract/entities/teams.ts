import type { ClassifiedName } from "./classify.js";
import { hasPlaceEvidence } from "./people.js";
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

// Words of sport: an article using several of them reports games, where towns are clubs.
const SPORT_WORDS = new Set([
  "match", "matches", "league", "season", "champions", "championship", "tournament", "scored", "scorer",
  "scorers", "goal", "goals", "goalless", "striker", "midfielder", "defender", "goalkeeper", "coach",
  "squad", "draw", "drew", "innings", "wicket", "wickets", "inning", "pitcher", "homer", "homered",
  "touchdown", "quarterback", "semifinal", "semi-final", "quarter-final", "quarterfinal", "halftime",
  "half-time", "equaliser", "equalizer", "relegation", "batsman", "bowler", "bowled", "batting", "bowling",
  "teammate", "team-mate", "referee", "penalty", "unbeaten", "seeded", "soccer", "cricket", "baseball",
  "rugby", "hockey", "basketball", "tennis", "golf", "stadium",
]);
const MIN_SPORT_WORDS = 3;

function isAboutSport(text: string): boolean {
  const words = new Set(text.toLowerCase().match(/[a-z]+(?:-[a-z]+)*/g) ?? []);
  return [...words].filter((word) => SPORT_WORDS.has(word)).length >= MIN_SPORT_WORDS;
}

// "Essex, Derbyshire and Surrey": names listed together are of one kind.
const LIST_GAP = /^\s*(?:,|and|,\s*and|&)\s*$/;

/** Places named doing what teams do, with the places listed beside them: "Essex and Kent" after "Essex reached 372". */
function namesActingAsTeams(text: string, names: ClassifiedName[]): Set<string> {
  const teams = new Set(names.filter((name) => isTeamCandidate(name) && actsAsTeam(text, name)).map((name) => titleCase(name.name)));
  const places = names.filter(isTeamCandidate).sort((a, b) => a.start - b.start);
  for (let grew = teams.size > 0; grew; ) {
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
  return teams;
}

/**
 * A county or city named as a team once is the team throughout the article ("Essex reached 372 …
 * Essex need another 148"); in an article about sport, so is every town named with nothing that
 * makes it a place ("Pavel Dunst (Swansea)", "Parma now face Como"). "In Parma" and a
 * dateline's "PARMA" stay the town. Countries stay countries: a national side is written as its
 * country.
 */
export function placesAsTeams(text: string, names: ClassifiedName[]): ClassifiedName[] {
  const isSport = isAboutSport(text);
  const isPlayersClub = clubsOfPlayers(text, names);
  const teams = namesActingAsTeams(text, names);
  // "Fort Dalby": in sport, a name that only sounds like a place is a club as well.
  const isSportCandidate = (name: ClassifiedName) => isTeamCandidate(name) || (name.kind === "location" && name.rule === "tagged-place");
  const isTeam = (name: ClassifiedName) =>
    ((isSport ? isSportCandidate(name) : isTeamCandidate(name) && teams.has(titleCase(name.name))) && !hasPlaceEvidence(text, name)) ||
    (isSport && isPlayersClub(name));
  return names.map((name) => (isTeam(name) ? { ...name, kind: "organization", place: undefined, rule: "team" } : name));
}

/**
 * "Ivo Marek (Sparta)", "Ana Ruiz (Grasshoppers)": in an article about sport, a name alone in
 * brackets after a player's is the player's club, whatever the tagger made of it. A country there
 * is the player's nation ("Ana Ruiz (Sweden)").
 */
function clubsOfPlayers(text: string, names: ClassifiedName[]): (name: ClassifiedName) => boolean {
  const byEnd = new Map(names.map((name) => [name.end, name]));
  return (name) => {
    const player = byEnd.get(name.start - 2);
    return (
      name.kind !== "organization" &&
      name.place?.type !== "country" &&
      player?.kind === "person" &&
      player.words.length > 1 &&
      text.slice(player.end, name.start) === " (" &&
      text[name.end] === ")"
    );
  };
}
