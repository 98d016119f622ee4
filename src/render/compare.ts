import { Chalk, type ChalkInstance } from "chalk";
import Table from "cli-table3";
import type { Comparison, ComparisonRow, Verdict } from "../compare/index.js";
import type { DiffPart } from "../compare/diff.js";

export interface CompareRenderOptions {
  color: boolean;
  width: number;
}

const VERDICT_ORDER: Verdict[] = ["conflict", "soft", "partial", "agree"];
const VERDICT_LABEL: Record<Verdict, string> = { conflict: "CONFLICT", soft: "soft", partial: "only some", agree: "agree" };
const FIELD_ORDER = ["casualties", "quotes", "dates", "actors", "locations"];

function sorted(rows: ComparisonRow[]): ComparisonRow[] {
  return [...rows].sort((a, b) => FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field) || VERDICT_ORDER.indexOf(a.verdict) - VERDICT_ORDER.indexOf(b.verdict));
}

function paintVerdict(verdict: Verdict, paint: ChalkInstance): string {
  const label = VERDICT_LABEL[verdict];
  return verdict === "conflict" ? paint.red.bold(label) : verdict === "soft" ? paint.yellow(label) : verdict === "partial" ? paint.cyan(label) : paint.green(label);
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

/** Conflicts first, then soft disagreements, then what only some report, then agreement. */
export function renderComparisonTable(comparison: Comparison, options: CompareRenderOptions): string {
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  const articleWidth = Math.max(20, Math.floor((options.width - 40) / comparison.articles.length) - 3);
  const table = new Table({
    head: ["Field", "Subject", "Verdict", ...comparison.articles],
    colWidths: [12, 18, 11, ...comparison.articles.map(() => articleWidth)],
    wordWrap: true,
    style: { head: options.color ? ["cyan"] : [], border: options.color ? ["grey"] : [], compact: false },
  });
  for (const row of sorted(comparison.rows)) {
    const cells = comparison.articles.map((article) => {
      const claim = row.claims.find((candidate) => candidate.article === article);
      if (!claim) return paint.dim("—");
      return claim.evidence && claim.evidence !== claim.value ? `${claim.value}\n${paint.dim(claim.evidence)}` : claim.value;
    });
    table.push([row.field, row.subject, paintVerdict(row.verdict, paint), ...cells]);
    if (row.note || row.diff) {
      const detail = [row.note, row.similarity !== undefined ? `similarity ${row.similarity.toFixed(2)}` : null, row.diff ? diffText(row.diff, paint) : null].filter(Boolean).join(" · ");
      table.push([{ colSpan: 3 + comparison.articles.length, content: paint.italic(`  ↳ ${detail}`) }]);
    }
  }
  const summary = `${comparison.articles.length} articles, ${comparison.rows.length} facts aligned, ${comparison.conflicts} conflict${comparison.conflicts === 1 ? "" : "s"}`;
  return `${table.toString()}\n${comparison.conflicts > 0 ? paint.red.bold(summary) : paint.green(summary)}\n`;
}

const escapeCell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** `--format markdown`: a table to paste into a fact-check write-up, evidence quoted under it. */
export function renderComparisonMarkdown(comparison: Comparison): string {
  const lines = [
    `| Field | Subject | Verdict | ${comparison.articles.map(escapeCell).join(" | ")} |`,
    `| --- | --- | --- | ${comparison.articles.map(() => "---").join(" | ")} |`,
  ];
  const evidence: string[] = [];
  for (const row of sorted(comparison.rows)) {
    const cells = comparison.articles.map((article) => {
      const claim = row.claims.find((candidate) => candidate.article === article);
      if (!claim) return "—";
      if (claim.evidence && claim.evidence !== claim.value) {
        evidence.push(`> ${escapeCell(claim.evidence)} — *${escapeCell(article)}*`);
        return `${escapeCell(claim.value)} [${evidence.length}]`;
      }
      return escapeCell(claim.value);
    });
    const verdict = row.verdict === "conflict" ? "**conflict**" : VERDICT_LABEL[row.verdict];
    lines.push(`| ${row.field} | ${escapeCell(row.subject)} | ${verdict} | ${cells.join(" | ")} |`);
    if (row.note || row.diff) {
      const detail = [row.note, row.similarity !== undefined ? `similarity ${row.similarity.toFixed(2)}` : null, row.diff ? diffText(row.diff, new Chalk({ level: 0 }), true) : null].filter(Boolean).join(" · ");
      lines.push(`| | | | ${escapeCell(detail)}${" |".repeat(comparison.articles.length)}`);
    }
  }
  const summary = `${comparison.articles.length} articles, ${comparison.rows.length} facts aligned, ${comparison.conflicts} conflicts.`;
  const notes = evidence.map((quote, index) => `${index + 1}. ${quote.slice(2)}`);
  return `${lines.join("\n")}\n\n${summary}\n${notes.length ? `\nEvidence:\n\n${notes.join("\n")}\n` : ""}`;
}

/** `--json`: the comparison as it is (compareVersion 1). */
export function renderComparisonJson(comparison: Comparison): string {
  return `${JSON.stringify(comparison, null, 2)}\n`;
}
