import { Chalk, type ChalkInstance } from "chalk";
import type { Report, Span } from "../types.js";

type MarkedField = "actors" | "locations" | "dates" | "casualties" | "quotes";

interface Mark extends Span {
  field: MarkedField;
  label: string;
}

const FIELD_ORDER: MarkedField[] = ["quotes", "casualties", "dates", "actors", "locations"];

/** Every span a report marks in its text, with what it is. */
export function marksOf(report: Report): Mark[] {
  return [
    ...report.quotes.flatMap((quote) => (quote.parts ?? [quote]).map((part) => ({ ...part, field: "quotes" as const, label: `quote${quote.speaker ? ` — ${quote.speaker}` : ""}` }))),
    ...report.casualties.map((figure) => ({ ...figure, field: "casualties" as const, label: `${figure.kind}: ${figure.count ?? "?"}` })),
    ...report.dates.map((date) => ({ ...date, field: "dates" as const, label: date.value ?? "unresolved" })),
    ...report.actors.flatMap((actor) => actor.mentions.map((mention) => ({ ...mention, field: "actors" as const, label: `${actor.type}: ${actor.name}` }))),
    ...report.locations.flatMap((location) => location.mentions.map((mention) => ({ ...mention, field: "locations" as const, label: `${location.type}: ${location.name}` }))),
  ];
}

interface Segment {
  start: number;
  end: number;
  marks: Mark[];
}

/** The text cut at every mark's edges, each piece with the marks that cover it. */
function segments(text: string, marks: Mark[]): Segment[] {
  const edges = [...new Set([0, text.length, ...marks.flatMap((mark) => [mark.start, mark.end])])].sort((a, b) => a - b);
  const sortedMarks = [...marks].sort((a, b) => a.start - b.start);
  const result: Segment[] = [];
  let open: Mark[] = [];
  let next = 0;
  for (let index = 0; index < edges.length - 1; index++) {
    const [start, end] = [edges[index], edges[index + 1]];
    open = open.filter((mark) => mark.end > start);
    while (next < sortedMarks.length && sortedMarks[next].start <= start) {
      if (sortedMarks[next].end > start) open.push(sortedMarks[next]);
      next++;
    }
    result.push({ start, end, marks: [...open].sort((a, b) => FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field)) });
  }
  return result;
}

const TERMINAL_STYLES: Record<MarkedField, (paint: ChalkInstance) => ChalkInstance> = {
  quotes: (paint) => paint.italic.yellow,
  casualties: (paint) => paint.bold.red,
  dates: (paint) => paint.magenta,
  actors: (paint) => paint.bold.cyan,
  locations: (paint) => paint.green,
};

/** The article at a terminal, each fact coloured where it stands, under a legend. */
export function renderHighlightTerminal(text: string, report: Report, color: boolean): string {
  const paint = new Chalk({ level: color ? 1 : 0 });
  const legend = FIELD_ORDER.map((field) => TERMINAL_STYLES[field](paint)(field)).join("  ");
  const body = segments(text, marksOf(report))
    .map(({ start, end, marks }) => {
      const piece = text.slice(start, end);
      // Without colour the article is printed as it is, and its marks are listed under it.
      if (marks.length === 0 || !color) return piece;
      return marks.reduceRight((painted, mark) => TERMINAL_STYLES[mark.field](paint)(painted), piece);
    })
    .join("");
  const plainMarks = color ? "" : `\n\n${marksOf(report).sort((a, b) => a.start - b.start).map((mark) => `${mark.field.padEnd(10)} ${JSON.stringify(mark.text)} — ${mark.label}`).join("\n")}`;
  return `${legend}\n\n${body}${plainMarks}\n`;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const CSS = `
body { font: 16px/1.6 Georgia, serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; margin-top: 2rem; }
.article { white-space: pre-wrap; }
mark { background: none; padding: 0 1px; border-radius: 3px; }
mark.f-quotes { background: #fff6c2; font-style: italic; }
mark.f-casualties { background: #ffd6d6; color: #900; font-weight: bold; }
mark.f-dates { background: #f1dcff; }
mark.f-actors { background: #d4f1ff; }
mark.f-locations { background: #d8f5d0; }
.legend mark { margin-right: .6rem; }
table { border-collapse: collapse; width: 100%; font: 14px/1.4 system-ui, sans-serif; }
th, td { border: 1px solid #ccc; padding: .3rem .5rem; text-align: left; vertical-align: top; }
`;

/** A self-contained page: the highlighted article, then the facts as tables. No external assets. */
export function renderHighlightHtml(text: string, report: Report): string {
  const body = segments(text, marksOf(report))
    .map(({ start, end, marks }) =>
      marks.reduceRight((inner, mark) => `<mark class="f-${mark.field}" title="${escapeHtml(mark.label)}">${inner}</mark>`, escapeHtml(text.slice(start, end))),
    )
    .join("");
  const legend = FIELD_ORDER.map((field) => `<mark class="f-${field}">${field}</mark>`).join("");
  const table = (title: string, head: string[], rows: string[][]) =>
    `<h2>${title} (${rows.length})</h2>${rows.length === 0 ? "<p>none found</p>" : `<table><thead><tr>${head.map((cell) => `<th>${cell}</th>`).join("")}</tr></thead><tbody>${rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join("")}</tr>`).join("")}</tbody></table>`}`;
  const title = escapeHtml(report.source.title ?? report.id ?? report.source.name);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="factx"><title>${title} — factx</title><style>${CSS}</style></head>
<body>
<h1>${title}</h1>
<p class="legend">${legend}</p>
<div class="article">${body}</div>
${table("Actors", ["Name", "Type", "Title", "Mentions"], report.actors.map((actor) => [actor.name, actor.type, actor.title ?? "", String(actor.mentions.length)]))}
${table("Locations", ["Name", "Type", "Country", "Mentions"], report.locations.map((location) => [location.name, location.type, location.countryCode ?? "", String(location.mentions.length)]))}
${table("Dates", ["Text", "Value"], report.dates.map((date) => [date.text, date.value ?? "unresolved"]))}
${table("Casualties", ["Kind", "Count", "Text"], report.casualties.map((figure) => [figure.kind, String(figure.count ?? "?"), figure.text]))}
${table("Quotes", ["Speaker", "Kind", "Quote"], report.quotes.map((quote) => [quote.speaker ?? "unattributed", quote.kind, quote.text]))}
</body></html>
`;
}
