import { Chalk, type ChalkInstance } from "chalk";
import Table from "cli-table3";
import type { DiffPart } from "../compare/diff.js";
import type { Claim, Comparison, ComparisonRow, Verdict } from "../compare/index.js";
import { escapeCell as escapeMarkdownCell } from "./markdown.js";

export interface CompareRenderOptions {
  color: boolean;
  width: number;
}

/** Strongest finding first: a conflict is never below the rows that agree. */
const VERDICT_ORDER: Verdict[] = ["conflict", "differs", "updated", "partial", "agree", "only-some"];
const VERDICT_LABEL: Record<Verdict, string> = { conflict: "CONFLICT", differs: "differs", updated: "updated", partial: "partial", agree: "agree", "only-some": "only some" };
const FIELD_ORDER = ["casualties", "quotes", "dates", "actors", "locations"];

function sorted(rows: ComparisonRow[]): ComparisonRow[] {
  return [...rows].sort((a, b) => VERDICT_ORDER.indexOf(a.verdict) - VERDICT_ORDER.indexOf(b.verdict) || FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field));
}

function paintVerdict(verdict: Verdict, paint: ChalkInstance): string {
  const label = VERDICT_LABEL[verdict];
  if (verdict === "conflict") return paint.red.bold(label);
  if (verdict === "differs" || verdict === "updated") return paint.yellow(label);
  if (verdict === "agree") return paint.green(label);
  return paint.cyan(label);
}

function diffText(diff: DiffPart[], paint: ChalkInstance, markdown = false): string {
  return diff
    .map((part) => {
      if (part.kind === "same") return part.text;
      if (markdown) return part.kind === "removed" ? `~~${part.text}~~` : `**${part.text}**`;
      return part.kind === "removed" ? paint.red.strikethrough(`[-${part.text}-]`) : paint.green(`{+${part.text}+}`);
    })
    .join(" ");
}

/** The sentence with the fact's own words marked, so that a misread figure shows: "[27 killed], 90 hurt". */
function markedEvidence(claim: Claim, mark: (words: string) => string): string | null {
  if (!claim.evidence) return null;
  const at = claim.marked ? claim.evidence.indexOf(claim.marked) : -1;
  if (at < 0) return claim.evidence;
  return `${claim.evidence.slice(0, at)}${mark(claim.marked!)}${claim.evidence.slice(at + claim.marked!.length)}`;
}

function detailOf(row: ComparisonRow, paint: ChalkInstance, markdown: boolean): string | null {
  const parts = [row.note, row.similarity !== undefined ? `similarity ${row.similarity.toFixed(2)}` : null, row.diff ? diffText(row.diff, paint, markdown) : null].filter(Boolean);
  return parts.length > 0 ? parts.join(" · ") : null;
}

const summaryOf = (comparison: Comparison) => `${comparison.articles.length} articles, ${comparison.rows.length} rows, ${comparison.conflicts} conflict${comparison.conflicts === 1 ? "" : "s"}`;

/** Conflicts first, then what differs, was updated, is a part, agrees, and what only some report. */
export function renderComparisonTable(comparison: Comparison, options: CompareRenderOptions): string {
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  const articleWidth = Math.max(20, Math.floor((options.width - 40) / comparison.articles.length) - 3);
  const mark = (words: string) => (options.color ? paint.bold(words) : `[${words}]`);
  const table = new Table({
    head: ["Field", "Subject", "Verdict", ...comparison.articles.map((article, index) => (comparison.published[index] ? `${article}\n${comparison.published[index]}` : article))],
    colWidths: [12, 18, 11, ...comparison.articles.map(() => articleWidth)],
    wordWrap: true,
    style: { head: options.color ? ["cyan"] : [], border: options.color ? ["grey"] : [], compact: false },
  });
  for (const row of sorted(comparison.rows)) {
    const cells = comparison.articles.map((article) => {
      const claim = row.claims.find((candidate) => candidate.article === article);
      if (!claim) return paint.dim("—");
      const evidence = markedEvidence(claim, mark);
      return evidence && claim.evidence !== claim.value ? `${claim.value}\n${paint.dim(evidence)}` : claim.value;
    });
    table.push([row.field, row.subject, paintVerdict(row.verdict, paint), ...cells]);
    const detail = detailOf(row, paint, false);
    if (detail) table.push([{ colSpan: 3 + comparison.articles.length, content: paint.italic(`  ↳ ${detail}`) }]);
  }
  const summary = summaryOf(comparison);
  return `${table.toString()}\n${comparison.conflicts > 0 ? paint.red.bold(summary) : paint.green(summary)}\n`;
}

const PRESENCE = new Set(["actors", "locations"]);

// Evidence keeps its line breaks, as GitHub tables allow.
const escapeCell = (text: string) => escapeMarkdownCell(text, "<br>");

/** `--format markdown`: a table to paste into a fact-check write-up, evidence quoted under it. */
export function renderComparisonMarkdown(comparison: Comparison): string {
  const heads = comparison.articles.map((article, index) => escapeCell(comparison.published[index] ? `${article} (${comparison.published[index]})` : article));
  const lines = [`| Field | Subject | Verdict | ${heads.join(" | ")} |`, `| --- | --- | --- | ${comparison.articles.map(() => "---").join(" | ")} |`];
  const evidence: string[] = [];
  const plain = new Chalk({ level: 0 });
  for (const row of sorted(comparison.rows)) {
    const cells = comparison.articles.map((article) => {
      const claim = row.claims.find((candidate) => candidate.article === article);
      if (!claim) return "—";
      const quoted = markedEvidence(claim, (words) => `**${words}**`);
      // Where a name is mentioned is in the JSON; as footnotes it would bury the figures' sentences.
      if (quoted && claim.evidence !== claim.value && !PRESENCE.has(row.field)) {
        evidence.push(`${escapeCell(quoted)} — *${escapeCell(article)}*`);
        return `${escapeCell(claim.value)} [${evidence.length}]`;
      }
      return escapeCell(claim.value);
    });
    const verdict = row.verdict === "conflict" ? "**conflict**" : VERDICT_LABEL[row.verdict];
    lines.push(`| ${row.field} | ${escapeCell(row.subject)} | ${verdict} | ${cells.join(" | ")} |`);
    const detail = detailOf(row, plain, true);
    if (detail) lines.push(`| | | | ${escapeCell(detail)}${" |".repeat(comparison.articles.length)}`);
  }
  const notes = evidence.map((quote, index) => `${index + 1}. ${quote}`);
  return `${lines.join("\n")}\n\n${summaryOf(comparison)}.\n${notes.length ? `\nEvidence:\n\n${notes.join("\n")}\n` : ""}`;
}

/** `--json`: the comparison as it is (compareVersion 2). */
export function renderComparisonJson(comparison: Comparison): string {
  return `${JSON.stringify(comparison, null, 2)}\n`;
}
