import { NUMBER_PATTERN } from "../../numbers.js";
import type { CasualtyKind } from "../../types.js";
import { ACTION_WORDS, COUNT_NOUNS, NON_VICTIM_WORDS, OUTCOME_WORDS, PERSON_NOUNS, PHRASE_STOPS, QUALIFIERS, TO_HOSPITAL } from "./words.js";

/** One textual match of a casualty construction, before its numbers are read. */
export interface CasualtyMatch {
  start: number;
  end: number;
  kind: CasualtyKind;
  rule: string;
  qualifier?: string;
  number?: string;
  rangeTo?: string;
  victims?: string;
  /** "was", "is" or "has" before the outcome, or a singular noun ("one death"): one victim, whatever number came before. */
  singular?: boolean;
  /** A count the construction itself implies: "a man was killed" → 1, "no one was hurt" → 0. */
  impliedCount?: number;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join("|");

const QUALIFIER = `(?<qualifier>${alternation(Object.keys(QUALIFIERS))})\\s+`;
const COUNT = `(?:between\\s+(?<from>${NUMBER_PATTERN})\\s+and\\s+(?<to>${NUMBER_PATTERN})|(?<number>${NUMBER_PATTERN})(?:\\s*(?:-|–|to)\\s*(?<rangeTo>${NUMBER_PATTERN}))?)`;
// Up to four words name the victims, as few as reach the outcome ("two men fatally shot": "men"); a unit word ("days", "percent") means the number counts something else.
const victimsPhrase = (then: "outcome" | "end") =>
  `(?<victims>(?!(?:${alternation([...NON_VICTIM_WORDS, ...PHRASE_STOPS])})\\b)[A-Za-z][\\w'’-]*(?:\\s+(?!(?:${alternation(PHRASE_STOPS)})\\b)[A-Za-z][\\w'’-]*){0,3}${then === "outcome" ? "?" : ""})`;
// "killing 1,523 of …" is not "killing 1", "killed 9/11 plotter" not "killed 9".
const WHOLE_NUMBER = "(?![\\w/-]|[,.]\\d)";
// "the Feb. 13 death of", "9/11 victims": a count starts no date.
const NOT_IN_A_DATE = "\\b(?<![$£€.,/-])(?<!\\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?\\s|\\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\\s)";
// "killed 2 days ago": a count of days, not of people.
const NOT_A_UNIT = `(?!\\s+(?:${alternation(NON_VICTIM_WORDS)})\\b)`;
// "The suspect killed himself", "the officer shot at the car": the person acted, and was not the victim;
// but "shot dead at the scene" or "taken to the hospital at 3 a.m." ends, and what follows is not its object.
const NOT_ACTIVE = "(?:(?<=dead|death|died|dies|down|[Hh]ospital|[Hh]ospitals|[Hh]ospitali[sz]ed)|(?!\\s+(?:at|him|her|himself|herself|his|their|its|a|an|the|them|it|two|three|several)\\b))";
const AUXILIARIES = `(?<auxiliaries>(?:(?:were|was|are|is|have|has|had|been|being|reportedly|also|later|all|both|each|allegedly|confirmed|believed|feared|now|since|subsequently)\\s+){0,3})`;
const SINGULAR = `(?<!\\bno\\s)(?<single>a|an|one)`;
// "was then shot", "was fatally shot": at most one adverb, left out where the outcome begins with it.
const ADVERB = "(?:(?:\\w+ly|then|also|later|again|still)\\s+)??";
// What a person suffers: "a gunshot wound", "non-life-threatening injuries", "a cut to his head"
// (not "budget cuts").
const INJURY_NOUN = "(?:injuries|injury|wounds?|a\\s+cut|cuts\\s+and\\s+bruises|lacerations?|bruises|burns|fractures?|a\\s+broken\\s+\\w+|a\\s+concussion)";
// "one death row inmate", "two death threats": not deaths.
const NOT_A_DEATH_OF_PEOPLE = "(?!\\s+(?:row|penalty|sentences?|threats?|certificates?|squads?|metal|march|spiral|knell|wish|rates?|benefits?|camps?))";
// A word before a person noun that may describe them ("23-year-old Milwaukee man"), not one that
// ends another phrase ("at the scene and her husband").
const MODIFIER = "(?!(?:and|or|but|at|in|on|of|to|from|with|by|for|the|a|an)\\b)[\\w'’-]+";
// "Nine people, including a child, were killed": who the victims include, between commas.
const INCLUDING = "(?:,\\s+(?:including|among them)\\s+[^,;.]{1,40},)?";
// "fired at least one shot", "heard two shots": shots, not people shot; "no one was hurt" is the none rule.
const NOT_SHOTS_FIRED = `(?<!\\b(?:fired|fires|fire|firing|returned|heard|let off|squeezed off|no)\\s+(?:(?:${alternation(Object.keys(QUALIFIERS))})\\s+)?)`;
// "Gastonia Monday was injured": a day after a place is not a name.
const NAME_WORD = "(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)[A-Z][\\w'’-]+";
// "Isaac Duran, a 19-year-old, was shot", "Michael Monserrate, 18, of the Bronx, who is still
// hospitalized": who the victim is, between commas.
const APPOSITION = "(?:,\\s+(?:a\\s+|an\\s+)?[\\w'’ -]{1,40}(?:,\\s+[\\w'’ -]{1,40})?,)?";

/**
 * A pattern in which every gap and every word has a bound (four spaces, forty letters): real text
 * never comes near them, and a hostile run of spaces or letters cannot make matching quadratic.
 * A gap is no line break: a figure is never read from a headline into the paragraph under it.
 */
function bounded(source: string, flags: string): RegExp {
  return new RegExp(
    source
      .replaceAll("\\s+", "[^\\S\\n]{1,4}")
      .replaceAll("[\\w'’-]*", "[\\w'’-]{0,40}")
      .replaceAll("[\\w'’-]+", "[\\w'’-]{1,40}")
      .replaceAll("\\w+", "\\w{1,40}"),
    flags,
  );
}

interface Construction {
  rule: string;
  pattern: RegExp;
  /** The kind every match has; without it, the matched outcome, action or noun word tells. */
  kind?: CasualtyKind;
  /** Outcome and action words of this construction, lower-case with single spaces, to their kind. */
  words?: ReadonlyMap<string, CasualtyKind>;
  /** A word the construction cannot match without, looked for once in the lower-cased text before the pattern runs. */
  needs?: RegExp;
}

/** Each word of a kind's list to that kind; one pattern then serves every kind. */
function wordKinds(lists: Partial<Record<CasualtyKind, string[]>>): Map<string, CasualtyKind> {
  return new Map(Object.entries(lists).flatMap(([kind, words]) => words.map((word) => [word, kind as CasualtyKind] as const)));
}

/** The named word group: its alternatives, longest first, so "shot dead" wins over "shot". */
const wordGroup = (name: string, words: ReadonlyMap<string, CasualtyKind>, pattern?: string) =>
  `(?<${name}>${pattern ? `${pattern}|` : ""}${alternation([...words.keys()])})`;

/** The outcome word group; outcomes of the injured also take them to hospital. */
const outcomeGroup = (words: ReadonlyMap<string, CasualtyKind>) =>
  wordGroup("outcome", words, [...words.values()].includes("injured") ? TO_HOSPITAL : undefined);

const pick = <T>(record: Record<CasualtyKind, T>, kinds: readonly CasualtyKind[]) =>
  Object.fromEntries(kinds.map((kind) => [kind, record[kind]])) as Partial<Record<CasualtyKind, T>>;

const OUTCOMES = wordKinds(OUTCOME_WORDS);

// One pattern for all kinds, not one per kind: large patterns cost milliseconds each to compile,
// paid again by every worker thread before its first document.
function constructions(): Construction[] {
  const actions = wordKinds(ACTION_WORDS);
  const outcome = outcomeGroup(OUTCOMES);
  const action = wordGroup("action", actions);
  const list: Construction[] = [
    // "224 people were killed", "at least 3 dead", "dozens injured"
    {
      rule: "count-then-outcome",
      words: OUTCOMES,
      pattern: bounded(`${NOT_IN_A_DATE}(?:${QUALIFIER})?${NOT_SHOTS_FIRED}${COUNT}(?:\\s+(?:of\\s+)?${victimsPhrase("outcome")})?${INCLUDING}(?:\\s+(?:who|that)(?=\\s+(?:were|was|had|have|are|is)\\b))?\\s+${AUXILIARIES}${outcome}\\b`, "gi"),
    },
    // "a 23-year-old man was killed"
    {
      rule: "single-victim",
      words: OUTCOMES,
      pattern: bounded(`\\b${SINGULAR}\\s+(?<victims>[\\w'’-]+(?:\\s+[\\w'’-]+){0,3}?)\\s+(?:was|has been|had been|is)\\s+${ADVERB}${outcome}\\b`, "gi"),
    },
    // "no one was hurt", "nobody was killed", "none of the passengers were injured"
    {
      rule: "none",
      words: OUTCOMES,
      pattern: bounded(`\\b(?:no one|no-one|nobody|none(?:\\s+of\\s+(?:the|them|those)(?:\\s+[\\w'’-]+){0,3}?)?)\\s+(?:else\\s+)?(?:\\w+ly\\s+)?(?:was|were|has been|had been|is|got)\\s+${ADVERB}${outcome}\\b`, "gi"),
    },
    // "killing 224 people", "arrested two Russian nationals", "killing 1,523 of the 2,200 passengers", "killed all 157 people"
    {
      rule: "action-then-count",
      words: actions,
      pattern: bounded(`\\b${action}\\s+(?:all\\s+)?(?:${QUALIFIER})?${COUNT}${WHOLE_NUMBER}(?:(?=\\s+of\\s+(?:the|them|those|his|her|their|its)\\b)|${NOT_A_UNIT}(?:\\s+${victimsPhrase("end")})?)`, "gi"),
    },
  ];
  const person = alternation(PERSON_NOUNS);
  const harm = ["killed", "injured"] as const;
  const harmOutcomes = wordKinds(pick(OUTCOME_WORDS, harm));
  const harmActions = wordKinds(pick(ACTION_WORDS, harm));
  const anyPerson = `(?:${person}|\\d{1,3}-year-old)`;
  // "Man shot, killed", "the 22-year-old victim was shot", "Girl shot at party dies"
  list.push({
    rule: "person-outcome",
    words: harmOutcomes,
    pattern: bounded(`\\b(?:(?:a|an|one|the|his|her|their)\\s+)?(?:${MODIFIER}\\s+){0,3}?(?<person>${person})${APPOSITION}(?:,?\\s+(?:who|that))?,?\\s+(?:(?:was|has been|had been|is|got|was being|is being)\\s+)?${ADVERB}${outcomeGroup(harmOutcomes)}\\b${NOT_ACTIVE}`, "gi"),
  });
  // "killing his 9-year-old sister", "fatally shot officer Sean Bolton", "shot the victim"
  list.push({
    rule: "action-on-person",
    words: harmActions,
    pattern: bounded(`\\b${wordGroup("action", harmActions)}\\s+(?!at\\s)(?:(?:a|an|the|his|her|their|its)\\s+)?(?:[\\w'’-]+\\s+){0,2}?(?<person>${person})\\b(?!['’]s\\b)`, "gi"),
  });
  // "shot the victim", "shooting his neighbor"; without the article "shooting victim" is a noun.
  list.push({
    rule: "action-on-person",
    kind: "injured",
    pattern: bounded(`\\b(?:shot|shooting)\\s+(?:a|an|the|his|her|their|its)\\s+(?:[\\w'’-]+\\s+){0,2}?(?<person>${person})\\b(?!['’]s\\b)`, "gi"),
  });
  // "Officer, citizen injured", "a man and his wife were killed": two victims named together
  list.push({
    rule: "two-victims",
    words: harmOutcomes,
    pattern: bounded(`\\b(?<person>${anyPerson})(?:,|\\s+and)\\s+(?:(?:a|an|the|his|her|their)\\s+)?(?<person2>${anyPerson})\\s+(?:(?:were|are|have been|had been)\\s+)?${ADVERB}${outcomeGroup(harmOutcomes)}\\b${NOT_ACTIVE}`, "gi"),
  });
  // Headlines: "Girl shot at party dies", "Teen found shot on bike path dies"
  list.push({
    rule: "person-dies",
    kind: "killed",
    pattern: bounded(`\\b(?<person>${anyPerson})\\s+(?:who\\s+(?:was|had been)\\s+)?(?:\\w+ly\\s+)?(?:found\\s+)?(?:shot|stabbed|wounded|injured|hurt|hit|struck|beaten)\\b(?:\\s+[\\w'’-]+){0,6}?\\s+(?:(?:has|had)\\s+)?(?:dies|died)\\b`, "gi"),
  });
  // "Man critical after shooting", "the victim is in stable condition"
  list.push({
    rule: "person-condition",
    kind: "injured",
    pattern: bounded(`\\b(?<person>${anyPerson}|he|she)\\s+(?:(?:is|was|remains|remained|listed)\\s+){0,2}(?:in\\s+)?(?:critical|serious|stable|fair|good)(?:\\s+but\\s+stable)?\\s+(?:condition|after)\\b`, "gi"),
  });
  // "One dead, two critical following …", "one other in serious condition", "another is critical, and …"
  list.push({
    rule: "count-condition",
    kind: "injured",
    needs: /critical|serious/,
    pattern: bounded(`${NOT_IN_A_DATE}(?:${COUNT}|(?<another>another))(?:\\s+(?<victims>others?|people|persons|men|women|victims))?\\s+(?:(?:is|are|was|were|remains?|remained)\\s+)?(?:in\\s+)?(?:critical|serious)(?:\\s+but\\s+stable)?(?:\\s+condition)?(?=\\s*(?:[,;.)\\n]|$|after\\b|following\\b|and\\b))`, "gi"),
  });
  // "Five children were among the dead", "a policeman was among those killed"
  list.push({
    rule: "among-the-harmed",
    words: harmOutcomes,
    needs: /\bamong\s/,
    pattern: bounded(`${NOT_IN_A_DATE}(?:${COUNT}|${SINGULAR})(?:\\s+${victimsPhrase("outcome")})?\\s+(?:were|was|are|is)\\s+(?:also\\s+|reportedly\\s+)?among\\s+(?:the|those)\\s+${outcomeGroup(harmOutcomes)}\\b`, "gi"),
  });
  // "sends 1 person to the hospital"
  list.push({
    rule: "sent-to-hospital",
    kind: "injured",
    pattern: /\b(?:sends?|sent|sending)\s+(?<number>\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:(?<victims>people|persons|person|others|men|women|children|officers)\s+)?to\s+(?:the\s+|a\s+)?hospitals?\b/gi,
  });
  // "Child shoots himself", "accidentally shoots self in leg": hurt, unless a death is reported
  list.push({ rule: "pronoun-victim", kind: "injured", pattern: /\b(?:shoots|shot|shooting)\s(?<person>himself|herself|self)\b/gi });
  // "Fisherman finds body", "a body was found"
  list.push({
    rule: "body-found",
    kind: "killed",
    pattern: /\b(?:found|finds|discovered|discovers|recovered|pulled)\s(?:the\s|a\s)?(?<person>body)\b|\b(?<body>body)\s(?:was\s|has been\s)?(?:found|discovered|recovered|pulled)\b/gi,
  });
  // "killed himself", "shot and killed him", "where he died", "where she was pronounced dead"
  list.push({ rule: "pronoun-victim", kind: "killed", pattern: /\b(?:killed|kills|killing|shot and killed|fatally shot|fatally shooting|murdered) (?<person>himself|herself|him|her)\b/gi });
  list.push({ rule: "pronoun-victim", kind: "killed", pattern: /\b(?<person>he|she) (?:later |eventually |subsequently )?(?:died|succumbed|was (?:later |eventually )?(?:pronounced (?:dead|deceased)|(?:shot and )?killed|fatally (?:shot|stabbed|wounded)|murdered))\b(?! off\b)/gi });
  // "the murder of a pizza shop worker", "the shooting death of his daughter"
  list.push({
    rule: "death-of-person",
    kind: "killed",
    pattern: bounded(`\\b(?<!\\bnon[-\\s]?)(?:murder|killing|death|fatal shooting|shooting death|slaying|homicide) of (?:(?:a|an|the|his|her|their)\\s+)(?:[\\w'’-]+\\s+){0,3}?(?<person>${person})\\b`, "gi"),
  });
  // "left 25-year-old Courtney Taylor dead"
  list.push({
    rule: "left-person-dead",
    kind: "killed",
    pattern: bounded(`\\b(?:left|leaving) (?:(?:a|an|the|his|her|one)\\s+)?(?!(?:${QUALIFIER})?(?:${NUMBER_PATTERN}|people|others|several|many)\\s)(?<person>(?:[\\w'’-]+\\s+){1,4}?)dead\\b`, "gi"),
  });
  // "Jon Boring, 51, who was shot and killed", "Isaac Duran, a 19-year-old, was shot and killed",
  // "Iris Barrera, a 29-year-old Latina, died Friday": with an age, as victims are reported
  list.push({
    rule: "named-victim",
    words: harmOutcomes,
    pattern: bounded(`\\b(?<person>${NAME_WORD}(?: ${NAME_WORD}){1,2})(?:${APPOSITION}\\s+(?:who\\s+)?(?:was|had been|has been|is|remains)\\s+${ADVERB}${outcomeGroup(harmOutcomes)}\\b${NOT_ACTIVE}|,\\s+(?:a\\s+|an\\s+)?(?=[\\w'’ -]{0,40}\\d)[\\w'’ -]{1,40},\\s+(?<outcome2>died)\\b)`, "g"),
  });
  // "flying glass injured him", "wounding her"
  list.push({ rule: "pronoun-victim", kind: "injured", pattern: /\b(?:injured|injuring|wounded|wounding)\s(?<person>him|her)\b/gi });
  // "after she was injured", "he was shot in the leg"
  list.push({ rule: "pronoun-victim", kind: "injured", pattern: /\b(?<person>he|she) (?:was|had been|has been) (?:\w{1,20}ly )?(?:shot|wounded|injured|hurt|hospitali[sz]ed)\b/gi });
  // "a man with a gunshot wound", "a single victim with gunshot wounds", "another with life-threatening injuries"
  list.push({
    rule: "wounded-person",
    kind: "injured",
    pattern: bounded(`\\b(?:(?:a|an|one|the)\\s+(?:[\\w'’-]+\\s+){0,2}?(?<person>${anyPerson})|(?<another>another))\\s+(?:with|suffering\\s+from)\\s+(?:(?:a\\s+)?(?:\\w+\\s+)?(?:gunshot|bullet|stab)\\s+wounds?|(?:[\\w'’-]+\\s+){0,2}?injuries)\\b`, "gi"),
  });
  // "A third teenager received non-life-threatening injuries", "the victim, a 22-year-old man, sustained a gunshot wound"
  list.push({
    rule: "person-suffered",
    kind: "injured",
    needs: /\b(?:received|suffered|sustained|treated)\s/,
    pattern: bounded(`\\b(?:(?:a|an|one|the|his|her|their)\\s+)?(?:[\\w'’-]+\\s+){0,2}?(?<person>${anyPerson}|he|she)${APPOSITION}\\s+(?:\\w+ly\\s+)?(?:received|suffered|sustained|was\\s+treated\\s+for)\\s+(?:[\\w'’-]+\\s+){0,3}?${INJURY_NOUN}\\b`, "gi"),
  });
  // "Two of the victims had gunshot wounds", "three others suffered minor injuries"
  list.push({
    rule: "count-suffered",
    kind: "injured",
    needs: /\b(?:had|received|suffered|sustained|treated)\s/,
    pattern: bounded(`${NOT_IN_A_DATE}(?:${QUALIFIER})?${COUNT}\\s+(?:of\\s+(?:the|them|those)\\s+)?(?:${victimsPhrase("outcome")}\\s+)?(?:\\w+ly\\s+)?(?:had|received|suffered|sustained|were\\s+treated\\s+for)\\s+(?:[\\w'’-]+\\s+){0,3}?${INJURY_NOUN}\\b`, "gi"),
  });
  // "shot three women": a count after the act
  list.push({
    rule: "action-then-count",
    kind: "injured",
    pattern: bounded(`\\b(?:shot|shooting)\\s+(?:${QUALIFIER})?${COUNT}${WHOLE_NUMBER}${NOT_A_UNIT}\\s+(?<victims>people|persons|others|men|women|children|teens|teenagers|officers|students|bystanders|victims)\\b`, "gi"),
  });
  // "a fatal shooting", "a murder-suicide": a death the words themselves report
  list.push({ rule: "fatal-event", kind: "killed", pattern: /\b(?<!\bnon[-\s]?)(?:fatal (?:shooting|stabbing)|shooting death|deadly shooting)\b/gi });
  // "a deadly Christmas Day shooting", "Fatal Weekend Stabbing": names or times in between
  list.push({
    rule: "fatal-event",
    kind: "killed",
    pattern: /\b(?<!\b(?:[Nn]on|NON)[-\s]?)(?:[Ff]atal|[Dd]eadly|FATAL|DEADLY)\s(?:(?:[A-Z][\w'’-]{0,30}|weekend|night|morning|afternoon|evening|overnight|early|late)\s){1,3}(?:[Ss]hooting|[Ss]tabbing|SHOOTING|STABBING)\b/g,
  });
  // "pronounced Barrera dead": whoever the name, a death
  list.push({ rule: "pronounced-dead", kind: "killed", pattern: /\bpronounced\s(?<person>(?:[A-Z][\w'’-]{0,30}\s){1,3})(?:dead|deceased)\b/g });
  list.push({ rule: "fatal-event", kind: "killed", pattern: /\b(?<double>murder-suicide|double homicide|double murder)\b/gi });
  list.push({ rule: "fatal-event", kind: "killed", pattern: /\b(?:homicide|murder) victim\b(?!s)/gi });
  // "left 3 dead and 12 wounded": the outcome word after "left" decides the kind.
  list.push({
    rule: "left-outcome",
    needs: /\b(?:left|leaving)\s/,
    pattern: bounded(`\\b(?:left|leaving)\\s+(?:${QUALIFIER})?${COUNT}(?:\\s+(?<victims>people|others|persons))?\\s+(?<outcome>dead|injured|wounded|hurt|missing|homeless)\\b`, "gi"),
  });
  // "the death toll rose to 15", "the death toll climbed past 5,000"
  list.push({
    rule: "death-toll",
    kind: "killed",
    needs: /\btoll\b/,
    pattern: bounded(`\\b(?:death|casualty)\\s+toll\\s+(?:[\\w'’-]+\\s+){0,12}?(?:(?:to|at|of|reached|hit|is|was)\\s+|(?=(?:past|passed|topped|exceeded|surpassed|over)\\s))(?:${QUALIFIER})?${COUNT}`, "gi"),
  });
  // "claimed 40 lives", "2 deaths", "no injuries were reported", "no reports of injuries"
  list.push({
    rule: "count-noun",
    pattern: bounded(`${NOT_IN_A_DATE}(?:${QUALIFIER})?(?:${COUNT}|(?<none>no)(?:\\s+reports?\\s+of(?:\\s+any)?)?)\\s+(?:(?:further|more|other|new|reported|confirmed|serious|civilian)\\s+)?(?<noun>${alternation(Object.keys(COUNT_NOUNS))})\\b${NOT_A_DEATH_OF_PEOPLE}`, "gi"),
  });
  return list;
}

/**
 * Case-insensitive patterns are written in lower case and run, case-sensitive, on a lower-cased copy
 * of the text: the /i flag makes each pattern several times slower to compile, a cost every worker
 * thread pays before its first document. The copy keeps every offset ("d" gives the groups').
 */
export const CONSTRUCTIONS = constructions().map((construction) =>
  construction.pattern.flags.includes("i")
    ? { ...construction, pattern: new RegExp(construction.pattern.source, "gd"), onLowerCase: true }
    : { ...construction, onLowerCase: false },
);

/** Lower case for A to Z only, so that the copy has the text's length and offsets. */
const asciiLowerCase = (text: string) => text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());

// Every construction holds one of these stems; a text without any of them reports no casualty.
const TRIGGER = /kill|dead|die|death|fatal|murder|slain|perish|lives|injur|wound|hurt|hospital|shot|shoot|missing|unaccounted|arrest|detain|custody|apprehend|jail|kidnap|abduct|hostage|seiz|displac|evacuat|homeless|flee|fled|toll|bod(?:y|ies)|casualt|deceased|condition|critical|execut|succumb|stab|beaten|burned|suicide|homicide|rounded up|forced|slay|graz|struck|hit by|suffer|sustain/i;

export function findCasualtyMatches(text: string): CasualtyMatch[] {
  const found: CasualtyMatch[] = [];
  if (!TRIGGER.test(text)) return found;
  const lower = asciiLowerCase(text);
  for (const construction of CONSTRUCTIONS) {
    if (construction.needs && !construction.needs.test(lower)) continue;
    for (const match of (construction.onLowerCase ? lower : text).matchAll(construction.pattern)) {
      const groups = match.groups ?? {};
      const kind = construction.kind ?? kindOf(groups.outcome ?? groups.outcome2 ?? groups.action ?? groups.noun, construction.words ?? OUTCOMES);
      if (!kind) continue;
      found.push({
        start: match.index,
        end: match.index + match[0].length,
        kind,
        rule: construction.rule,
        qualifier: groups.qualifier?.toLowerCase().replace(/\s+/g, " "),
        number: groups.from ?? groups.number,
        rangeTo: groups.to ?? groups.rangeTo,
        victims: originalGroup(text, match, "victims"),
        singular: /\b(?:was|is|has)\b/i.test(groups.auxiliaries ?? "") || /^(?:death|fatality|injury)$/i.test(groups.noun ?? ""),
        impliedCount: groups.double || groups.person2 ? 2 : groups.single || groups.person || groups.another || groups.body || construction.rule === "fatal-event" ? 1 : construction.rule === "none" || groups.none ? 0 : undefined,
      });
    }
  }
  return found;
}

/** A group's words as the text writes them, not as the lower-cased copy has them. */
function originalGroup(text: string, match: RegExpMatchArray, name: string): string | undefined {
  const span = match.indices?.groups?.[name];
  return span ? text.slice(span[0], span[1]) : match.groups?.[name];
}

export const IS_TO_HOSPITAL = new RegExp(`^(?:${TO_HOSPITAL})$`, "i");

function kindOf(word: string | undefined, words: ReadonlyMap<string, CasualtyKind>): CasualtyKind | undefined {
  if (!word) return undefined;
  const normal = word.toLowerCase().replace(/\s+/g, " ");
  return COUNT_NOUNS[normal] ?? words.get(normal) ?? (IS_TO_HOSPITAL.test(normal) ? "injured" : undefined);
}
