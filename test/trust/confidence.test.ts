import { describe, expect, it } from "vitest";
import { compareArticles } from "../../src/compare/index.js";
import { RENDERERS, type RenderOptions } from "../../src/render/index.js";
import { assignConfidence } from "../../src/trust/assign.js";
import { withMinConfidence } from "../../src/trust/filter.js";
import { speakerEvidence, tollEvidence } from "../../src/trust/evidence.js";
import { FIELDS, type Report } from "../../src/types.js";
import { run } from "../helpers.js";

const ARTICLE = `Flooding killed 14 people and injured 30 in the river town of Valdemora on Tuesday, officials said.
"The water rose faster than anyone expected," Mayor Elena Castaño told reporters. She said that 200 homes were lost.
The Red Cross said it had sent tents.`;

describe("the confidence refiner", () => {
  const report = run(ARTICLE);

  it("gives every actor, location, date, figure, toll entry and quote a confidence between 0 and 1", () => {
    const facts = [...report.actors, ...report.locations, ...report.dates, ...report.casualties, ...Object.values(report.casualtySummary), ...report.quotes];
    expect(facts.length).toBeGreaterThan(8);
    for (const fact of facts) {
      expect(fact.confidence).toBeGreaterThanOrEqual(0);
      expect(fact.confidence).toBeLessThanOrEqual(1);
    }
  });

  it("judges a speaker only where a quote has one", () => {
    for (const quote of report.quotes) {
      if (quote.speakerMention) expect(quote.speakerConfidence).toBeGreaterThan(0);
      else expect(quote.speakerConfidence).toBeNull();
    }
  });

  it("looks a speaker up by how the text gives it: named at the quote, or a pronoun", () => {
    const speakers = { facts: 100, right: 80, confidence: 0.8, evidence: { named: { facts: 60, right: 57, confidence: 0.95 }, "pronoun-resolved": { facts: 40, right: 24, confidence: 0.6 } } };
    const judged = assignConfidence(report, ARTICLE, { about: "", sourcesHash: "", sets: [], priorWeight: 10, fields: { speakers } });
    const byMention = (words: string) => judged.quotes.find((quote) => quote.speakerMention?.text === words)?.speakerConfidence;
    expect(byMention("Mayor Elena Castaño")).toBe(0.95);
    expect(byMention("She")).toBe(0.6);
  });

  it("gives every fact of a field its field's mean when the calibration never saw its rule", () => {
    const file = { about: "", sourcesHash: "", sets: [], priorWeight: 10, fields: { dates: { facts: 10, right: 7, confidence: 0.7, evidence: {} } } };
    const judged = assignConfidence(report, ARTICLE, file);
    expect(judged.dates.map((date) => date.confidence)).toEqual(report.dates.map(() => 0.7));
    expect(judged.actors.map((actor) => actor.confidence)).toEqual(report.actors.map(() => null));
  });
});

describe("speaker evidence", () => {
  const text = `"We are ready," Ana Ruiz said. Later in the day she repeated it.`;
  const spanOf = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length, text: words });
  const quote = { ...spanOf("We are ready"), kind: "direct" as const, speaker: "Ana Ruiz", actorId: "a1", cue: "said", rule: "direct-quote", speakerMention: spanOf("Ana Ruiz") };
  const she = spanOf("she");

  it("tells a speaker named beside the quote from a pronoun in another sentence", () => {
    expect(speakerEvidence(quote, text)).toEqual(["named", "beside"]);
    expect(speakerEvidence({ ...quote, speakerMention: she }, text)).toEqual(["pronoun-resolved", "apart"]);
    expect(speakerEvidence({ ...quote, actorId: null, speakerMention: she }, text)).toEqual(["pronoun", "apart"]);
  });

  it("has no evidence to weigh for a quote without a speaker", () => {
    expect(speakerEvidence({ ...quote, speaker: null, speakerMention: null, actorId: null }, text)).toBeNull();
  });
});

describe("toll evidence", () => {
  /** The killed toll's evidence without its headline rule: how, agreement, place, whose harm, shape. */
  const killedToll = (text: string) => {
    const report = run(text);
    return tollEvidence(report.casualtySummary.killed!, report.casualties, text).slice(0, 5);
  };

  it("tells a sole figure from figures that agree and figures that say another number", () => {
    expect(killedToll("A landslide buried part of the hill village of Orvela on Monday, killing 9 people.")).toEqual(["one-figure", "sole", "lead", "victims", "number"]);
    expect(killedToll("Nine people died when a landslide hit Orvela on Monday. Rescuers said the 9 dead were farmers.")[1]).toBe("agreed");
    expect(killedToll("Seven people were killed when a landslide hit Orvela on Monday. Officials later said 12 people were killed.")[1]).toBe("contested");
  });

  it("tells a toll given in the first two sentences from one found only further on", () => {
    const text = "The storm reached the coast of Marvento late on Sunday. Power lines fell across the valley. Schools stayed shut on Monday. Four people were killed by falling trees.";
    expect(killedToll(text)[2]).toBe("body");
    expect(killedToll(text.split(" Power lines fell across the valley. Schools stayed shut on Monday.").join(""))[2]).toBe("lead");
  });

  it("tells a toll that only the headline gives from one the body counts too", () => {
    expect(killedToll("Man shot dead in Arlen | Arlen Courier\nPolice are looking for a grey van seen on Main Street.")[2]).toBe("headline");
    expect(killedToll("Man shot dead in Arlen | Arlen Courier\nPolice said a man was shot dead on Main Street.")[2]).toBe("lead");
    // a first line that ends with a stop is a paragraph, not a headline
    expect(killedToll("A man was shot dead in Arlen.\nPolice are looking for a grey van seen on Main Street.")[2]).toBe("lead");
    // nor is a sentence wrapped onto the next line
    expect(killedToll("Two people were killed when a gunman opened\nfire on the market in Arlen on Friday.")[2]).toBe("lead");
    // blank lines before the headline are no line of their own
    expect(killedToll("\n  \nMan shot dead in Arlen | Arlen Courier\nPolice are looking for a grey van seen on Main Street.")[2]).toBe("headline");
  });

  it("tells a toll of attackers or suspects from one of victims", () => {
    expect(killedToll("Two gunmen were killed by police after they attacked a market in Soltera on Friday.")[3]).toBe("perpetrators");
    expect(killedToll("Two shoppers were killed after gunmen attacked a market in Soltera on Friday.")[3]).toBe("victims");
  });
});

