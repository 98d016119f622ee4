/** Base forms of the verbs that report speech; inflections are derived in `reportingForms`. */
const REPORTING_VERBS: Record<string, string[]> = {
  say: ["say", "says", "said", "saying"],
  tell: ["tell", "tells", "told", "telling"],
  write: ["write", "writes", "wrote", "writing"],
  deny: ["deny", "denies", "denied"],
  reply: ["reply", "replies", "replied"],
  clarify: ["clarify", "clarifies", "clarified"],
  admit: ["admit", "admits", "admitted"],
};
const REGULAR_REPORTING_VERBS = [
  "add", "state", "announce", "claim", "explain", "note", "argue", "insist", "declare", "report",
  "confirm", "warn", "acknowledge", "suggest", "tweet", "ask", "reveal", "stress", "emphasize",
  "emphasise", "predict", "promise", "vow", "allege", "assert", "maintain", "contend", "recall",
  "concede", "indicate", "respond", "complain", "observe", "remark", "caution", "urge", "charge",
  "testify", "boast", "quip", "continue", "point",
];

function inflect(base: string): string[] {
  const stem = base.endsWith("e") ? base.slice(0, -1) : base;
  return [base, base.endsWith("y") ? `${base.slice(0, -1)}ies` : `${base}s`, base.endsWith("y") ? `${base.slice(0, -1)}ied` : `${stem}ed`, `${stem}ing`];
}

/** Every written form of a reporting verb, mapped to its base ("said" → "say"). */
export const REPORTING_FORMS: Map<string, string> = new Map([
  ...Object.entries(REPORTING_VERBS).flatMap(([base, forms]) => forms.map((form): [string, string] => [form, base])),
  ...REGULAR_REPORTING_VERBS.flatMap((base) => inflect(base).map((form): [string, string] => [form, base])),
]);

/** Verbs that, used of speech, need their object before the clause: "told reporters that". */
export const OBJECT_TAKING = new Set(["tell", "warn", "urge", "ask", "promise", "remind", "assure", "inform"]);
/** "told", "warned": a reporting verb whose object is the listener, not what was said. */
export const takesListener = (verb: string) => OBJECT_TAKING.has(REPORTING_FORMS.get(verb.toLowerCase()) ?? "");
/** Words that open a relative clause ("who led the union"). */
export const RELATIVE_WORDS = new Set(["who", "whom", "which", "where", "when"]);

export const PERSONAL_PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "you"]);

/** Words before a quotation that make it a name or a scare quote, not speech. */
export const NAMING_WORDS = /\b(?:so-called|dubbed|called|titled|entitled|named|nicknamed|known as|the word|the term|the phrase|labelled|labeled|branded)\s*$/i;

/** Adverbs and time words that may stand between a speaker and the verb ("the Kremlin also said"). */
export const ADVERBIAL_WORDS = new Set([
  "also", "further", "later", "earlier", "then", "previously", "repeatedly", "again", "reportedly",
  "publicly", "privately", "recently", "has", "have", "had", "once", "separately", "would", "will",
  "did", "does", "do", "not", "never", "already", "still", "now", "today", "yesterday",
]);

/** Verbs by which one source relays another: "Reuters quoted the minister", "BBC cites the Kremlin". */
export const RELAY_VERBS = new Set(["quotes", "quoted", "quoting", "cites", "cited", "citing"]);
