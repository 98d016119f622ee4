import { describe, expect, it } from "vitest";
import { escapeCell } from "../../src/render/markdown.js";

describe("escapeCell", () => {
  it("escapes pipes and puts the cell on one line, whatever the line ending", () => {
    expect(escapeCell("Kabul | Herat\r\nroad closed\nsince Monday")).toBe("Kabul \\| Herat road closed since Monday");
  });

  it("keeps line breaks as the given mark where they carry meaning", () => {
    expect(escapeCell("first line\r\nsecond line", "<br>")).toBe("first line<br>second line");
  });

  it("leaves a cell with neither untouched", () => {
    expect(escapeCell("Ana Ruiz")).toBe("Ana Ruiz");
  });
});
