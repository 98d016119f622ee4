import { describe, expect, it } from "vitest";
import { parseNumberWords } from "../../src/numbers.js";
import { expectOffsetsSliceBack, run } from "../helpers.js";

const figuresOf = (text: string) =>
  run(text, { only: ["casualties"] }).casualties.map((figure) => ({
    kind: figure.kind,
    count: figure.count,
    text: figure.text,
  }));

type Row = [string, Array<{ kind: string; count: number | null; text: string }>];

describe("constructions", () => {
  const rows: Row[] = [
    ["The plane crashed, killing 224 people.", [{ kind: "killed", count: 224, text: "killing 224 people" }]],
    ["224 people were killed in the blast.", [{ kind: "killed", count: 224, text: "224 people were killed" }]],
    [
      "The attack left 3 dead and 12 wounded.",
      [{ kind: "killed", count: 3, text: "left 3 dead" }, { kind: "injured", count: 12, text: "12 wounded" }],
    ],
    ["The death toll rose to 15 on Monday.", [{ kind: "killed", count: 15, text: "death toll rose to 15" }]],
    ["The fire claimed 40 lives.", [{ kind: "killed", count: 40, text: "40 lives" }]],
    ["Two police officers were shot dead.", [{ kind: "killed", count: 2, text: "Two police officers were shot dead" }]],
    ["A 23-year-old man was killed.", [{ kind: "killed", count: 1, text: "A 23-year-old man was killed" }]],
    ["No one was hurt in the fire.", [{ kind: "injured", count: 0, text: "No one was hurt" }]],
    ["Police arrested two men on Friday.", [{ kind: "arrested", count: 2, text: "arrested two men" }]],
    ["Five people are missing after the flood.", [{ kind: "missing", count: 5, text: "Five people are missing" }]],
    ["Gunmen kidnapped 30 students.", [{ kind: "kidnapped", count: 30, text: "kidnapped 30 students" }]],
    ["More than 1,200 people were evacuated.", [{ kind: "displaced", count: 1200, text: "More than 1,200 people were evacuated" }]],
    ["The ship sank, killing 1,204 of the 1,900 passengers.", [{ kind: "killed", count: 1204, text: "killing 1,204" }]],
    ["He admitted to killing two men.", [{ kind: "killed", count: 2, text: "killing two men" }]],
    ["The attack left at least 50 dead.", [{ kind: "killed", count: 50, text: "left at least 50 dead" }]],
    ["Nine people, including a child, were killed.", [{ kind: "killed", count: 9, text: "Nine people, including a child, were killed" }]],
    ["Two firefighters suffered minor injuries.", [{ kind: "injured", count: 2, text: "Two firefighters suffered minor injuries" }]],
    ["The fire left 200 people homeless.", [{ kind: "displaced", count: 200, text: "left 200 people homeless" }]],
    ["The quake's death toll climbed past 5,000 on Tuesday.", [{ kind: "killed", count: 5000, text: "death toll climbed past 5,000" }]],
    ["Dozens of people were killed.", [{ kind: "killed", count: null, text: "Dozens of people were killed" }]],
    ["Five children were among the dead.", [{ kind: "killed", count: 5, text: "Five children were among the dead" }]],
    ["A policeman was among those killed.", [{ kind: "killed", count: 1, text: "A policeman was among those killed" }]],
    ["The crash killed all 157 people on board.", [{ kind: "killed", count: 157, text: "killed all 157 people" }]],
    ["None of the passengers were injured.", [{ kind: "injured", count: 0, text: "None of the passengers were injured" }]],
    ["There were no reports of injuries.", [{ kind: "injured", count: 0, text: "no reports of injuries" }]],
    ["Some 10,000 people fled their homes.", [{ kind: "displaced", count: 10000, text: "Some 10,000 people fled their homes" }]],
    [
      "A 45-year-old woman died at the scene and her husband was taken to hospital with serious injuries.",
      [
        { kind: "killed", count: 1, text: "A 45-year-old woman died" },
        { kind: "injured", count: 1, text: "her husband was taken to hospital with serious injuries" },
      ],
    ],
    [
      "Three people died and four others were taken to hospital.",
      [{ kind: "killed", count: 3, text: "Three people died" }, { kind: "injured", count: 4, text: "four others were taken to hospital" }],
    ],
  ];
  it.each(rows)("%s", (text, expected) => expect(figuresOf(text)).toEqual(expected));
});

