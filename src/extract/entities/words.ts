/** Titles and honorifics that precede a person's name ("President Vladimir Putin", "Sen. Warren"). */
export const PERSON_TITLES = new Set([
  "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
  "president", "vice", "prime", "minister", "chancellor", "premier", "secretary", "senator", "sen",
  "representative", "rep", "congressman", "congresswoman", "governor", "gov", "mayor", "judge",
  "justice", "king", "queen", "prince", "princess", "pope", "emperor", "sheikh", "ayatollah",
  "general", "gen", "colonel", "col", "lieutenant", "lt", "major", "maj", "captain", "capt",
  "sergeant", "sgt", "admiral", "adm", "commander", "cmdr", "officer", "detective", "det",
  "chief", "inspector", "constable", "superintendent", "rev", "reverend", "father", "bishop",
  "archbishop", "cardinal", "rabbi", "imam", "coach", "ambassador", "envoy", "attorney",
  "spokesman", "spokeswoman", "spokesperson", "director", "chairman", "chairwoman", "ceo",
  "deputy", "foreign", "defence", "defense", "interior", "finance", "first", "executive",
  "commissioner", "speaker",
]);

/**
 * Titles a person is addressed by, written as part of the name ("Mr. Putin", "President Putin",
 * "King Hussein"). Other titles name an office ("Foreign Minister", "Secretary of State", "Vice
 * President") and stay out of the mention, as newswire annotation leaves them out.
 */
export const ADDRESS_TITLES = new Set([
  "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "president", "king", "queen",
  "prince", "princess", "pope", "emperor", "sheikh",
]);

/** Title words that name a role by themselves; the rest ("foreign", "vice") only qualify one. */
export const HEAD_TITLES = new Set([
  "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
  "president", "minister", "chancellor", "premier", "secretary", "senator", "sen",
  "representative", "rep", "congressman", "congresswoman", "governor", "gov", "mayor", "judge",
  "justice", "king", "queen", "prince", "princess", "pope", "emperor", "sheikh", "ayatollah",
  "general", "gen", "colonel", "col", "lieutenant", "lt", "major", "maj", "captain", "capt",
  "sergeant", "sgt", "admiral", "adm", "commander", "cmdr", "officer", "detective", "det",
  "inspector", "constable", "superintendent", "rev", "reverend", "father", "bishop",
  "archbishop", "cardinal", "rabbi", "imam", "coach", "ambassador", "envoy", "attorney",
  "spokesman", "spokeswoman", "spokesperson", "director", "chairman", "chairwoman", "ceo", "chief",
  "commissioner", "speaker",
]);

/** Last words that make a name a company's ("Apple Inc.", "Dravik AG", "Velkonen Oy"). */
export const CORPORATE_SUFFIXES = new Set(["inc", "corp", "corporation", "co", "ltd", "llc", "plc", "ag", "sa", "nv", "bv", "gmbh", "spa", "ab", "oy", "oyj", "asa", "bhd", "holdings"]);
/** "Ltd.", "GmbH", "Inc": a word that ends a company's name, with or without its full stop. */
export const isCorporateSuffix = (word: string) => CORPORATE_SUFFIXES.has(word.toLowerCase().replace(/\.$/, ""));

/** Lower-case nouns for organisations, set before a name ("the weekly Orvalo Nuevo", "carrier Skyvia"). */
export const ORGANIZATION_NOUNS = new Set([
  "newspaper", "daily", "weekly", "tabloid", "magazine", "agency", "broadcaster", "network", "channel",
  "company", "firm", "group", "maker", "manufacturer", "producer", "carrier", "airline", "retailer",
  "broker", "brokers", "brokerage", "bank", "insurer", "lender", "operator", "conglomerate", "club",
]);

/** Last words that make a name an organisation ("Defence Ministry", "Sky News", "Apple Inc."). */
export const ORG_HEADS = new Set([...CORPORATE_SUFFIXES,
  "ministry", "department", "party", "agency", "group", "university", "college", "school", "council", "army", "navy", "police",
  "committee", "commission", "bank", "news", "times", "post", "journal", "herald", "tribune",
  "telegraph", "guardian", "gazette", "association", "union", "court", "office", "force", "forces",
  "institute", "company", "airlines", "airways", "federation", "foundation", "organization",
  "organisation", "service", "services", "bureau", "club", "church", "league", "senate",
  "congress", "parliament", "assembly", "government", "administration", "authority", "fund",
  "network", "television", "tv", "radio", "press", "agency", "brigade", "brigades", "front",
  "movement", "alliance", "coalition", "board", "cabinet", "kremlin", "house", "center",
  "centre", "hospital", "motors", "industries", "holdings", "partners", "systems", "technologies",
  "international", "fc", "united", "city", "rovers", "trust", "society", "guard", "corps",
  "command", "directorate", "secretariat", "magazine", "broadcasting", "channel", "media",
  "reuters", "exchange", "newsroom", "desk", "newsdesk", "editorial",
]);

