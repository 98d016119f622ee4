import type { CasualtyKind } from "../../../types.js";
import type { CasualtyMatch } from "../find.js";

/** A sentence of our own the rule reads, and the figure it must make there. */
export interface Row {
  text: string;
  kind: CasualtyKind;
  count: number | null;
  /** The figure's words; its offsets are where they first stand in `text`. */
  figure: string;
}

/**
 * One construction: its name (the figure's `rule`), what it matches, and how a match reads. The
 * match's named groups are read by `readMatch` (find.ts): `number`/`from`/`to`/`rangeTo` the count,
 * `qualifier`, `victims`, `outcome`/`action`/`noun` the kind (through `words`), and groups that imply
 * a count (`single`, `person`, `another`, `body`: one; `person2`, `double`: two; `none`: zero).
 */
export interface CasualtyRule {
  name: string;
  pattern: RegExp;
  /** The kind every match has; without it, the matched outcome, action or noun word tells. */
  kind?: CasualtyKind;
  /** Outcome and action words of this construction, lower-case with single spaces, to their kind. */
  words?: ReadonlyMap<string, CasualtyKind>;
  /** A word the construction cannot match without, looked for once in the lower-cased text before the pattern runs. */
  needs?: RegExp;
  /** The count every match implies when it states none: "a fatal shooting" is one death, "no one was hurt" none. */
  impliedCount?: number;
  /** Reads what the named groups cannot say alone (a list's groups added up); null drops the match. */
  read?(reading: CasualtyMatch, groups: Record<string, string | undefined>): CasualtyMatch | null;
  /** Sentences it reads, each with its figure. */
  positives: Row[];
  /** Sentences next to them that it must not read. */
  nearMisses: string[];
}
