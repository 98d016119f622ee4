import { describe, expect, it } from "vitest";
import { datelineDate, publicationDate, splitDatedPath } from "../../src/compare/published.js";

describe("an article's publication date", () => {
  it.each([
    ["KABUL, May 10, 2024 (Reuters) — Gunmen stormed a hotel.", "2024-05-10"],
    ["KABUL, May 10 (Reuters) — Gunmen stormed a hotel.", null],
    ["10 May 2024 – Gunmen stormed a hotel.", "2024-05-10"],
    ["Gunmen stormed a hotel on 10 May 2024 – the police said.", null],
    ["Title\n\nGOMA, Sept. 3, 2023 - A ferry capsized.", "2023-09-03"],
    ["GOMA, Septimus 3, 2023 - A ferry capsized.", null],
    ["2024-05-10: A ferry capsized.", "2024-05-10"],
    ["2024-02-30: A ferry capsized.", null],
  ])("dateline of %j → %s", (text, date) => expect(datelineDate(text)).toBe(date));

  it.each([
    ["bbc.txt@2024-05-10", { path: "bbc.txt", published: "2024-05-10" }],
    ["bbc.txt", { path: "bbc.txt", published: null }],
    ["mail@home.txt", { path: "mail@home.txt", published: null }],
    ["@2024-05-10", { path: "@2024-05-10", published: null }],
  ])("%s → %j", (argument, expected) => expect(splitDatedPath(argument)).toEqual(expected));

  it("prefers the record's date, then the one given on the command line, the page's, the dateline's, and --published last", () => {
    const text = "KABUL, May 9, 2024 (Reuters) — Gunmen stormed a hotel.";
    expect(publicationDate({ record: "2024-05-12", given: "2024-05-11", page: "2024-05-10", text, fallback: "2024-05-01" })).toBe("2024-05-12");
    expect(publicationDate({ given: "2024-05-11", page: "2024-05-10", text, fallback: "2024-05-01" })).toBe("2024-05-11");
    expect(publicationDate({ page: "2024-05-10", text, fallback: "2024-05-01" })).toBe("2024-05-10");
    expect(publicationDate({ text, fallback: "2024-05-01" })).toBe("2024-05-09");
    expect(publicationDate({ text: "Gunmen stormed a hotel.", fallback: "2024-05-01" })).toBe("2024-05-01");
  });
});