/**
 * Last words of events, contests, laws and market indices, which are neither actors nor places
 * ("World Cup", "Gulf War", "Dow Jones Industrial Average").
 */
export const EVENT_HEADS = new Set([
  "cup", "open", "championship", "championships", "games", "olympics", "prix", "final", "finals",
  "tournament", "war", "revolution", "rising", "uprising", "treaty", "protocol", "act", "accord",
  "accords", "march", "festival", "marathon", "series", "bowl", "derby", "trophy", "classic",
  "conference", "summit", "show", "expo", "convention", "program", "programme", "average", "index",
  "slam", "slams", "prize", "prizes", "rally", "stakes", "award", "awards", "medal", "olympiad", "tour",
]);

/** First words that make a name an organisation ("Ministry of Defence", "University of Oxford"). */
export const ORG_FIRST_WORDS = new Set([
  "ministry", "department", "university", "bank", "office", "council", "federation", "bureau",
  "house", "church", "board", "court", "institute", "national", "federal", "royal", "united", "radio",
  "television",
]);

/** Lower-case heads that end a name as a descriptor ("the Islamic State group"). */
export const ORG_DESCRIPTOR_HEADS = new Set(["group", "militia", "network", "organization", "organisation"]);

/** Geographic nouns after a place adjective ("the Crimean peninsula", "the Korean border"). */
export const GEO_FEATURE_HEADS = new Set([
  "peninsula", "coast", "region", "valley", "desert", "gulf", "sea", "strait", "border", "island",
  "islands", "mountains", "highlands", "delta", "basin", "plateau",
]);

/** Lower-case words allowed inside a name between capitalised words ("Bank of England"). */
export const NAME_CONNECTORS = new Set(["of", "for", "de", "del", "da", "di", "du", "la", "le", "van", "von", "der", "al", "bin", "ibn", "el"]);

/** Speech and action verbs that follow a person or an organisation as subject. */
export const SPEECH_VERBS = new Set([
  "said", "says", "say", "told", "tells", "added", "adds", "stated", "announced", "declared",
  "claimed", "confirmed", "denied", "warned", "insisted", "argued", "explained", "noted",
  "wrote", "tweeted", "asked", "replied", "responded", "acknowledged", "suggested", "reported",
]);

/** Prepositions a place follows ("in Lincoln", "near Mary"). */
export const LOCATIVE_PREPOSITIONS = new Set(["in", "at", "near", "from", "to", "across", "outside", "inside", "into"]);

/** Verbs a team does after its name ("Leicestershire beat Somerset", "Kent reached 108"). */
export const TEAM_VERBS = new Set([
  "beat", "beats", "defeated", "drew", "draw", "trailed", "trail", "trails", "scored", "dismissed",
  "declared", "edged", "routed", "thrashed", "clinched", "reached", "captured", "overcame", "hammered",
  "outplayed", "eliminated", "knocked", "collapsed", "batted", "bowled", "lead", "leads", "led",
]);

/** Nouns of a team after its name ("Surrey captain Chris Lewis", "Newcastle team mate"). */
export const TEAM_NOUNS = new Set([
  "captain", "skipper", "coach", "manager", "striker", "midfielder", "goalkeeper", "defender",
  "batsman", "bowler", "team", "teammate", "team-mate", "squad", "fans", "supporters", "player",
  "players", "forward", "winger", "keeper", "pitcher", "quarterback", "outfielder", "shortstop",
  "infielder", "rookie", "spinner", "all-rounder", "opener", "wicketkeeper", "stumper",
]);

/** Words before a team's name ("beat Somerset", "title rivals Essex"). */
export const TEAM_PRECEDERS = new Set(["against", "beat", "beats", "defeated", "rivals", "dismiss", "dismissed", "versus", "vs", "v", "bowling", "trailing"]);

