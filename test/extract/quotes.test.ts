import { describe, expect, it } from "vitest";
import { findQuotedText } from "../../src/extract/quotes/direct.js";
import { expectOffsetsSliceBack, run } from "../helpers.js";

const quotesOf = (text: string) =>
  run(text, { only: ["quotes"] }).quotes.map((quote) => ({
    kind: quote.kind,
    text: quote.text,
    speaker: quote.speaker,
    mention: quote.speakerMention?.text ?? null,
  }));

type Row = [string, Array<{ kind: string; text: string; speaker: string | null; mention: string | null }>];

describe("direct quotes", () => {
  const rows: Row[] = [
    [
      "“We will fight on,” said Prime Minister Boris Johnson.",
      [{ kind: "direct", text: "We will fight on", speaker: "Boris Johnson", mention: "Prime Minister Boris Johnson" }],
    ],
    [
      'Senator Elizabeth Warren said: "This plan is a disaster for working families."',
      [{ kind: "direct", text: "This plan is a disaster for working families.", speaker: "Elizabeth Warren", mention: "Senator Elizabeth Warren" }],
    ],
    [
      '"The economy is strong and getting stronger," Trump told reporters on Friday.',
      [{ kind: "direct", text: "The economy is strong and getting stronger", speaker: "Trump", mention: "Trump" }],
    ],
    [
      "''I have never been edited,'' Mr. King said on Tuesday.",
      [{ kind: "direct", text: "I have never been edited", speaker: "King", mention: "Mr. King" }],
    ],
    [
      "“We will achieve justice in this case,” Tulsa police Chief Chuck Jordan said Monday.",
      [{ kind: "direct", text: "We will achieve justice in this case", speaker: "Chuck Jordan", mention: "Tulsa police Chief Chuck Jordan" }],
    ],
    [
      "“Taxes will rise for most families,” Leonard Burman, director of the Tax Policy Center, said in an interview.",
      [{ kind: "direct", text: "Taxes will rise for most families", speaker: "Leonard Burman", mention: "Leonard Burman" }],
    ],
    // a full stop ends the quote: the next sentence's subject is not its speaker
    [
      "Officials met. “The road will stay closed for a week.” The mayor also confirmed reports of damage.",
      [{ kind: "direct", text: "The road will stay closed for a week.", speaker: null, mention: null }],
    ],
  ];
  it.each(rows)("%s", (text, expected) => expect(quotesOf(text)).toEqual(expected));

  it("joins a quotation split around its attribution", () => {
    const text = "“We will,” he said, “win this war.”";
    const [quote] = run(text, { only: ["quotes"] }).quotes;
    expect(quote.parts?.map((part) => part.text)).toEqual(["We will", "win this war."]);
    expect(quote.speakerMention?.text).toBe("he");
    expect(text.slice(quote.start, quote.end)).toBe(quote.text);
  });

  it("carries a quotation over paragraphs that reopen with a mark", () => {
    const text = "“This is the first paragraph.\n\n“And this is the second,” the mayor said.";
    const quoted = findQuotedText(text);
    expect(quoted).toHaveLength(1);
    expect(quoted[0]).toMatchObject({ start: 1, end: text.indexOf("”"), outerStart: 0, outerEnd: text.indexOf("”") + 1 });
  });

  it("drops an unbalanced mark without losing what follows", () => {
    const quotes = quotesOf("An unbalanced “quote starts here and never ends.\nOfficials said the road was closed for repairs.");
    expect(quotes).toEqual([{ kind: "indirect", text: "the road was closed for repairs", speaker: "Officials", mention: "Officials" }]);
  });

  const nearMisses = [
    "He called the plan a “so-called reform” and left.",
    "She read “The Art of the Deal” on the plane.",
    "The word “terrorist” was used twice.",
    // a partial quote inside a sentence belongs to the sentence
    "Critics called the plan “a gift to the rich” in Monday's debate.",
  ];
  it.each(nearMisses)("scare quotes and titles are not speech: %s", (text) => expect(quotesOf(text)).toEqual([]));
});

describe("reported speech", () => {
  const rows: Row[] = [
    ["The minister said that the talks had failed.", [{ kind: "indirect", text: "that the talks had failed", speaker: "The minister", mention: "The minister" }]],
    ["The talks had failed, the minister said.", [{ kind: "indirect", text: "The talks had failed", speaker: "the minister", mention: "the minister" }]],
    [
      "The talks had failed, said Foreign Minister Sergei Lavrov.",
      [{ kind: "indirect", text: "The talks had failed", speaker: "Sergei Lavrov", mention: "Foreign Minister Sergei Lavrov" }],
    ],
    ["According to the police, three suspects fled the scene.", [{ kind: "indirect", text: "three suspects fled the scene", speaker: "the police", mention: "the police" }]],
    ["Three suspects fled the scene, according to police.", [{ kind: "indirect", text: "Three suspects fled the scene", speaker: "police", mention: "police" }]],
    ["Apple denied that it had slowed down older iPhones.", [{ kind: "indirect", text: "that it had slowed down older iPhones", speaker: "Apple", mention: "Apple" }]],
    [
      "John Smith, a spokesman for the council, said the road would reopen on Monday.",
      [{ kind: "indirect", text: "the road would reopen on Monday", speaker: "John Smith", mention: "John Smith" }],
    ],
    ["The company said in a statement that profits had doubled.", [{ kind: "indirect", text: "that profits had doubled", speaker: "The company", mention: "The company" }]],
    ["It was about a plot in Paris, as revealed by the White House.", [{ kind: "indirect", text: "It was about a plot in Paris", speaker: "White House", mention: "the White House" }]],
  ];
  it.each(rows)("%s", (text, expected) => expect(quotesOf(text)).toEqual(expected));

  const nearMisses = [
    "A spokesperson from the agency confirms this.",
    "The report says nothing.",
    "He said so.",
  ];
  it.each(nearMisses)("a reporting verb without a reported clause: %s", (text) => expect(quotesOf(text)).toEqual([]));
});

