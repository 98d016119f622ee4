/** Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252, never mangled silently. */

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export interface DecodedText {
  text: string;
  encoding: Encoding;
}

/** Why some bytes are not an article. */
export class NotTextError extends Error {}

// Signatures of formats that are never articles: images, archives, documents, executables.
const BINARY_SIGNATURES: Array<[string, number[]]> = [
  ["PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["JPEG image", [0xff, 0xd8, 0xff]],
  ["GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["PDF document", [0x25, 0x50, 0x44, 0x46]],
  ["ZIP archive", [0x50, 0x4b, 0x03, 0x04]],
  ["gzip archive", [0x1f, 0x8b]],
  ["executable", [0x7f, 0x45, 0x4c, 0x46]],
];

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, index) => bytes[index] === byte);

export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  for (const [name, signature] of BINARY_SIGNATURES) {
    if (startsWith(bytes, signature)) throw new NotTextError(`binary file (${name}), not an article`);
  }
  if (bytes.includes(0)) throw new NotTextError("binary file (contains NUL bytes), not an article");
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(body), encoding: "utf-8" };
  } catch {
    // Not valid UTF-8: the legacy single-byte encoding of Windows newsrooms, reported as such.
    return { text: decodeWindows1252(body), encoding: "windows-1252" };
  }
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F: curly quotes, dashes, the euro sign.
// (Node's TextDecoder("windows-1252") decodes that range as Latin-1 control characters.)
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return text;
}