describe("two victims named together", () => {
  const rows: Row[] = [
    ["Shooting in Neenah: Officer, citizen injured", [{ kind: "injured", count: 2, text: "Officer, citizen injured" }]],
    ["A man and his wife were killed.", [{ kind: "killed", count: 2, text: "A man and his wife were killed" }]],
    ["Teen, man shot in South Philadelphia", [{ kind: "injured", count: 2, text: "Teen, man shot" }]],
  ];
  it.each(rows)("%s", (text, expected) => expect(figuresOf(text)).toEqual(expected));
  it("does not pair a victim with a word that is not one", () => expect(figuresOf("Police, fire crews hurt")).toEqual([]));
});

describe("one victim, named by what they are", () => {
  const rows: Row[] = [
    ["Man shot, killed on the west side", [{ kind: "killed", count: 1, text: "Man shot, killed" }]],
    ["A 34-year-old man was shot outside a bakery.", [{ kind: "injured", count: 1, text: "A 34-year-old man was shot" }]],
    ["A teenager accidentally shot and killed his 7-year-old sister.", [{ kind: "killed", count: 1, text: "shot and killed his 7-year-old sister" }]],
    ["He was taken to hospital, where he died.", [{ kind: "killed", count: 1, text: "he died" }]],
    ["She turned 40 shortly before she was killed.", [{ kind: "killed", count: 1, text: "she was killed" }]],
    ["Police are investigating the murder of a pizza shop worker.", [{ kind: "killed", count: 1, text: "murder of a pizza shop worker" }]],
    ["The shooting left 25-year-old Courtney Taylor dead.", [{ kind: "killed", count: 1, text: "left 25-year-old Courtney Taylor dead" }]],
    ["The suspect killed himself.", [{ kind: "killed", count: 1, text: "killed himself" }]],
    ["Owen Taft, a 19-year-old, was shot and killed on Thursday.", [{ kind: "killed", count: 1, text: "Owen Taft, a 19-year-old, was shot and killed" }]],
    ["Police are investigating a fatal shooting in Aurora.", [{ kind: "killed", count: 1, text: "fatal shooting" }]],
    ["Detectives in Marlow Falls are looking into an apparent murder-suicide.", [{ kind: "killed", count: 2, text: "murder-suicide" }]],
    ["A man with a gunshot wound walked into the hospital.", [{ kind: "injured", count: 1, text: "A man with a gunshot wound" }]],
    ["Cop shoots and wounds armed robbery suspect", [{ kind: "injured", count: 1, text: "shoots and wounds armed robbery suspect" }]],
    ["The gunman shot three women before fleeing.", [{ kind: "injured", count: 3, text: "shot three women" }]],
    ["Man shot dead at point blank range", [{ kind: "killed", count: 1, text: "Man shot dead" }]],
    ["Teen shot to death near school", [{ kind: "killed", count: 1, text: "Teen shot to death" }]],
    ["Girl shot at party dies; woman held", [{ kind: "killed", count: 1, text: "Girl shot at party dies" }]],
    ["Teen found shot on bike path dies", [{ kind: "killed", count: 1, text: "Teen found shot on bike path dies" }]],
    ["Man flees after killing ex-wife near her office", [{ kind: "killed", count: 1, text: "killing ex-wife" }]],
    ["Two hikers found the body of a woman near the trail.", [{ kind: "killed", count: 1, text: "found the body" }]],
    ["Trotwood homicide victim identified", [{ kind: "killed", count: 1, text: "homicide victim" }]],
    ["A man waving a machete was shot and killed.", [{ kind: "killed", count: 1, text: "A man waving a machete was shot and killed" }]],
    ["Man critical after Kensington shooting", [{ kind: "injured", count: 1, text: "Man critical after" }]],
    ["The deputy who was shot and injured remained in hospital.", [{ kind: "injured", count: 1, text: "The deputy who was shot and injured" }]],
    ["The victim was then shot in the leg.", [{ kind: "injured", count: 1, text: "The victim was then shot" }]],
    [
      "The victim, a 47-year-old woman, sustained a gunshot wound to the arm.",
      [{ kind: "injured", count: 1, text: "The victim, a 47-year-old woman, sustained a gunshot wound" }],
    ],
    ["The 17-year-old is in stable condition.", [{ kind: "injured", count: 1, text: "17-year-old is in stable condition" }]],
    ["Overnight shooting sends 3 people to the hospital", [{ kind: "injured", count: 3, text: "sends 3 people to the hospital" }]],
    ["Child shoots himself at paintball park", [{ kind: "injured", count: 1, text: "shoots himself" }]],
    ["Several rounds hit the wall but no one apparently was injured.", [{ kind: "injured", count: 0, text: "no one apparently was injured" }]],
    ["Rosa Quell, a 31-year-old nurse, died Friday.", [{ kind: "killed", count: 1, text: "Rosa Quell, a 31-year-old nurse, died" }]],
    ["Medics came and pronounced Okonkwo dead at 4:15 p.m.", [{ kind: "killed", count: 1, text: "pronounced Okonkwo dead" }]],
    ["She was later pronounced deceased.", [{ kind: "killed", count: 1, text: "She was later pronounced deceased" }]],
    ["Officers named the victim of a deadly Easter Sunday shooting.", [{ kind: "killed", count: 1, text: "deadly Easter Sunday shooting" }]],
    ["Deputies came upon a 16-year-old with a gunshot wound.", [{ kind: "injured", count: 1, text: "a 16-year-old with a gunshot wound" }]],
    ["A third woman received non-life-threatening injuries in the crash.", [{ kind: "injured", count: 1, text: "A third woman received non-life-threatening injuries" }]],
    ["One man was taken to the hospital.", [{ kind: "injured", count: 1, text: "One man was taken to the hospital" }]],
    ["He was listed in serious condition.", [{ kind: "injured", count: 1, text: "He was listed in serious condition" }]],
    [
      "A 6-year-old girl who was accidentally shot in the chest has died.",
      [{ kind: "killed", count: 1, text: "girl who was accidentally shot in the chest has died" }],
    ],
    ["One person was grazed by a bullet.", [{ kind: "injured", count: 1, text: "One person was grazed by a bullet" }]],
    ["Officials said the male was struck in the leg.", [{ kind: "injured", count: 1, text: "the male was struck" }]],
    ["Flying glass injured him.", [{ kind: "injured", count: 1, text: "injured him" }]],
    ["The victim was taken to a regional hospital by helicopter.", [{ kind: "injured", count: 1, text: "The victim was taken to a regional hospital" }]],
    // the hospital's name, and what follows it, are not the victim's doing
    ["The man was transported to Kings County Hospital at 3 a.m.", [{ kind: "injured", count: 1, text: "The man was transported to Kings County Hospital" }]],
    [
      "The second victim, a 58-year-old female, was being treated at a city hospital.",
      [{ kind: "injured", count: 1, text: "The second victim, a 58-year-old female, was being treated at a city hospital" }],
    ],
    [
      "Dario Venn, 19, of Eastport, who is still hospitalized, was charged.",
      [{ kind: "injured", count: 1, text: "Dario Venn, 19, of Eastport, who is still hospitalized" }],
    ],
    ["One person, a 63-year-old woman, suffered a cut to her hand.", [{ kind: "injured", count: 1, text: "One person, a 63-year-old woman, suffered a cut" }]],
    ["Two of the victims had gunshot wounds.", [{ kind: "injured", count: 2, text: "Two of the victims had gunshot wounds" }]],
    [
      "The attack left one woman dead and another with life-threatening injuries.",
      [{ kind: "killed", count: 1, text: "The attack left one woman dead" }, { kind: "injured", count: 1, text: "another with life-threatening injuries" }],
    ],
    [
      "One dead, two critical following night of violence",
      [{ kind: "killed", count: 1, text: "One dead" }, { kind: "injured", count: 2, text: "two critical" }],
    ],
    [
      "One woman is dead, another is critical, a third is held.",
      [{ kind: "killed", count: 1, text: "One woman is dead" }, { kind: "injured", count: 1, text: "another is critical" }],
    ],
    // a name starts on its own line, after the page's masthead
    ["Los Angeles Times\nOwen Taft, a 19-year-old, was shot and killed.", [{ kind: "killed", count: 1, text: "Owen Taft, a 19-year-old, was shot and killed" }]],
  ];
  it.each(rows)("%s", (text, expected) => expect(figuresOf(text)).toEqual(expected));

  it("does not count a shooting victim who died as injured too", () => {
    expect(figuresOf("A man was shot on Friday. He later died in hospital.").map((figure) => figure.kind)).toEqual(["killed"]);
    expect(figuresOf("Police found a man with a gunshot wound. He later died.").map((figure) => figure.kind)).toEqual(["killed"]);
  });

  it("does not count a stabbing victim who died as injured too", () => {
    expect(figuresOf("The hijacker stabbed the captain. The captain died of his wounds.").map((figure) => figure.kind)).toEqual(["killed"]);
  });

  it("keeps a vague number shot when fewer died", () => {
    expect(figuresOf("Dozens of people were shot. Three people died.").map((figure) => [figure.kind, figure.count])).toEqual([
      ["injured", null],
      ["killed", 3],
    ]);
  });

  it("keeps the wounded when more were shot than died", () => {
    expect(figuresOf("Two men were shot. One died at the scene.").map((figure) => [figure.kind, figure.count])).toEqual([
      ["injured", 2],
      ["killed", 1],
    ]);
  });

  const nearMisses = [
    "He shot the ball into the net.",
    "The officer shot at the car.",
    "The film was shot in Morocco.",
    // "who shot" is the shooter, not a victim
    "Police are looking for two people who shot at a car.",
    "Ann Lee, the mayor, was elected in May.",
    // shots fired, not people shot
    "The suspect fired one shot at an adversary.",
    "A woman faces charges for shooting at her landlord's garage.",
    // the possessor is not the victim
    "He was charged with injuring a child's parent's car.",
    // "shooting victim" does not say whether the victim lived
    "Family remembers shooting victim",
    "The car was in good condition after the crash.",
    // a death without an age or a violent cause is not reported as a victim's
    "Ann Lee, the mayor, died on Monday.",
    "He carried a deadly weapon during the shooting.",
    "The company suffered heavy losses.",
    "The suspect fired at least one shot at officers.",
    // what a bullet struck is not a victim
    "One bullet struck a window.",
    "Two cars were hit by gunfire.",
    // "critical" that is not a condition
    "The two critical issues are cost and time.",
    "One critical factor was speed.",
    // things, not people
    "A deal was struck on Monday.",
    "A bill was killed in committee.",
    "One film was shot in Morocco.",
    "Two deer were killed on the road.",
    "The nonfatal shooting happened Tuesday.",
    "Police are investigating a non-fatal shooting.",
    // denied, left open or imagined
    "It does not appear that the driver was struck.",
    "It is unclear whether anyone was hurt.",
    "We should have stopped before one of us was hurt.",
    // a scraped page's links to other stories
    "Read: UPDATE: Investigators believe suspect shot himself",
  ];
  it.each(nearMisses)("not a casualty: %s", (text) => expect(figuresOf(text)).toEqual([]));
});