/** A report whose confidences are set by hand: 0.9 for what should stay, 0.3 for what should go. */
function judged(): Report {
  const report = run(ARTICLE);
  const killed = report.casualtySummary.killed!;
  return {
    ...report,
    actors: report.actors.map((actor, index) => ({ ...actor, confidence: index === 0 ? 0.3 : 0.9 })),
    dates: report.dates.map((date) => ({ ...date, confidence: 0.3 })),
    casualties: report.casualties.map((figure) => ({ ...figure, confidence: figure.kind === "injured" ? 0.3 : 0.9 })),
    casualtySummary: { ...report.casualtySummary, killed: { ...killed, confidence: 0.9 } },
    quotes: report.quotes.map((quote) => ({ ...quote, confidence: 0.9, speakerConfidence: quote.speakerMention?.text === "She" ? 0.3 : 0.9 })),
  };
}

describe("--min-confidence", () => {
  const report = judged();
  const kept = withMinConfidence(report, 0.5);

  it("drops every fact below the bar, and a quote whose speaker is below it", () => {
    expect(kept.actors).toEqual(report.actors.slice(1));
    expect(kept.dates).toEqual([]);
    expect(kept.casualties.map((figure) => figure.kind)).not.toContain("injured");
    expect(kept.quotes.map((quote) => quote.speakerMention?.text)).not.toContain("She");
    expect(kept.quotes.length).toBeGreaterThan(0);
  });

  it("drops a toll whose figures went, and points the tolls kept at their figures' new places", () => {
    expect(Object.keys(kept.casualtySummary)).toEqual(["killed"]);
    const killed = kept.casualtySummary.killed!;
    expect(killed.figures.map((index) => kept.casualties[index].id)).toEqual(killed.figureIds);
  });

  it("clears the actorId of a quote whose actor went", () => {
    const gone = new Set(report.actors.slice(0, 1).map((actor) => actor.id));
    for (const quote of kept.quotes) expect(gone.has(quote.actorId ?? "")).toBe(false);
  });

  it("keeps everything at 0", () => {
    expect(withMinConfidence(report, 0)).toEqual(report);
  });
});

describe("doubtful facts in tables", () => {
  const options: RenderOptions = { fields: [...FIELDS], color: false, evidence: false, width: 160 };
  const report = judged();

  it("marks a fact below 0.5 with ? and leaves the others unmarked", () => {
    const table = RENDERERS.table.renderOne!({ ok: true, report }, options);
    const doubtfulActor = report.actors[0].name;
    expect(table).toContain(`? ${doubtfulActor}`);
    expect(table).not.toContain(`? ${report.actors[1].name}`);
    const pronounQuote = report.quotes.find((quote) => quote.speakerMention?.text === "She")!;
    expect(table).toContain(`${pronounQuote.speaker} ?`);
  });

  it("marks them in Markdown too", () => {
    const markdown = RENDERERS.markdown.renderOne!({ ok: true, report }, options);
    expect(markdown).toContain(`| ? ${report.actors[0].name} |`);
  });
});

describe("compare", () => {
  const article = (toll: number, confidence: number): Report => {
    const report = run(`Flooding killed ${toll} people in the river town of Valdemora on Tuesday, officials said.`, { evidence: true });
    return { ...report, casualties: report.casualties.map((figure) => ({ ...figure, confidence })) };
  };

  it("says when a conflict rests on a low-confidence fact", () => {
    const rows = compareArticles([{ name: "a", report: article(14, 0.9) }, { name: "b", report: article(41, 0.3) }]).rows;
    const conflict = rows.find((row) => row.verdict === "conflict");
    expect(conflict?.note).toMatch(/rests on a low-confidence fact: b's \(confidence 0\.30\)/);
  });

  it("says nothing of it when both facts are trusted", () => {
    const rows = compareArticles([{ name: "a", report: article(14, 0.9) }, { name: "b", report: article(41, 0.9) }]).rows;
    expect(rows.find((row) => row.verdict === "conflict")?.note).not.toMatch(/low-confidence/);
  });
});
