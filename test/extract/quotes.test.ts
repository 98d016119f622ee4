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
      "“We will see this case through,” Marlow police Chief Dana Pruitt said Monday.",
      [{ kind: "direct", text: "We will see this case through", speaker: "Dana Pruitt", mention: "Marlow police Chief Dana Pruitt" }],
    ],
    [
      "“Taxes will rise for most families,” Leonard Burman, director of the Tax Policy Center, said in an interview.",
      [{ kind: "direct", text: "Taxes will rise for most families", speaker: "Leonard Burman", mention: "Leonard Burman" }],
    ],
    // a relative clause between the speaker and the verb
    [
      "“We will win the vote,” Tom Reed, who led the union for a decade, told reporters in Dorsey.",
      [{ kind: "direct", text: "We will win the vote", speaker: "Tom Reed", mention: "Tom Reed" }],
    ],
    [
      "“The talks are over,” a union official, who asked to stay unnamed, told the crowd.",
      [{ kind: "direct", text: "The talks are over", speaker: "a union official", mention: "a union official" }],
    ],
    // near-miss: the phrase before "who" ends a chain of appositives; the speaker opens the chain
    [
      "“Both parties worry me,” Ann Bell, 30, of Hayes, N.D., who took part in the survey, said by phone.",
      [{ kind: "direct", text: "Both parties worry me", speaker: "Ann Bell", mention: "Ann Bell" }],
    ],
    // "according to" right after the quotation names its source, the speaker
    [
      "“Repairs will take until spring,” according to the port authority.",
      [{ kind: "direct", text: "Repairs will take until spring", speaker: "the port authority", mention: "the port authority" }],
    ],
    // near-miss: after a full stop, "According to …" opens a sentence of its own
    [
      "“Repairs will take until spring.” According to the port authority, two cranes were damaged.",
      [
        { kind: "direct", text: "Repairs will take until spring.", speaker: null, mention: null },
        { kind: "indirect", text: "two cranes were damaged", speaker: "the port authority", mention: "the port authority" },
      ],
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

  const relayedQuotation = (text: string) =>
    run(text, { only: ["quotes"] }).quotes.map((quote) => ({ kind: quote.kind, text: quote.text, mention: quote.speakerMention?.text ?? null, via: quote.via?.text ?? null }));
  it.each([
    ["“We will win the vote,” Grayson said, according to Frankel.", [{ kind: "direct", text: "We will win the vote", mention: "Grayson", via: "Frankel" }]],
    [
      "“The harbour will reopen in May,” the mayor told reporters, according to a transcript of the meeting.",
      [{ kind: "direct", text: "The harbour will reopen in May", mention: "the mayor", via: "a transcript of the meeting" }],
    ],
    [
      "“We will win the vote,” Grayson said, according to Frankel. “Nobody can stop us now.”",
      [
        { kind: "direct", text: "We will win the vote", mention: "Grayson", via: "Frankel" },
        { kind: "direct", text: "Nobody can stop us now.", mention: "Grayson", via: "Frankel" },
      ],
    ],
    // Near-miss: without quotation marks the relayed words stay reported speech.
    [
      "The vote will be won, Grayson said, according to Frankel.",
      [{ kind: "indirect", text: "The vote will be won, Grayson said, according to Frankel", mention: "Grayson", via: null }],
    ],
  ])("a quotation with its own attribution relayed by “according to”: %s", (text, expected) => {
    expect(relayedQuotation(text)).toEqual(expected);
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

describe("quotation marks of every newswire style", () => {
  const rows: Array<[string, string]> = [
    ["``We will stay as long as it takes,'' he said.", "We will stay as long as it takes,"],
    ["''We will stay as long as it takes,'' he said.", "We will stay as long as it takes,"],
    ["‘We will not pay a penny more,’ the minister said.", "We will not pay a penny more,"],
    ["'We will not pay a penny more,' the minister said.", "We will not pay a penny more,"],
    ["„Wir schaffen das“, sagte sie.", "Wir schaffen das"],
    ["« Nous avons gagné », a dit le maire.", "Nous avons gagné"],
    // a quotation that opens its paragraph ends with it, its closing mark forgotten
    ["The mayor said: “We will rebuild every house on this street.\nThe council met on Monday.", "We will rebuild every house on this street."],
  ];
  it.each(rows)("%s", (text, quoted) => {
    const found = findQuotedText(text);
    expect(found.map((span) => text.slice(span.start, span.end))).toEqual([quoted]);
    expect(text.slice(found[0].outerStart, found[0].start)).toMatch(/^(?:``|''|[‘'„«“"])\s*$/);
  });

  const nearMisses = [
    "The guard is 5'11'' tall and weighs 180 pounds.",
    "Music of the '90s was loud and the '80s were louder.",
    "They played rock 'n' roll until dawn.",
    "O'Brien and D’Souza don't agree on the players' union.",
    // opened mid-sentence and never closed: a stray mark
    "An unbalanced “quote starts here and never ends\nThe council met on Monday.",
  ];
  it.each(nearMisses)("no quotation: %s", (text) => expect(findQuotedText(text)).toEqual([]));

  it("keeps narration between two archive quotations out of them", () => {
    const text = "``No one should doubt our resolve,'' she said. Officials met later. ``We will stay for a long time,'' he added.";
    expect(quotesOf(text)).toEqual([
      { kind: "direct", text: "No one should doubt our resolve", speaker: "she", mention: "she" },
      { kind: "direct", text: "We will stay for a long time", speaker: "he", mention: "he" },
    ]);
  });

  it("continues an archive quotation in the next sentence after its attribution", () => {
    const text = "``We did not come for a week,'' said Gen. Ray Holden, a commander of the brigade. ``We are here for the long haul.''";
    expect(run(text, { only: ["quotes"] }).quotes.map((quote) => [quote.speaker, quote.rule])).toEqual([
      ["Ray Holden", "quotation-attributed"],
      ["Ray Holden", "quotation-continued"],
    ]);
  });

  it("reads words quoted after the verb and more of the sentence as reported speech; after a listener as direct", () => {
    expect(quotesOf("Cruz says if elected “I will work closely with leaders in Congress.”").map((quote) => quote.kind)).toEqual(["indirect"]);
    expect(quotesOf("Cruz told reporters “I will work closely with leaders in Congress.”").map((quote) => quote.kind)).toEqual(["direct"]);
  });

  it("reads a one-word quotation with its attribution after it as speech, a title after a verb as none", () => {
    expect(quotesOf("“Savage,” she said on Monday.")).toEqual([{ kind: "direct", text: "Savage", speaker: "she", mention: "she" }]);
    expect(quotesOf("He said on ABC’s “This Week.” The host moved on.").filter((quote) => quote.kind === "direct")).toEqual([]);
  });

  it("reads an unattributed sentence in single marks as a subhead, not speech", () => {
    expect(quotesOf("The merger was a success.\n\n'A fight from start to finish.'\n\nThe merger was not her idea.")).toEqual([]);
    expect(quotesOf("‘We will not pay a penny more,’ the minister said. ‘Not now and not ever again.’")[0].speaker).toBe("the minister");
  });

  it("reads a headline named with its writer as no quotation; a quote before “by” and a speaker as speech", () => {
    const kinds = (text: string) => quotesOf(text).map((quote) => quote.kind);
    expect(kinds('CLOSING — "Harbour cafe to shut after forty years," by the Gazette\'s Ann Lee.')).toEqual([]);
    expect(kinds('"We served our last coffee today," said Ann Lee by the harbour.')).toEqual(["direct"]);
  });

  it("reads a quoted sentence set off by a comma or colon as direct, a clause running on in lower case as reported", () => {
    const directOf = (text: string) => quotesOf(text).filter((quote) => quote.kind === "direct").map((quote) => quote.text);
    expect(directOf("Mayor Lena Ortiz told her supporters, “The harbour will reopen in spring.”")).toEqual(["The harbour will reopen in spring."]);
    expect(directOf("Mayor Lena Ortiz said of the ferry: “it will sail again before the summer.”")).toEqual(["it will sail again before the summer."]);
    expect(directOf("Mayor Lena Ortiz said that whatever the council decides, “it should not close the harbour.”")).toEqual([]);
  });

  it("reads quoted words after an article or a preposition as part of the sentence, after a colon as speech", () => {
    const directOf = (text: string) => quotesOf(text).filter((quote) => quote.kind === "direct").map((quote) => quote.text);
    expect(directOf("Viewers are big fans of “Harbour Lights,” Ms. Ortiz said.")).toEqual([]);
    expect(directOf("The council fears the “Harbour Lights” crowd, Ms. Ortiz said.")).toEqual([]);
    expect(directOf("Ms. Ortiz said of the ferry: “Harbour lights will guide it home.”")).toEqual(["Harbour lights will guide it home."]);
  });

  it("joins a quotation that resumes after its attribution and a phrase; a full stop between leaves two", () => {
    const partsOf = (text: string) => run(text, { only: ["quotes"] }).quotes.map((quote) => (quote.parts ?? [quote]).map((part) => part.text));
    expect(partsOf("“We need each other,” Mayor Lena Ortiz said of the two ministers, “because neither can win alone.”")).toEqual([
      ["We need each other", "because neither can win alone."],
    ]);
    expect(partsOf("“We need each other,” Mayor Lena Ortiz said of the two ministers. “Neither can win alone.”")).toEqual([
      ["We need each other"],
      ["Neither can win alone."],
    ]);
  });

  it("reads a value in markup as no quotation", () => {
    expect(findQuotedText('<tweet author="@someone" id="77">I am thrilled,</tweet> she wrote.')).toEqual([]);
  });
});

describe("speakers named with an apostrophe, never empty", () => {
  it.each([
    ["D’Souza told reporters that the case was closed.", "D’Souza"],
    ["McDonald’s said that profits had doubled in the quarter.", "McDonald’s"],
    ["O’Brien said that the border with Côte d’Ivoire had reopened.", "O’Brien"],
  ])("%s", (text, mention) => {
    const [quote] = run(text, { only: ["quotes"] }).quotes;
    expect(quote.speakerMention?.text).toBe(mention);
    expect(text.slice(quote.speakerMention!.start, quote.speakerMention!.end)).toBe(mention);
  });
  it("gives null, not an empty speaker, when there is none", () => {
    const [quote] = run("“The road will stay closed for a long time to come,” officials were heard to mutter.").quotes;
    expect([quote.speaker, quote.speakerMention]).toEqual([null, null]);
  });
});

describe("a name that only qualifies the speaker is someone else", () => {
  const rows: Array<[string, string, boolean]> = [
    // [text, speaker, resolved to an actor]
    ["Anna Kovacs said the verdict was unjust and she would appeal.", "Anna Kovacs", true],
    ["The mother of Anna Kovacs said the verdict was unjust and she would appeal.", "The mother of Anna Kovacs", false],
    ["A spokesman for Anna Kovacs said the family would appeal the ruling.", "A spokesman for Anna Kovacs", false],
    ["Kovacs's lawyer, Tom Bell, denied that his client had lied to the court.", "Tom Bell", true],
    // a place or body after the name says where the speaker belongs; the name is still the head
    ["“The port stays open,” said Mayor Ana Ruiz of Lyon.", "Ana Ruiz", true],
  ];
  it.each(rows)("%s", (text, speaker, isResolved) => {
    const [quote] = run(text).quotes;
    expect(quote.speaker).toBe(speaker);
    expect(quote.actorId !== null).toBe(isResolved);
  });
});

describe("pronouns resolve to the nearest compatible person", () => {
  it("skips a nearer man for “she”: Ruth Okafor, not Daniel Brooks", () => {
    const text = "Dr Ruth Okafor, who treated Mr Daniel Brooks after the crash, called him a hero. “He saved three lives that night,” she said.";
    expect(run(text).quotes[0]).toMatchObject({ speaker: "Ruth Okafor", speakerMention: { text: "she" } });
  });
  it("skips a nearer woman for “he”: Daniel Brooks, not Mrs Okafor", () => {
    const text = "Daniel Brooks thanked Mrs Okafor on Friday. “It was a long night for all of us in the ward,” he said.";
    expect(run(text).quotes[0]).toMatchObject({ speaker: "Daniel Brooks", speakerMention: { text: "he" } });
  });
  it("takes the sentence's subject before a nearer object when both fit: Daniel Brooks, not Tom Bell", () => {
    const text = "Daniel Brooks met Tom Bell on Friday. “It was a long night for all of us in the ward,” he said.";
    expect(run(text).quotes[0].speaker).toBe("Daniel Brooks");
  });
  const lenzAndBrooks = "Maria Lenz chairs the harbour board. Daniel Brooks, her deputy, spoke first at the meeting.";
  it("skips the previous sentence's male subject for “she”: Maria Lenz, further back, not Daniel Brooks", () => {
    const [quote] = run(`${lenzAndBrooks} “We have the votes to pass it,” she said.`).quotes;
    expect(quote).toMatchObject({ speaker: "Maria Lenz", speakerMention: { text: "she" } });
  });
  it("takes the previous sentence's subject for “he”: Daniel Brooks, not Maria Lenz", () => {
    expect(run(`${lenzAndBrooks} “We have the votes to pass it,” he said.`).quotes[0].speaker).toBe("Daniel Brooks");
  });
  it("gives a plural “they” to the organisation, not the person: the union, not Daniel Brooks", () => {
    const text = "The Harbour Workers Union met with Daniel Brooks on Monday. “We will strike on Friday if nothing changes,” they said.";
    expect(run(text).quotes[0].speaker).toBe("Harbour Workers Union");
  });
  it("reads no antecedent inside a quotation: Tom Reed is the quotation's word, so “she” stays unresolved", () => {
    const [quote] = run("“Tom Reed saved my life on that night,” she said. Anna Berg thanked him later.").quotes;
    expect(quote).toMatchObject({ speaker: "she", actorId: null });
  });
  it("keeps the pronoun unresolved when no person fits: Tom Bell and Daniel Brooks are men", () => {
    const text = "Tom Bell met Daniel Brooks on Friday. “It was a long night for all of us in the ward,” she said.";
    expect(run(text).quotes[0]).toMatchObject({ speaker: "she", actorId: null });
  });
});

describe("the speaker of a participle, an appositive or a second verb", () => {
  const rows: Row[] = [
    [
      "Dana Whitfield, a deputy director of the campaign, emailed volunteers on Monday, telling them, “I am grateful for this team and always will be.”",
      [{ kind: "direct", text: "I am grateful for this team and always will be.", speaker: "Dana Whitfield", mention: "Dana Whitfield" }],
    ],
    [
      "“That is a fair worry for many of us,” Marlowe, 58, told the station on Monday.",
      [{ kind: "direct", text: "That is a fair worry for many of us", speaker: "Marlowe", mention: "Marlowe" }],
    ],
    [
      "“We have fixed every problem,” Petrov was quoted as saying by the agency.",
      [{ kind: "direct", text: "We have fixed every problem", speaker: "Petrov", mention: "Petrov" }],
    ],
    [
      "Wilson praised the senator's record on defense and said the senator could bring change to the capital.",
      [{ kind: "indirect", text: "the senator could bring change to the capital", speaker: "Wilson", mention: "Wilson" }],
    ],
    [
      "Karimi, executive director of a peace group in the city, said she hopes the world will remember him.",
      [{ kind: "indirect", text: "she hopes the world will remember him", speaker: "Karimi", mention: "Karimi" }],
    ],
    [
      "In an interview on the radio, he declined to give details, but said: ``I think the king is right.''",
      [{ kind: "direct", text: "I think the king is right.", speaker: "he", mention: "he" }],
    ],
    // "adding" shares the subject of "said" before it, not a word of the first quotation ("We")
    [
      "``We are citizens of this country,'' Adams said, adding: ``Nationalists want unity.''",
      [
        { kind: "direct", text: "We are citizens of this country", speaker: "Adams", mention: "Adams" },
        { kind: "direct", text: "Nationalists want unity.", speaker: "Adams", mention: "Adams" },
      ],
    ],
    [
      "``We did not come for a week,'' said two-star Gen. Ray Holden.",
      [{ kind: "direct", text: "We did not come for a week", speaker: "Ray Holden", mention: "two-star Gen. Ray Holden" }],
    ],
    // the relative clause's own "said" is not the sentence's report
    [
      "Barkley, who said he usually votes for Democrats, said one candidate he likes is the governor.",
      [{ kind: "indirect", text: "one candidate he likes is the governor", speaker: "Barkley", mention: "Barkley" }],
    ],
  ];
  it.each(rows)("%s", (text, expected) => expect(quotesOf(text)).toEqual(expected));
});

describe("an attribution inside the reported clause", () => {
  it("splits the clause around “he said” into two parts", () => {
    const text = "The main danger, he said, is a collision of ships at sea.";
    const [quote] = run(text, { only: ["quotes"] }).quotes;
    expect(quote).toMatchObject({ kind: "indirect", rule: "speaker-inside-clause", speakerMention: { text: "he", start: 17 } });
    expect(quote.parts?.map((part) => [part.start, part.text])).toEqual([
      [0, "The main danger"],
      [26, "is a collision of ships at sea"],
    ]);
  });
  it.each([
    ["Since last year, according to the agency, security forces have killed hundreds of protesters.", ["Since last year", "security forces have killed hundreds of protesters"]],
    // near-miss: after "and" the writer goes on in a clause of their own
    ["One person was hurt last year, according to the agency, and there were only eight incidents.", undefined],
  ])("%s", (text, parts) => {
    const [quote] = run(text, { only: ["quotes"] }).quotes;
    expect(quote.parts?.map((part) => part.text)).toEqual(parts);
  });
  it("keeps a sentence-final attribution whole (near-miss: no clause after it)", () => {
    const [quote] = run("The talks had failed, the minister said on Sunday.", { only: ["quotes"] }).quotes;
    expect([quote.rule, quote.parts]).toEqual(["clause-then-speaker", undefined]);
  });
});

describe("dateline debris is no part of a speaker", () => {
  it.each([
    ["NAIROBI, Kenya (AP) _ Reports reaching here said the rebels had taken the town.", "Reports reaching here"],
    ["PHNOM PENH, Cambodia (AP)_ The top commander of the force said he had sent a team to the border.", "The top commander of the force"],
  ])("%s", (text, mention) => expect(quotesOf(text).map((quote) => quote.mention)).toEqual([mention]));

  it.each([
    ["VALDORA (Reuters) - Storms cut power to 9,000 homes, the utility said.", "Storms cut power to 9,000 homes"],
    ["KESTRAL, Norland, March 4 (AP) _ Two ferries ran aground in the fog, the coast guard said.", "Two ferries ran aground in the fog"],
    ["VALDORA — The port will reopen on Monday, officials said.", "The port will reopen on Monday"],
    // near-misses: a hyphen between names in the sentence itself is no dateline
    ["US - Norland talks will resume in May, officials said.", "US - Norland talks will resume in May"],
    ["NATO - led forces will stay until May, officials said.", "NATO - led forces will stay until May"],
  ])("the dateline heading a story is no part of what was said: %s", (text, content) => {
    expect(quotesOf(text).map((quote) => quote.text)).toEqual([content]);
  });
});

describe("a quotation introduced by its verb and a setting", () => {
  const rows: Row[] = [
    [
      "Mayor Lena Ortiz said at a news conference, “The harbour will reopen before the summer.”",
      [{ kind: "direct", text: "The harbour will reopen before the summer.", speaker: "Lena Ortiz", mention: "Mayor Lena Ortiz" }],
    ],
    [
      "She told the beekeepers who had come to the hall in Pell, “every hive in this valley will get its grant.”",
      [{ kind: "direct", text: "every hive in this valley will get its grant.", speaker: "She", mention: "She" }],
    ],
    [
      "Pat Dunn wrote to the readers of his blog, “The ferry timetable is a puzzle nobody can solve,” and posted a photo.",
      [{ kind: "direct", text: "The ferry timetable is a puzzle nobody can solve", speaker: "Pat Dunn", mention: "Pat Dunn" }],
    ],
    // "adding" after the quotation introduces what was added, not the speaker
    [
      'Mayor Tom Reed said of the bridge, "It looks unsafe to me," adding that a repair would be costly.',
      [{ kind: "direct", text: "It looks unsafe to me", speaker: "Tom Reed", mention: "Mayor Tom Reed" }],
    ],
    [
      "Ana Ruiz, a former aide to Mr. Kell, said of Mr. Kell: ''He is a builder through and through.''",
      [{ kind: "direct", text: "He is a builder through and through.", speaker: "Ana Ruiz", mention: "Ana Ruiz" }],
    ],
    [
      "An engineer close to the mayor said, “The tunnel needs two more pumps before winter.”",
      [{ kind: "direct", text: "The tunnel needs two more pumps before winter.", speaker: "An engineer close to the mayor", mention: "An engineer close to the mayor" }],
    ],
    [
      "Maria Lopez put a note on the club's notice board, saying, “Rowing starts again on Tuesday!”",
      [{ kind: "direct", text: "Rowing starts again on Tuesday!", speaker: "Maria Lopez", mention: "Maria Lopez" }],
    ],
  ];
  it.each(rows)("%s", (text, expected) => expect(quotesOf(text)).toEqual(expected));

  const kindsOf = (text: string) => quotesOf(text).map((quote) => quote.kind);
  // near-misses: a clause of its own between the verb and the quotation makes it reported speech
  it.each([
    "Mayor Lena Ortiz said that if the vote fails, “we will go to court.”",
    "Mayor Lena Ortiz said the plan, which the council drafted, “will cost far too much money.”",
    "The rowing club said in a statement that “the harbour board has let its members down.”",
  ])("reported, not direct: %s", (text) => expect(kindsOf(text)).toEqual(["indirect"]));
});

describe("titles are no speech", () => {
  it.each([
    "On Channel 9's “Morning Talk,” Rep. Ada Moss said the bill was dead.",
    "Lena Ortiz, another ''Daybreak'' host, is taking over the show.",
  ])("%s", (text) => expect(quotesOf(text).filter((quote) => quote.kind === "direct")).toEqual([]));
  it("near-miss: a one-word quotation its speaker names after it is speech", () => {
    expect(quotesOf("“Savage,” she said.").map((quote) => quote.kind)).toEqual(["direct"]);
  });
});

describe("one statement is one quote", () => {
  it("lets the direct quotation win over the words that introduce it", () => {
    expect(quotesOf("Mr Grant said of the expedition: “We estimated the climb would take nine days.”")).toEqual([
      { kind: "direct", text: "We estimated the climb would take nine days.", speaker: "Grant", mention: "Mr Grant" },
    ]);
  });
  it("keeps a report that ends before the quotation's own attribution", () => {
    expect(quotesOf("The senator noted that he had taught history for years, and added: “I have seen this before.”")).toEqual([
      { kind: "indirect", text: "that he had taught history for years", speaker: "The senator", mention: "The senator" },
      { kind: "direct", text: "I have seen this before.", speaker: "The senator", mention: "The senator" },
    ]);
  });
  it("gives a quotation set off by a colon inside reported speech the report's speaker", () => {
    expect(quotesOf('Since the lighthouse closed, he has said the same words to every visitor: "The lamp will shine again one day."')).toEqual([
      { kind: "direct", text: "The lamp will shine again one day.", speaker: "he", mention: "he" },
    ]);
  });
  it("ends the report at the colon before a quotation with its own attribution", () => {
    expect(quotesOf('The keeper said the station had no spare parts left: "We repair the lamp with wire and hope," he wrote.')).toEqual([
      { kind: "indirect", text: "the station had no spare parts left", speaker: "The keeper", mention: "The keeper" },
      { kind: "direct", text: "We repair the lamp with wire and hope", speaker: "he", mention: "he" },
    ]);
  });
  it("near-miss: a quotation after a comma inside the report stays part of it", () => {
    expect(quotesOf("Mayor Lena Ortiz said that whatever the council decides, “it should not close the harbour.”").map((quote) => quote.kind)).toEqual(["indirect"]);
  });
  it("makes no report of a speaker inside a quotation", () => {
    expect(quotesOf("``We continue to pray and pray hard,'' Saddam said in a letter read on the radio.").map((quote) => quote.kind)).toEqual(["direct"]);
  });
});

it.each([
  "“Oui,” dit-il. “We’ll see,” she said — “maybe.” The Élysée said that talks would resume.",
  "NAIROBI (AP) _ ``We won,'' D’Souza said. ‘It is over,’ McDonald’s said. „Ja“. He is 5'11''.\nShe said: “Unclosed at the end.",
])("keeps offsets that slice back: %s", (text) => expectOffsetsSliceBack(text, run(text)));