describe("qualifiers, ranges and vague amounts", () => {
  it.each([
    ["At least 12 people died.", { count: 12, qualifier: "at least", min: 12, max: null, approximate: false }],
    ["Up to 3.5 million people were displaced.", { count: 3500000, qualifier: "up to", min: 0, max: 3500000 }],
    ["Nearly twenty-four protesters were arrested.", { count: 24, qualifier: "nearly", approximate: true }],
    ["Between 10 and 15 people were injured.", { count: null, min: 10, max: 15, approximate: true }],
    ["Dozens were injured.", { count: null, min: 24, approximate: true, victims: null }],
    // an adverb between the count and the outcome is no victim
    ["Rescuers searched for dozens still missing.", { kind: "missing", min: 24, approximate: true, victims: null }],
    ["Six climbers still missing were found.", { kind: "missing", count: 6, victims: "climbers" }],
  ])("%s", (text, expected) => {
    const [figure] = run(text, { only: ["casualties"] }).casualties;
    expect(figure).toMatchObject(expected);
  });

  it("keeps the victims phrase short of the rest of the sentence", () => {
    const [figure] = run("The police arrested two Russian nationals in this connection.", { only: ["casualties"] }).casualties;
    expect(figure.victims).toBe("Russian nationals");
  });
});

describe("false friends", () => {
  const negatives = [
    "The 22-year-old was arrested.",
    "The Senate killed the bill.",
    "It ended in a dead heat.",
    "He won $5 million, killing time.",
    "The storm killed 2 days ago.",
    "Inflation rose 2.5 percent.",
    "Three firms suffered budget cuts.",
    "Two suspects fled.",
    "He was killed off in the third season of the show.",
    // a date, a name with a number in it, a row and a rifle are not victims
    "The Feb. 13 death of the justice left the court split.",
    "A raid killed 9/11 mastermind Osama bin Laden in 2011.",
    "Walton was the one death row inmate whose sentence was commuted.",
    "The robbers had taken three Kalashnikov rifles from the guards.",
    "In the event she was injured, bleeding would be dangerous.",
    // attempted, nearly done or imagined
    "The round came within inches of possibly killing the deputy.",
    "He tried to kill two men.",
    "A bomb that could kill hundreds was found.",
    "The gunman nearly killed a guard.",
    // animals, what did the killing, sport, reciprocity, politics, an obituary
    "The outbreak left 16,000 dead pigs on the farms.",
    "The hunters killed two dogs and a deer.",
    "Two bombs exploded near the station.",
    "The keeper killed the penalty in the last minute.",
    "Leaders urged the factions to stop killing one another.",
    "The scandal hurt one candidate more than the other.",
    "Anna Berg, 89, died on Sunday after a long illness.",
    "He died at 92 in his sleep.",
    "The pilot was shot down over the sea.",
    // a player hurt in sport, a battery left dead
    "The winger was injured in the first half and did not return.",
    "He suffered a hamstring injury in training.",
    "The cold snap left the battery dead.",
  ];
  it.each(negatives)("%s", (text) => expect(figuresOf(text)).toEqual([]));

  it("keeps harm to the crowd at a game", () => {
    expect(figuresOf("Forty fans were injured when a stand collapsed during the match.")).toEqual([{ kind: "injured", count: 40, text: "Forty fans were injured" }]);
  });

  it("a year after the outcome is not a count", () => {
    expect(figuresOf("He was killed in 2015.")).toEqual([{ kind: "killed", count: 1, text: "He was killed" }]);
  });

  it("a score beside a count does not become the count", () => {
    expect(figuresOf("The team lost 3-1 and 2 players were injured.")).toEqual([
      { kind: "injured", count: 2, text: "2 players were injured" },
    ]);
  });
});