/** Words of titles beyond those that precede a name ("Chief Operating Officer", "C.E.O."). */
export const TITLE_WORDS = new Set(["officer", "operating", "financial", "technology", "c.e.o", "cfo", "coo", "cto"]);

/** "Sen." and "sen" are one title word. */
const titleKey = (word: string) => word.toLowerCase().replace(/\.$/, "");
/** A title word that may stand before a name ("Foreign", "Sen."). */
export const isPersonTitle = (word: string) => PERSON_TITLES.has(titleKey(word));
/** A title said when addressing the person ("Mr.", "President"), kept in the mention. */
export const isAddressTitle = (word: string) => ADDRESS_TITLES.has(titleKey(word));
/** A title word that names a role by itself ("President", "Mr."). */
export const isHeadTitle = (word: string) => HEAD_TITLES.has(titleKey(word));
/** Any word of a title, with or without a name after it ("Chief Operating Officer", "CEO"). */
export const isTitleWord = (word: string) => isPersonTitle(word) || TITLE_WORDS.has(titleKey(word));

/** "NEW YORK" → "New York", for all-capital datelines and headlines. */
export function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s'-])([a-z])/g, (_match, before: string, letter: string) => before + letter.toUpperCase());
}

/** Followers of a faith, written with a capital but naming no one ("Moslem", "Catholics"). */
const FAITH_FOLLOWERS = new Set([
  "muslim", "moslem", "christian", "jew", "hindu", "sikh", "catholic", "protestant", "shiite", "shi'ite", "sunni",
  "buddhist", "mormon", "jain", "druze", "alawite", "evangelical", "orthodox",
]);
// "Islamist", "Marxists", "Nazism": a creed or its followers.
const CREED = /^[A-Z][a-z]+(?:ist|ists|ism)$/;

/**
 * A capitalised word that names a people, a faith or a creed rather than an actor or a place:
 * "Serbs" and "Kurd" (Serbia, Kurdistan less their ending), "Queenslander" (Queensland + er),
 * "Catholics", "Islamists". `isPlace` is the gazetteer's test, passed in to keep this a word list.
 */
export function isPeopleWord(word: string, isPlace: (name: string) => boolean): boolean {
  const singular = word.replace(/s$/, "");
  if (FAITH_FOLLOWERS.has(singular.toLowerCase()) || CREED.test(word)) return true;
  if (/^[A-Z][a-z]{2,}$/.test(singular) && ["ia", "istan", "stan"].some((ending) => isPlace(singular + ending))) return true;
  return /^[A-Z][a-z]+ers?$/.test(word) && isPlace(word.replace(/ers?$/, ""));
}

/** "SHEARER" in a headline in capitals is the "Shearer" of the article. */
export function ordinaryCase(word: string): string {
  return /^[A-Z]{3,}$/.test(word) ? titleCase(word) : word;
}

/** Last words of the names of features of the land and sea ("Golan Heights", "Gaza Strip", "Red Sea"). */
const GEO_NAME_HEADS = new Set([
  "heights", "strip", "sea", "ocean", "river", "mountains", "mountain", "valley", "peninsula", "island",
  "islands", "isles", "bay", "gulf", "strait", "straits", "desert", "lake", "canal", "pole", "coast",
  "plateau", "basin", "delta", "hills", "range", "highlands", "glacier", "volcano", "reef", "archipelago",
]);
/** First words of such names ("Mount Everest", "Lake Victoria", "Cape Horn"). */
const GEO_NAME_OPENERS = new Set(["mount", "mt", "lake", "cape"]);
const COMPASS_POINTS = new Set(["north", "south", "east", "west"]);
/** "Middle East", "Far East", "West Bank", "North Pole": a region named by the compass. */
const COMPASS_QUALIFIERS = new Set(["middle", "far", "near", "deep", "bank", "end", "pole", "coast"]);

/** A name that says by its own words that it is a feature of the land or sea. */
export function isGeoFeatureName(words: string[]): boolean {
  const [first, last] = [words[0].toLowerCase().replace(/\.$/, ""), words[words.length - 1].toLowerCase()];
  // "Mount Sinai Hospital" is a hospital on the mountain's name.
  if (GEO_NAME_HEADS.has(last) || (GEO_NAME_OPENERS.has(first) && !ORG_HEADS.has(last))) return true;
  return words.length === 2 && ((COMPASS_POINTS.has(last) && COMPASS_QUALIFIERS.has(first)) || (COMPASS_POINTS.has(first) && COMPASS_QUALIFIERS.has(last)));
}
