import { describe, expect, it } from "vitest";
import { freeCoreMeter, WINDOW_SECONDS, type CpuTimes } from "../../src/batch/free-core.js";
import { isWorthAWorker, WorkLog } from "../../src/batch/work-log.js";

/** A meter fed readings of a 2-core machine: each step adds `windows` of time on both cores, `idleCores` of it idle. */
function meterOnTwoCores(steps: Array<{ windows: number; idleCores: number }>): boolean[] {
  const reading: CpuTimes = { idle: 0, total: 0, cores: 2 };
  const isCoreFree = freeCoreMeter(() => ({ ...reading }));
  return steps.map(({ windows, idleCores }) => {
    reading.total += windows * WINDOW_SECONDS * 1000 * 2;
    reading.idle += windows * WINDOW_SECONDS * 1000 * idleCores;
    return isCoreFree();
  });
}

describe("whether a core is free for a worker", () => {
  it("is free when the other core was idle over the last window (this thread's own core busy)", () => {
    expect(meterOnTwoCores([{ windows: 1, idleCores: 0.9 }])).toEqual([true]);
  });

  it("is not free when other work kept both cores busy", () => {
    expect(meterOnTwoCores([{ windows: 1, idleCores: 0.2 }])).toEqual([false]);
  });

  it("is not known before a whole window has passed, and follows the load from window to window", () => {
    expect(
      meterOnTwoCores([
        { windows: 0.3, idleCores: 1 },
        { windows: 0.8, idleCores: 1 },
        { windows: 1, idleCores: 0.1 },
        { windows: 0.5, idleCores: 1 },
        { windows: 0.6, idleCores: 1 },
      ]),
    ).toEqual([false, true, false, false, true]);
  });
});

/** This thread's log: three cold documents of 1,000 characters at 0.5 s, then ten warm ones at 0.05 s. */
function warmedLog(): WorkLog {
  const log = new WorkLog();
  for (let index = 0; index < 3; index++) log.add(0.5, 1000);
  for (let index = 0; index < 10; index++) log.add(0.05, 1000);
  return log;
}

describe("whether a worker would repay its start", () => {
  it("reads the warm speed past the first, cold documents, and what warming up cost", () => {
    const log = warmedLog();
    expect(log.warmRate()).toBeCloseTo(0.00005);
    expect(log.warmUpSeconds()).toBeCloseTo(1.5 + 0.5 - 13 * 0.05);
  });

  it("starts one when the documents waiting would keep two threads busy for well over its cost", () => {
    // 1,000 documents waiting: 50 s of work on this thread, 25 s each shared.
    expect(isWorthAWorker(warmedLog(), 1_000_000, 2, 0.7)).toBe(true);
  });

  it("does not when the batch would end while the worker is still loading and warming up", () => {
    // 40 documents waiting: 2 s here, against about 2 s for a worker to load and warm up.
    expect(isWorthAWorker(warmedLog(), 40_000, 2, 0.7)).toBe(false);
  });

  it("does not before this thread knows its own speed", () => {
    const log = new WorkLog();
    log.add(0.05, 1000);
    expect(isWorthAWorker(log, 10_000_000, 2, 0.7)).toBe(false);
  });
});

describe("freeCoreMeter where the machine does not tell its cores' times", () => {
  it("takes a core as free", () => {
    const isCoreFree = freeCoreMeter(() => ({ total: 0, idle: 0, cores: 0 }));
    expect(isCoreFree()).toBe(true);
  });
});