describe("how the toll is made", () => {
  const toll = (text: string) => {
    const report = run(text, { only: ["casualties"] });
    const killed = report.casualtySummary.killed;
    return killed && { count: killed.count, how: killed.how, parts: killed.partIds?.map((id) => report.casualties.find((figure) => figure.id === id)?.text) };
  };
  it.each([
    // parts of one event in one sentence add up
    ["23 died in Arlen and 9 died in Bosk.", { count: 32, how: "sum-of-parts", parts: ["23 died", "9 died"] }],
    ["Thirty-nine killed on the first jet, four killed on the second.", { count: 43, how: "sum-of-parts", parts: ["Thirty-nine killed", "four killed"] }],
    // a figure that is already the total of its parts is not added again
    ["32 were killed: 23 died in Arlen and 9 died in Bosk.", { count: 32, how: "one-figure", parts: undefined }],
    ["The blast killed 40 people, including 12 children.", { count: 40, how: "one-figure", parts: undefined }],
    // a later sentence tells the news again, unless it counts other people (the attackers, "four more … also")
    ["Five people were killed. The five victims were killed near the market.", { count: 5, how: "one-figure", parts: undefined }],
    ["At least 31 people were killed. The 3 attackers were killed by police.", { count: 34, how: "sum-of-parts", parts: ["At least 31 people were killed", "3 attackers were killed"] }],
    ["Five gunmen were killed in the raid. 30 people were confirmed dead.", { count: 35, how: "sum-of-parts", parts: ["Five gunmen were killed", "30 people were confirmed dead"] }],
    ["Five gunmen were killed in the raid. He died later.", { count: 5, how: "one-figure", parts: undefined }],
    ["The blast killed 12 people. Two of the bombers were also killed.", { count: 14, how: "sum-of-parts", parts: ["killed 12 people", "Two of the bombers were also killed"] }],
    ["Twelve hostages were killed. Four more people were also killed.", { count: 16, how: "sum-of-parts", parts: ["Twelve hostages were killed", "Four more people were also killed"] }],
    // an attacker the forces killed, after the victims; a death among the injured
    ["Three shoppers were killed. Dane Morrow, wearing a fake vest, was shot dead by police.", { count: 4, how: "sum-of-parts", parts: ["Three shoppers were killed", "Dane Morrow, wearing a fake vest, was shot dead"] }],
    ["Three shoppers were killed. A teenager was shot dead near the stalls.", { count: 3, how: "one-figure", parts: undefined }],
    ["Two people died and 5 others were hurt. One of the injured died a week later.", { count: 3, how: "sum-of-parts", parts: ["Two people died", "One of the injured died"] }],
    // a pronoun's death in the sentence of a count tells of someone counted, unless the forces killed an attacker
    ["A teenager was killed on the bridge and he was pronounced dead at the scene.", { count: 1, how: "one-figure", parts: undefined }],
    ["A gunman killed 2 shoppers at the market and he was shot dead by police.", { count: 3, how: "sum-of-parts", parts: ["killed 2 shoppers", "he was shot dead"] }],
    // after one person, "another" is someone besides; after two, it may be the second of them
    ["A woman was killed in the blast. Another woman was killed in the market.", { count: 2, how: "sum-of-parts", parts: ["A woman was killed", "Another woman was killed"] }],
    ["Two men were killed in the blast. Another man was killed in the market.", { count: 2, how: "one-figure", parts: undefined }],
    // another one of another time is no one besides
    ["A woman was killed in Arlen on Monday. Police said another woman was killed there in 2011.", { count: 1, how: "one-figure", parts: undefined }],
    // a pronoun after someone hurt in its sentence may be that one, who died
    ["A man was shot and killed on Tuesday and his wife was wounded; she died later at the hospital.", { count: 2, how: "sum-of-parts", parts: ["A man was shot and killed", "she died"] }],
    // shares of different wholes; "in addition"
    ["Seven out of 8 aboard the first jet were killed. Four out of 6 aboard the second jet were killed.", { count: 11, how: "sum-of-parts", parts: ["Seven out of 8 aboard the first jet were killed", "Four out of 6 aboard the second jet were killed"] }],
    ["Seven out of 8 aboard were killed. Seven out of 8 aboard were killed, police said.", { count: 7, how: "one-figure", parts: undefined }],
    ["The crash killed 9 passengers. In addition, 3 people on the ground were killed.", { count: 12, how: "sum-of-parts", parts: ["killed 9 passengers", "3 people on the ground were killed"] }],
    // the same words joined by "and" are two parts, unless the sentence sums up
    ["These included 3 killed in Arlen and 3 killed in Bosk.", { count: 6, how: "sum-of-parts", parts: ["3 killed", "3 killed"] }],
    ["6 people were killed in the blast, in total 6 were killed.", { count: 6, how: "one-figure", parts: undefined }],
    // an update is the toll
    ["At least 80 people were killed. The death toll later rose to 97.", { count: 97, how: "latest-update", parts: undefined }],
  ])("%s", (text, expected) => expect(toll(text)).toEqual(expected));
  it("never reads a figure across a line break", () => {
    const report = run("Ferry capsizes: 27 killed, 90 hurt\nTwenty-seven people died and 90 were injured after a passenger ferry capsized.", { only: ["casualties"] });
    expect(report.casualtySummary.killed?.count).toBe(27);
    expect(report.casualtySummary.injured?.count).toBe(90);
  });
  it("gives every figure an id the summary points at", () => {
    const report = run("Two people were killed and three were injured.", { only: ["casualties"] });
    expect(report.casualties.map((figure) => figure.id)).toEqual(["c1", "c2"]);
    expect(report.casualtySummary.killed?.figureIds).toEqual(["c1"]);
    expect(report.casualtySummary.injured?.figureIds).toEqual(["c2"]);
  });
});

