import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { linesOf } from "../../src/input/jsonl.js";

const collect = async (input: Readable) => {
  const lines: string[] = [];
  for await (const line of linesOf(input)) lines.push(line);
  return lines;
};

describe("reading JSONL input line by line", () => {
  const rows: Array<[string, string[], string[]]> = [
    ["lines split across chunks", ["{\"a\":", "1}\n{\"b\"", ":2}\n"], ['{"a":1}', '{"b":2}']],
    ["Windows line ends and no final line end", ["one\r\ntwo\r\nthree"], ["one", "two", "three"]],
  ];
  it.each(rows)("%s", async (_name, chunks, expected) => {
    expect(await collect(Readable.from(chunks))).toEqual(expected);
  });

  it("decodes a character split between chunks", async () => {
    expect(await collect(Readable.from([Buffer.from("caf"), Buffer.from([0xc3]), Buffer.from([0xa9, 0x0a])]))).toEqual(["café"]);
  });

  it("reads no further ahead than the line it hands out", async () => {
    let pulled = 0;
    const input = Readable.from(
      (function* () {
        for (let index = 0; index < 1000; index++) {
          pulled++;
          yield `{"id":${index}}\n`;
        }
      })(),
      { highWaterMark: 1 },
    );
    const lines = linesOf(input);
    await lines.next();
    await new Promise((resolve) => setTimeout(resolve, 50));
    // A reader that runs ahead (readline's does) would have taken the whole input by now.
    expect(pulled).toBeLessThan(10);
    await lines.return(undefined);
  });
});
