import type { CasualtyKind, Qualifier } from "../../types.js";

/** Passive or adjectival forms after the count: "224 people were killed", "3 dead". */
export const OUTCOME_WORDS: Record<CasualtyKind, string[]> = {
  killed: [
    "killed", "shot dead", "shot and killed", "stabbed to death", "beaten to death", "burned to death",
    "murdered", "slain", "dead", "died", "confirmed dead", "lost their lives", "perished", "executed",
    "fatally shot", "fatally wounded", "shot, killed", "dies", "has died", "found dead", "pronounced dead",
    "fatally struck", "struck and killed", "fatally stabbed", "later died", "succumbed", "shot & killed", "shot and later died",
    "shot to death", "gunned down", "pronounced deceased", "fatally injured", "drowned", "frozen to death",
    "crushed to death", "blew himself up", "blew herself up", "blew themselves up",
    // deaths told without a word of killing
    "passed away", "collapsed and died",
  ],
  injured: [
    "injured", "wounded", "hurt", "hospitalized", "hospitalised", "shot and wounded", "shot and injured", "stabbed",
    // "a man was shot": a shooting victim who is not said to have died; see SHOT_NOT_FATAL
    "shot",
    "treated for injuries", "seriously injured", "critically injured", "grazed", "grazed by a bullet",
    // as "shot", said of the dead as of the living
    "struck", "struck by gunfire", "struck by a bullet", "struck by a stray bullet", "hit by gunfire",
    "hit by a bullet", "hit by a stray bullet",
  ],
  missing: ["missing", "unaccounted for"],
  arrested: ["arrested", "detained", "taken into custody", "apprehended", "jailed", "in custody"],
  kidnapped: ["kidnapped", "abducted", "taken hostage", "held hostage"],
  displaced: [
    "displaced", "evacuated", "left homeless", "homeless", "forced to flee", "fled their homes", "forced from their homes",
    "fled the fighting", "fled the violence",
  ],
};

/**
 * "Taken to a local hospital", "rushed to Upstate University Hospital", "treated at an area hospital",
 * "taken to hospital with serious injuries": an outcome of the injured,
 * too varied for a word list. Lower case, as the patterns read the text.
 */
export const TO_HOSPITAL =
  "(?:(?:taken|transported|rushed|driven|flown|airlifted|brought|sent)\\s+(?:\\w+\\s+){0,2}?to|(?:treated|admitted)\\s+(?:\\w+\\s+){0,2}?(?:at|to|in))\\s+(?:(?:a|an|the|area|local|nearby|two|three|several)\\s+)?(?:[\\w'’.-]+\\s+){0,3}?[Hh]ospitals?(?:\\s+with\\s+(?:[\\w'’-]+\\s+){0,3}?(?:injuries|wounds))?";

/** Active verbs before the count: "killing 224 people", "arrested two Russian nationals". */
export const ACTION_WORDS: Record<CasualtyKind, string[]> = {
  killed: [
    "killing", "killed", "kills", "kill", "claimed the lives of", "claiming the lives of", "shot and killed",
    "fatally shot", "fatally shooting", "fatally stabbed", "murdered", "murdering", "shot dead", "took the lives of",
    "taking the lives of",
    "shot to death", "gunned down",
  ],
  injured: [
    // not "hurt": "it hurt one candidate" is news of politics far more often than of harm
    "injuring", "injured", "injures", "injure", "wound", "wounding", "wounded", "wounds", "shot and wounded",
    "shot and injured", "shoots and wounds", "shooting and wounding", "stabbed", "stabbing",
  ],
  missing: [],
  arrested: ["arrested", "arresting", "arrests", "detained", "detaining", "detains", "rounded up"],
  kidnapped: ["kidnapped", "kidnapping", "abducted", "abducting", "seized"],
  displaced: ["displaced", "displacing", "evacuated", "evacuating", "forced out"],
};

/** One person, named by what they are: "a 20-year-old man was shot", "killing his sister". */
export const PERSON_NOUNS = [
  "man", "woman", "boy", "girl", "child", "teen", "teenager", "toddler", "baby", "infant", "person",
  "officer", "deputy", "trooper", "policeman", "policewoman", "driver", "student", "resident",
  "victim", "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister", "friend",
  "neighbor", "neighbour", "cousin", "uncle", "aunt", "grandmother", "grandfather", "girlfriend",
  "boyfriend", "suspect", "gunman", "clerk", "employee", "worker", "customer", "pedestrian",
  "passenger", "guard", "soldier", "teacher", "pastor", "cabbie", "shopkeeper", "security guard",
  "bystander", "youth", "male", "female", "teenage boy", "teenage girl", "journalist", "civilian",
  "juvenile", "ex-wife", "ex-husband", "ex-girlfriend", "ex-boyfriend", "fiancee", "fiance", "citizen",
  "homeowner", "robber", "motorist", "cyclist", "inmate", "patient", "roommate", "stepfather", "stepson",
  "pilot", "co-pilot", "copilot", "occupant", "skier", "hiker", "climber", "firefighter", "peacekeeper", "tourist",
  "worshipper", "hostage", "farmer", "villager", "miner", "fisherman", "swimmer", "militant", "attacker", "crew member", "member",
  "official", "minister", "leader", "priest", "imam", "activist", "inspector", "commander", "fighter", "rebel", "militiaman",
  "paramilitary", "serviceman",
  // who carried out an attack, often killed in it: "the assailant was shot dead by police"
  "assailant", "perpetrator", "shooter", "hijacker", "knifeman",
  // aboard an aircraft or a ship: "killing the captain", "the flight engineer died"
  "captain", "engineer", "navigator", "flight attendant", "steward", "stewardess", "crewman", "observer", "sailor",
];

