import { lookupPlace } from "../../gazetteer.js";
import type { ClassifiedName } from "./classify.js";
import { isCorporateSuffix } from "./words.js";

// "N.J.", "Ala.", "Calif.": a state or province shortened, as news writes it after a town.
const SHORT_REGION = /^(?:(?:[A-Z]\.){2,3}|[A-Z][a-z]{1,4}\.)/;

/**
 * "Akron, Ohio" names its state in full, which the gazetteer knows; "Newark, N.J." and
 * "Tulsa, Okla." shorten it. After a name and a comma, a short capitalised word with its full stop is
 * that state, unless it is a company's suffix ("Acme Holdings, Inc.") or follows a person ("John
 * Smith, Jr."). A word the gazetteer knows ("Everton, Leeds.") is left to the rules for places.
 */
export function shortRegionsAfterTowns(text: string, names: ClassifiedName[]): ClassifiedName[] {
  const byEnd = new Map(names.map((name) => [name.end, name]));
  const isShortRegion = (name: ClassifiedName) => {
    const town = byEnd.get(name.start - 2) ?? byEnd.get(name.start - 1);
    return (
      town !== undefined &&
      town.kind !== "person" &&
      /^,\s?$/.test(text.slice(town.end, name.start)) &&
      SHORT_REGION.test(text.slice(name.start, name.end + 1)) &&
      !lookupPlace(name.name) &&
      !isCorporateSuffix(name.name)
    );
  };
  return names.map((name) => (name.kind !== "location" && isShortRegion(name) ? { ...name, kind: "location", place: undefined, rule: "short-region" } : name));
}
