import type { ParsedDocument, Sentence } from "../../document.js";
import type { Casualty } from "../../types.js";
import type { CasualtyMatch } from "./find.js";
import { BACKGROUND_CUES } from "./words.js";
import { allMatches } from "../../matches.js";

const EVENT_NOUNS = "shootings?|attacks?|massacres?|bombings?|killings?|murders?|slayings?|crash(?:es)?|riots?|incidents?|fires?|explosions?|earthquakes?|floods?|storms?|hurricanes?";
const MONTH_OR_SEASON = "(?:January|February|March|April|May|June|July|August|September|October|November|December|[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter)";
// "in 2012", "in the summer of 2012", "during December 2012", "the 2012 shooting"
export const YEAR_OF_EVENT = new RegExp(
  `\\b(?:[Ii]n|[Ss]ince|[Dd]uring)\\s(?:(?:the\\s)?(?:(?:early|late|mid)[-\\s])?${MONTH_OR_SEASON}\\s(?:\\d{1,2},?\\s)?(?:of\\s)?)?((?:19|20)\\d\\d)\\b(?!-)|\\b(?:[Aa]|[Tt]he|[Aa]n)\\s((?:19|20)\\d\\d)\\s(?:${EVENT_NOUNS})`,
  "g",
);
const FIRST_YEAR = /\b(?:19|20)\d\d\b/;

/** The year of the reported event: publication's, or the first year the article states (its dateline's). */
export function eventYear(doc: ParsedDocument): number | null {
  if (doc.published) return Number(doc.published.slice(0, 4));
  const year = FIRST_YEAR.exec(doc.text);
  return year ? Number(year[0]) : null;
}

// "Over 8,000 people have died in the insurgency", "in 12 years of fighting", "the war, now in its
// 14th year": the running toll of a long conflict, not of the event the article reports ("have died in the
// violence" or "in the unrest" is as often today's event, and is left alone).
export const CONFLICT_TOLL =
  /\b(?:have|has)\s+(?:been\s+)?(?:killed|died)\s+(?:[\w'’-]+\s+){0,3}?in\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:war|conflict|insurgency|rebellion|(?:fight|struggle)\s+for)\b|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|many)[- ]years?(?:-old)?\s+(?:of\s+)?(?:war|conflict|fighting|insurgency|violence|fight|struggle|rebellion)\b|\bnow\s+in\s+its\s+\w+\s+year\b/i;

/** A figure set in another event: a year before the article's, "a previous attack", a conflict's running toll. */
export function isBackground(sentence: Sentence | undefined, year: number | null): boolean {
  if (!sentence) return false;
  return (
    BACKGROUND_CUES.test(sentence.text) ||
    CONFLICT_TOLL.test(sentence.text) ||
    (year !== null && allMatches(YEAR_OF_EVENT, sentence.text).some((match) => Number(match[1] ?? match[2]) < year))
  );
}

// "Three other people were wounded", "17 more wounded": the figure goes on from the one before.
const CONTINUATION = /\b(?:other|others|another)\b|\bmore\b(?!\s+than)/i;

/** A figure that goes on from one set in another event is set there too, unless its own sentence says otherwise. */
export function withContinuedContext(facts: Casualty[]): Casualty[] {
  const continued: Casualty[] = [];
  for (const fact of facts) {
    const before = continued.at(-1);
    continued.push(before?.context === "background" && CONTINUATION.test(fact.text) ? { ...fact, context: "background" } : fact);
  }
  return continued;
}

// "it does not appear that the driver was struck", "it is unclear whether anyone was hurt",
// "we should have stopped before one of us was hurt", "in the event she was injured"
const DENIED_OR_OPEN = /\b(?:(?:does|did|do)(?: not|n['’]t) (?:appear|seem)|(?:is|was|it['’]s)(?: not|n['’]t) (?:clear|known|believed)|unclear|no (?:indication|evidence|sign)) (?:that|whether|if)\b|\b(?:should|would|could)(?:n['’]t)? have\b|\bin (?:the )?event (?:that )?|\bin case\b/i;

// "came within inches of possibly killing the deputy", "tried to kill two men", "a bomb that could kill hundreds"
const NOT_DONE = /\b(?:nearly|almost|narrowly|possibly|potentially|(?:attempt(?:ed|ing|s)?|tr(?:y|ies|ied|ying)|threaten(?:ed|ing|s)?|plot(?:ted|ting|s)?|plan(?:ned|ning|s)?|intend(?:ed|ing|s)?|wants?|wanted) to|would|could|might|will)\s+$/i;

/** The sentence denies the figure, leaves it open or imagines it: the text does not say it happened. */
export function isUnasserted(doc: ParsedDocument, sentence: Sentence | undefined, match: CasualtyMatch): boolean {
  if (!sentence || match.start < sentence.start) return false;
  return DENIED_OR_OPEN.test(doc.text.slice(sentence.start, match.end)) || NOT_DONE.test(doc.text.slice(Math.max(sentence.start, match.start - 40), match.start));
}

// "Read: Suspect shot himself", "RELATED: …": the page's links to other stories.
const LINK_LABEL = /\b(?:Read|READ|Watch|WATCH|Related|RELATED|MORE|See also|ALSO)(?: more| MORE)?:/;

/** Scraped pages list other stories' headlines after a label: they are not this article's figures. */
export function isLinkText(sentence: Sentence | undefined, offset: number): boolean {
  return sentence !== undefined && offset >= sentence.start && LINK_LABEL.test(sentence.text.slice(0, offset - sentence.start));
}

// "injured in the first half", "a hamstring injury", "sidelined": a player's injury in a game, not harm the news reports
// ("during the match" is not enough: a stand may collapse during a match).
const SPORTS_INJURY =
  /\b(?:in|during)\s+(?:training|practice|the\s+(?:warm-up|(?:first|second|third|fourth)\s+(?:half|quarter|period|inning|set)))\b|\b(?:hamstring|ankle|knee|groin|calf|thigh|achilles|wrist|toe)\s+(?:injury|injuries|strain)\b|\binjured\s+reserve\b|\bsidelined\b/i;

/** A sentence that tells of a player hurt in sport: its injuries are no casualties. */
export const isSportsInjury = (sentence: Sentence | undefined) => sentence !== undefined && SPORTS_INJURY.test(sentence.text);