/** Nouns that count the harmed: "no injuries were reported", "2 deaths", "40 lives". */
export const COUNT_NOUNS: Record<string, CasualtyKind> = {
  deaths: "killed", death: "killed", fatalities: "killed", fatality: "killed", dead: "killed", lives: "killed",
  bodies: "killed", injuries: "injured", injury: "injured", arrests: "arrested",
  hostages: "kidnapped",
};

export const QUALIFIERS: Record<string, Qualifier> = {
  "at least": "at least", "no fewer than": "at least", "more than": "more than", over: "more than",
  "upwards of": "more than", "up to": "up to", "as many as": "up to", "at most": "up to",
  nearly: "nearly", almost: "nearly", "close to": "nearly", about: "about", around: "about",
  some: "about", approximately: "about", roughly: "about", "an estimated": "about", "fewer than": "fewer than",
  "less than": "fewer than", "under": "fewer than", past: "more than", topped: "more than", passed: "more than",
  exceeded: "more than", surpassed: "more than",
};

/** After a count these are not victims: "killed 2 days ago", "12 percent". */
export const NON_VICTIM_WORDS = [
  "days", "day", "years", "year", "hours", "hour", "minutes", "weeks", "months", "times", "percent",
  "per", "miles", "km", "kilometres", "kilometers", "metres", "meters", "feet", "points", "goals",
  "runs", "votes", "seats", "dollars", "euros", "pounds", "cents", "am", "pm", "a.m.", "p.m.", "of",
  // "killing one another"
  "another",
];

/**
 * Things, not people, that news says were shot, killed, struck or hit: "a scene was shot in
 * Morocco", "a bill was killed in committee", "a deal was struck", "one bullet struck", "a dog was
 * shot". A victims phrase that holds one of these and no person names no casualty.
 */
export const NOT_PEOPLE = new Set([
  "film", "films", "movie", "movies", "scene", "scenes", "video", "videos", "footage", "photo", "photos",
  "picture", "pictures", "episode", "episodes", "series", "show", "shows", "commercial", "advert",
  "bill", "bills", "measure", "measures", "proposal", "proposals", "plan", "plans", "idea", "ideas",
  "deal", "deals", "agreement", "agreements", "project", "projects", "motion", "motions", "amendment",
  "amendments", "legislation", "law", "laws", "balance", "chord", "tone", "note", "compromise", "bargain",
  "blow", "nerve", "ball", "goal", "bid", "effort", "attempt", "story", "stories", "penalty", "penalties",
  "bullet", "bullets", "slug", "slugs", "round", "rounds", "shot", "shots", "car", "cars", "vehicle",
  "vehicles", "truck", "trucks", "bus", "house", "houses", "home", "homes", "building", "buildings",
  "window", "windows", "wall", "door", "tree", "trees", "plane", "planes", "drone", "drones", "missile",
  "missiles", "rocket", "rockets", "target", "targets", "tire", "tires", "tyre", "tyres",
  "dog", "dogs", "puppy", "cat", "cats", "deer", "bear", "bears", "horse", "horses", "cow", "cows",
  "bird", "birds", "animal", "animals", "wolf", "wolves", "lion", "elephant", "elephants", "pig", "pigs", "sheep",
  "goat", "goats", "cattle", "chicken", "chickens", "poultry", "livestock", "fish", "whale", "whales", "dolphin", "dolphins",
  "shark", "sharks", "seal", "seals", "camel", "camels", "monkey", "monkeys", "rat", "rats", "mice", "hens",
  // "Two bombs killed 44": what did the killing, not who died
  "bomb", "bombs", "blast", "blasts", "explosion", "explosions", "attack", "attacks", "grenade", "grenades", "storm", "storms",
  "tornado", "tornadoes", "avalanche", "avalanches", "fire", "fires", "earthquake", "earthquakes", "quake", "quakes", "floods",
  // "seized two assault rifles"
  "gun", "guns", "handgun", "handguns", "rifle", "rifles", "pistol", "pistols", "weapon", "weapons",
  "drugs", "cash", "money", "vessel", "vessels", "ship", "ships", "boat", "boats",
]);

/** "Couple says man found dead on their porch was a burglar": a verb of saying ends its subject; what follows is what was said. */
export const SAYING_VERBS = ["says", "say", "said", "claims", "claim", "claimed", "tells", "told"];

/** Words that end a victims phrase: "two Russian nationals in this connection". */
export const PHRASE_STOPS = [
  "were", "was", "are", "is", "have", "had", "has", "been", "in", "on", "at", "and", "or", "after",
  "during", "near", "this", "that", "the", "by", "with", "from", "for", "when", "while", "as", "to",
  "who", "which", "he", "she", "they", "it", "we", "before", "since", "until", "because",
  // "dozens still missing": an adverb before the outcome is no victim
  "still", "now", "also", "reportedly", "later",
  ...SAYING_VERBS,
];

/** Nouns in the sentence that place a figure in another, earlier event. */
export const BACKGROUND_CUES = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|many|several|some) (?:years|decades) ago\b|\b(?:previous|prior|earlier|last|similar|former) (?:attacks?|incidents?|shootings?|bombings?|years?|months?|disasters?|crash(?:es)?|clash(?:es)?)\b|\bsince (?:19|20)\d\d\b|\b(?:so far|earlier) this (?:year|month)\b|\bthis year alone\b|\bsince (?:January|the start of the year|the beginning of the year)\b/i;
