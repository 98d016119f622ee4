import { describe, expect, it } from "vitest";
import { decodeBytes, NotTextError } from "../../src/input/decode.js";

const bytes = (...parts: Array<string | number[]>) => Buffer.concat(parts.map((part) => (typeof part === "string" ? Buffer.from(part, "utf8") : Buffer.from(part))));

describe("text encodings", () => {
  it.each([
    ["UTF-8", bytes("Café “quoted”"), "Café “quoted”", "utf-8"],
    ["UTF-8 with a BOM", bytes([0xef, 0xbb, 0xbf], "Café"), "Café", "utf-8"],
    ["UTF-16LE with a BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Café “x”", "utf16le")]), "Café “x”", "utf-16le"],
    ["UTF-16BE with a BOM", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from("Café", "utf16le").swap16()]), "Café", "utf-16be"],
    ["Windows-1252", bytes("Caf", [0xe9, 0x20, 0x93], "hi", [0x94, 0x20, 0x96, 0x20, 0x80]), "Café “hi” – €", "windows-1252"],
  ])("%s", (_name, input, text, encoding) => {
    expect(decodeBytes(input)).toEqual({ text, encoding });
  });
});

describe("not text", () => {
  it.each([
    ["a PNG image", bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), "PNG image"],
    ["a PDF", bytes("%PDF-1.7\n"), "PDF document"],
    ["a ZIP archive", bytes([0x50, 0x4b, 0x03, 0x04]), "ZIP archive"],
    ["NUL bytes", bytes("abc", [0], "def"), "contains NUL bytes"],
  ])("refuses %s", (_name, input, reason) => {
    expect(() => decodeBytes(input)).toThrow(NotTextError);
    expect(() => decodeBytes(input)).toThrow(reason);
  });
});
