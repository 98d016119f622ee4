import type { ParsedDocument } from "../../document.js";
import type { Actor, Location } from "../../types.js";
import { classifyName, type ClassifiedName } from "./classify.js";
import { shortNamesOfCompanies } from "./companies.js";
import { findNameCandidates } from "./find.js";
import { guessesByListedNames } from "./lists.js";
import { mergeActors, mergeLocations } from "./merge.js";
import { placesNamingPeople } from "./people.js";
import { guessesBySameName } from "./same-name.js";
import { shortRegionsAfterTowns } from "./states.js";
import { placesAsTeams } from "./teams.js";

export function extractEntities(doc: ParsedDocument): { actors: Actor[]; locations: Location[] } {
  const classified = findNameCandidates(doc)
    .map(classifyName)
    .filter((name): name is ClassifiedName => name !== null);
  // Teams first: "Lincoln City" is a club before "Lincoln" can be a person.
  const settled = placesNamingPeople(doc.text, shortNamesOfCompanies(doc.text, placesAsTeams(doc.text, classified)));
  // Lists before same names: "Senator Calloway and Brennick" makes Brennick a person wherever else he is named alone.
  const names = guessesBySameName(guessesByListedNames(doc.text, shortRegionsAfterTowns(doc.text, settled)));
  return { actors: mergeActors(doc.text, names), locations: mergeLocations(doc.text, names) };
}
