import { describe, expect, it } from "vitest";
import { article, rowsOf } from "./helpers.js";

const eventDates = (a: string, b: string) => rowsOf([article("a", a), article("b", b)], "dates");

describe("the date of the event", () => {
  it.each([
    ["the same day", "Gunmen killed 12 people in Kabul on Friday.", "Twelve people were killed in Kabul on Friday.", "agree", ["2024-05-10", "2024-05-10"]],
    ["other days", "Gunmen killed 12 people in Kabul on Sunday.", "Gunmen killed 12 people in Kabul on Saturday.", "conflict", ["2024-05-05", "2024-05-11"]],
    ["a month and a day in it", "Gunmen killed 12 people in Kabul in May.", "Gunmen killed 12 people in Kabul on Friday.", "partial", ["2024-05", "2024-05-10"]],
  ])("%s → %s", (_name, a, b, verdict, values) => {
    const [row] = eventDates(a, b);
    expect(row.verdict).toBe(verdict);
    expect(row.claims.map((claim) => claim.value)).toEqual(values);
  });

  it("takes the date from the sentence of the event, not from a later one", () => {
    const later = "Twelve people were killed when gunmen stormed a hotel in Kabul. As dawn broke Saturday, rescuers pulled three more bodies from the rubble.";
    expect(eventDates(later, "Gunmen killed 12 people in Kabul on Thursday.")).toEqual([]);
    const stated = "Twelve people were killed when gunmen stormed a hotel in Kabul on Friday. As dawn broke Saturday, rescuers pulled three more bodies from the rubble.";
    expect(eventDates(stated, "Gunmen killed 12 people in Kabul on Thursday.").map((row) => row.verdict)).toEqual(["conflict"]);
  });

  it("takes, of two dates in the sentence, the one beside the figure", () => {
    const [row] = eventDates("Gunmen killed 12 people in Kabul on Friday, police said on Saturday.", "Gunmen killed 12 people in Kabul on Friday.");
    expect(row).toMatchObject({ verdict: "agree" });
  });
});
