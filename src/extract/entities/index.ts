import type { ParsedDocument } from "../../document.js";
import type { Actor, Location } from "../../types.js";
import { classifyName, type ClassifiedName } from "./classify.js";
import { findNameCandidates } from "./find.js";
import { mergeActors, mergeLocations } from "./merge.js";
import { placesAsTeams } from "./teams.js";

export function extractEntities(doc: ParsedDocument): { actors: Actor[]; locations: Location[] } {
  const names = placesAsTeams(
    doc.text,
    findNameCandidates(doc)
      .map(classifyName)
      .filter((name): name is ClassifiedName => name !== null),
  );
  return { actors: mergeActors(doc.text, names), locations: mergeLocations(doc.text, names) };
}