describe("context", () => {
  it("marks a figure from an earlier event as background", () => {
    const [figure] = run("In a previous attack in 2010, 50 people were killed.", { only: ["casualties"] }).casualties;
    expect(figure.context).toBe("background");
  });
  it.each([
    "More than 9,000 people have died in the insurgency.",
    "Over 9,000 people have been killed in the rebels' fight for a homeland.",
    "Some 9,000 people have died in eleven years of fighting.",
    "The war, now in its ninth year, has killed 9,000 people.",
  ])("marks a long conflict's running toll as background: %s", (text) => {
    expect(run(text, { only: ["casualties"] }).casualties.map((figure) => figure.context)).toEqual(["background"]);
  });
  it("keeps today's deaths in the unrest as the event", () => {
    const [figure] = run("Twelve people have died in the unrest since Friday.", { only: ["casualties"] }).casualties;
    expect(figure.context).toBe("event");
  });
  it("keeps the event's own figure as the event", () => {
    const [figure] = run("Gunmen killed 12 people on Sunday.", { only: ["casualties"] }).casualties;
    expect(figure.context).toBe("event");
  });
  const contexts = (text: string, published: string | null = "2014-12-15") =>
    run(text, { only: ["casualties"], published }).casualties.map((figure) => [figure.text, figure.context]);
  it.each([
    ["He killed four men at a wedding in the summer of 2009.", [["killed four men", "background"]]],
    ["In December 2012, two men were killed.", [["two men were killed", "background"]]],
    ["Three people were injured in the 2013 shooting.", [["Three people were injured", "background"]]],
    // an address is not a year
    ["Police were called to the 1900 block, where three men were killed.", [["three men were killed", "event"]]],
    ["Three men were killed in December.", [["Three men were killed", "event"]]],
    ["My father was killed 22 years ago in a crash.", [["My father was killed", "background"]]],
  ])("%s", (text, expected) => expect(contexts(text)).toEqual(expected));
  it("takes the article's year from its dateline when it has no publication date", () => {
    expect(contexts("Monday, December 15, 2014. A man was shot dead. In 2012, a gunman killed three men.", null)).toEqual([
      ["A man was shot dead", "event"],
      ["killed three men", "background"],
    ]);
  });
  it("gives 'three other people' the context of the figure before", () => {
    expect(contexts("In a 2012 shooting, a gunman killed three men. Three other people were wounded. A man was shot dead on Sunday.")).toEqual([
      ["killed three men", "background"],
      ["Three other people were wounded", "background"],
      ["A man was shot dead", "event"],
    ]);
  });
});

