import { describe, expect, it } from "vitest";
import { isReadAheadFull, READ_AHEAD_CHARACTERS, READ_AHEAD_DOCUMENTS } from "../../src/cli/read-ahead.js";

describe("how far input is read ahead of output", () => {
  it("goes on reading while few documents of ordinary length wait", () => {
    expect(isReadAheadFull(240, 240 * 7_000)).toBe(false);
  });

  it("waits once a thousand short documents wait", () => {
    expect(isReadAheadFull(READ_AHEAD_DOCUMENTS, READ_AHEAD_DOCUMENTS * 100)).toBe(true);
  });

  it("waits once the text waiting passes its bound, however few the documents", () => {
    expect(isReadAheadFull(3, READ_AHEAD_CHARACTERS + 1)).toBe(true);
  });
});
