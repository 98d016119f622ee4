import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { Progress } from "../../src/cli/progress.js";

function sink() {
  const chunks: string[] = [];
  const stream = new Writable({ write: (chunk, _encoding, done) => (chunks.push(String(chunk)), done()) });
  return { stream, text: () => chunks.join("") };
}

describe("progress", () => {

  it("draws done/total, rate and time left, and a summary line, on a terminal", () => {
    const { stream, text } = sink();
    const progress = new Progress(stream, true);
    progress.seen();
    progress.seen();
    progress.done(true, 3);
    progress.done(false, 0);
    progress.finish();
    expect(text()).toMatch(/1\/2 documents {2}[\d.]+\/s {2}\d+ s left/);
    expect(text()).toMatch(/factx: 2 documents, 3 facts, 1 failed, [\d.]+ s\n$/);
    expect(progress.failures).toBe(1);
  });

  it("writes nothing when not shown", () => {
    const { stream, text } = sink();
    const progress = new Progress(stream, false);
    progress.seen();
    progress.done(true, 3);
    progress.finish();
    expect(text()).toBe("");
  });
});