describe("sources and the toll", () => {
  it.each([
    ["Three people were killed, according to police.", "police"],
    ["Police said two men were arrested.", "Police"],
    ["The Health Ministry said 40 people died.", "The Health Ministry"],
  ])("%s → source %s", (text, source) => {
    const [figure] = run(text, { only: ["casualties"] }).casualties;
    expect(figure.source?.text).toBe(source);
  });
  it("has no source where the sentence names none", () => {
    expect(run("Three people were killed.", { only: ["casualties"] }).casualties[0].source).toBeNull();
  });
  it("takes the highest figure of the event as the toll, not a background one", () => {
    const report = run("In a previous attack in 2010, 50 people were killed. On Sunday 12 people were killed. The death toll rose to 15.", { only: ["casualties"] });
    expect(report.casualtySummary.killed?.count).toBe(15);
    expect(report.casualtySummary.killed?.figures).toHaveLength(3);
    expect(report.casualties[report.casualtySummary.killed!.figures[0]].text).toBe("death toll rose to 15");
  });
  it("falls back to a background figure when it is the only one", () => {
    expect(run("In 2015, the group downed a plane, killing 224 people.").casualtySummary.killed?.count).toBe(224);
  });
  it("has no toll of a kind the event does not report, when the event's harm is counted", () => {
    const tolls = (text: string) => run(text, { only: ["casualties"] }).casualtySummary;
    expect(tolls("A man was shot dead on Sunday. In a 2012 shooting, three other people were wounded.")).not.toHaveProperty("injured");
    expect(tolls("Nobody was hurt. Eleven officers have been fatally shot so far this year.")).not.toHaveProperty("killed");
  });
  it("counts the people shot who did not die as the injured toll", () => {
    const report = run("Two men were shot. One died at the scene.", { only: ["casualties"] });
    expect(report.casualtySummary.injured).toEqual({
      count: 1, approximate: false, figures: [0], figureIds: ["c1"], minus: [1], minusIds: ["c2"], how: "difference", confidence: expect.any(Number),
    });
    expect(report.casualtySummary.killed?.count).toBe(1);
  });
  it.each([
    // one sentence counts the dead and the others apart
    ["A man was shot to death, along with two women who had been shot.", 2],
    // a second victim is not the one who died
    ["The second victim was rushed to the hospital. One woman died.", 1],
    // "wounded" says they lived
    ["Three people were wounded. One man died.", 3],
    ["At least three people were shot. One man died.", 3],
  ])("does not subtract the dead where they are not among those counted: %s", (text, injured) => {
    const toll = run(text, { only: ["casualties"] }).casualtySummary.injured;
    expect(toll?.count).toBe(injured);
    expect(toll?.minus).toBeUndefined();
  });
  it.each([
    // a pronoun that first tells of a death is the one person hurt
    ["Gunmen injured a girl in Bosk. She died two days later.", 0],
    // "the victim" is one of those counted
    ["Two people were wounded in the raid. The 30-year-old victim died in hospital.", 1],
  ])("subtracts a death told later of one of the people hurt: %s", (text, injured) => {
    const toll = run(text, { only: ["casualties"] }).casualtySummary.injured;
    expect(toll?.count).toBe(injured);
    expect(toll?.how).toBe("difference");
  });
  it.each([
    // counted beside the dead in their own sentence
    ["One dead, one hurt in Arlen shooting\nThe second victim was pronounced dead at the scene.", 1],
    // others besides the victim
    ["A man was shot dead. Two other people were wounded. The victim died at the scene.", 2],
    // the attacker the police killed is not among the people he stabbed
    ["A man stabbed 3 people in Arlen. The attacker was shot dead by police.", 3],
    // the death toll is another figure than the victim who died: which of the hurt, if any, is not told
    ["Gunmen killed 3 villagers in Arlen on Monday. Two people were wounded in the raid. The 30-year-old victim died in hospital.", 2],
  ])("does not subtract a death of someone else: %s", (text, injured) => {
    const toll = run(text, { only: ["casualties"] }).casualtySummary.injured;
    expect(toll?.count).toBe(injured);
    expect(toll?.minus).toBeUndefined();
  });
  it.each([
    // a bare number after a participle counts some of those just counted
    ["A man stabbed 4 people in Arlen, badly wounding one.", 4, undefined],
    // another number, or one with its own noun, counts other people
    ["He shot 4 people in Arlen, wounding another 2.", 6, "sum-of-parts"],
    ["He stabbed 4 people in Arlen, wounding 2 guards.", 6, "sum-of-parts"],
  ])("reads a participle's bare number as a share: %s", (text, injured, how) => {
    const toll = run(text, { only: ["casualties"] }).casualtySummary.injured;
    expect(toll?.count).toBe(injured);
    if (how) expect(toll?.how).toBe(how);
    else expect(toll?.how).not.toBe("sum-of-parts");
  });
});

describe("numbers as news writes them", () => {
  it.each([
    ["224", 224],
    ["1,200", 1200],
    ["3.5 million", 3500000],
    ["twenty-four", 24],
    ["two hundred and five", 205],
    ["a dozen", 12],
  ])("%s → %d", (words, value) => expect(parseNumberWords(words)?.value).toBe(value));
  it("reads vague amounts as approximate with a floor", () => {
    expect(parseNumberWords("dozens")).toEqual({ value: null, approximate: true, min: 24 });
  });
  it("refuses words that are not numbers", () => expect(parseNumberWords("several people")).toBeNull());
});

it("keeps offsets that slice back", () => {
  const text = "Officials said “at least 12” were killed — and dozens injured — in São Paulo.";
  expectOffsetsSliceBack(text, run(text));
});
