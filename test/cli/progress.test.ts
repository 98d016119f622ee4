import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { Progress } from "../../src/cli/progress.js";
import { run } from "../helpers.js";

function sink() {
  const chunks: string[] = [];
  const stream = new Writable({ write: (chunk, _encoding, done) => (chunks.push(String(chunk)), done()) });
  return { stream, text: () => chunks.join("") };
}

describe("progress", () => {
  const ok = { ok: true as const, report: run("Gunmen killed 12 people in Kabul on Sunday.") };
  const failed = { ok: false as const, source: "x.txt", error: { code: "ENOENT", message: "no such file" } };

  it("draws done/total, rate and time left, and a summary line, on a terminal", () => {
    const { stream, text } = sink();
    const progress = new Progress(stream, true);
    progress.seen();
    progress.seen();
    progress.done(ok);
    progress.done(failed);
    progress.finish();
    expect(text()).toMatch(/1\/2 documents {2}[\d.]+\/s {2}\d+ s left/);
    expect(text()).toMatch(/factx: 2 documents, 3 facts, 1 failed, [\d.]+ s\n$/);
    expect(progress.failures).toBe(1);
  });

  it("writes nothing when not shown", () => {
    const { stream, text } = sink();
    const progress = new Progress(stream, false);
    progress.seen();
    progress.done(ok);
    progress.finish();
    expect(text()).toBe("");
  });
});