describe("relayed attribution", () => {
  it.each([
    ["The Kremlin said, according to Sky News, that the call was cordial.", "Kremlin", "Sky News", "that the call was cordial"],
    ["According to Sky News, the Kremlin said that the call was cordial.", "Kremlin", "Sky News", "that the call was cordial"],
    ["Reuters quoted the minister as saying that talks would resume next week.", "the minister", "Reuters", "that talks would resume next week"],
  ])("%s", (text, speaker, via, content) => {
    const [quote] = run(text, { only: ["quotes"] }).quotes;
    expect([quote.speaker, quote.via?.text, quote.text]).toEqual([speaker, via, content]);
  });
  it("has no relay where the speaker speaks for itself", () => {
    expect(run("The Kremlin said that the call was cordial.", { only: ["quotes"] }).quotes[0].via).toBeUndefined();
  });
});

describe("partial and continued quotations", () => {
  it("reads words quoted from inside someone's sentence as reported speech", () => {
    expect(quotesOf("Burman said the plan was “a misguided approach” to the deficit.")).toEqual([
      { kind: "indirect", text: "the plan was “a misguided approach” to the deficit", speaker: "Burman", mention: "Burman" },
    ]);
  });

  it("gives a quotation paragraph the speaker of the quotation it continues", () => {
    const text = "“We will not give up,” Mayor Anne Smith said on Monday.\n\n“The city has come back from worse, and it will again.”";
    const quotes = run(text, { only: ["quotes"] }).quotes;
    expect(quotes.map((quote) => [quote.speaker, quote.rule])).toEqual([
      ["Anne Smith", "quotation-attributed"],
      ["Anne Smith", "quotation-continued"],
    ]);
  });

  it("gives the next sentence's quotation the speaker named after the one before it", () => {
    const text = "“We will not give up,” Mayor Anne Smith said on Monday. “The city has come back from worse.”";
    expect(run(text, { only: ["quotes"] }).quotes.map((quote) => quote.speaker)).toEqual(["Anne Smith", "Anne Smith"]);
  });

  it("does not carry a speaker over a paragraph of narration", () => {
    const text = "“We will not give up,” Mayor Anne Smith said.\n\nThe council met later.\n\n“The city has come back from worse, and it will again.”";
    expect(run(text, { only: ["quotes"] }).quotes.map((quote) => quote.speaker)).toEqual(["Anne Smith", null]);
  });
});

describe("speakers resolved to actors", () => {
  it("resolves a pronoun to the nearest person before it", () => {
    const [quote] = run("Angela Merkel arrived in Paris. She said the summit had been productive.").quotes;
    expect(quote).toMatchObject({ speaker: "Angela Merkel", speakerMention: { text: "She" } });
    expect(quote.actorId).toMatch(/^a\d+$/);
  });
  it("resolves “it” to the nearest organisation, not to a person", () => {
    const [quote] = run("Donald Trump called the Kremlin. It said the call was cordial and long.").quotes;
    expect(quote.speaker).toBe("Kremlin");
  });
  it("resolves a description to an actor with that title", () => {
    const [quote] = run("Prime Minister Boris Johnson spoke. The minister said the plan would work well.").quotes;
    expect(quote.speaker).toBe("Boris Johnson");
  });
  it("resolves an age or a role to the nearest person", () => {
    const [quote] = run("Police arrested Daniel Brooks on Friday. The 45-year-old said he had acted alone and regretted it.").quotes;
    expect(quote).toMatchObject({ speaker: "Daniel Brooks", speakerMention: { text: "The 45-year-old" } });
  });
  it("never invents a speaker", () => {
    const [quote] = run("“The road will stay closed for a long time to come.”").quotes;
    expect(quote).toMatchObject({ speaker: null, speakerMention: null, actorId: null });
  });
  it("keeps the words of a speaker no actor fits", () => {
    const [quote] = run("A spokesperson for the agency said the plan had been approved.").quotes;
    expect(quote).toMatchObject({ speaker: "A spokesperson for the agency", actorId: null });
  });
});

it("keeps offsets that slice back", () => {
  const text = "“Oui,” dit-il. “We’ll see,” she said — “maybe.” The Élysée said that talks would resume.";
  expectOffsetsSliceBack(text, run(text));
});
