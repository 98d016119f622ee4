import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { Progress } from "../../src/cli/progress.js";

function sink() {
  const chunks: string[] = [];
  const stream = new Writable({ write: (chunk, _encoding, done) => (chunks.push(String(chunk)), done()) });
  return { stream, text: () => chunks.join("") };
}

describe("progress", () => {

  it("draws done/total, rate and time left once the input has ended, and a summary line, on a terminal", () => {
    const { stream, text } = sink();
    const progress = new Progress(stream, true);
    progress.seen();
    progress.seen();
    progress.allSeen();
    progress.done(true, 3);
    progress.done(false, 0);
    progress.finish();
    expect(text()).toMatch(/1\/2 documents {2}[\d.]+\/s {2}\d+ s left/);
    expect(text()).toMatch(/factx: 2 documents, 3 facts, 1 failed, [\d.]+ s\n$/);
    expect(progress.failures).toBe(1);
  });

  it("tells no total and no time left while the input is still being read", () => {
    const { stream, text } = sink();
    const progress = new Progress(stream, true);
    progress.seen();
    progress.seen();
    progress.done(true, 3);
    expect(text()).toMatch(/^\r\x1b\[2K1 documents {2}[\d.]+\/s$/);
    expect(text()).not.toContain("left");
    expect(text()).not.toContain("/2");
  });

  it("erases its line before output goes to the terminal, and draws it again after", () => {
    const { stream: terminal, text } = sink();
    const progress = new Progress(terminal, true);
    progress.seen();
    progress.done(true, 1);
    progress.write(terminal, "first result\n");
    progress.seen();
    progress.done(true, 1);
    expect(text()).toMatch(/^\r\x1b\[2K1 documents [^\n]*\r\x1b\[2Kfirst result\n\r\x1b\[2K2 documents /);
  });

  it("erases nothing when no line is drawn", () => {
    const { stream, text } = sink();
    const progress = new Progress(stream, false);
    progress.seen();
    progress.done(true, 1);
    progress.write(stream, "result\n");
    expect(progress.clear()).toBe("");
    expect(text()).toBe("result\n");
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
