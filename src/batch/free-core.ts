import { cpus } from "node:os";

/** The machine's CPU time since boot, in milliseconds summed over its cores: idle, and in all. */
export interface CpuTimes {
  idle: number;
  total: number;
  cores: number;
}

export function cpuTimes(): CpuTimes {
  let idle = 0;
  let total = 0;
  const all = cpus();
  for (const { times } of all) {
    idle += times.idle;
    total += times.user + times.nice + times.sys + times.idle + times.irq;
  }
  return { idle, total, cores: all.length };
}

/**
 * How long a window of CPU times must be to tell: a few scheduler ticks are noise, and half a second
 * on two cores is a hundred of them. A worker that could start waits for the first window to pass.
 */
export const WINDOW_SECONDS = 0.5;

/**
 * Idle time the cores must have had in the last window for a worker to find one to itself: half a
 * core. This thread's own work is not idle time, so it never counts as room for a worker; other
 * programs' work is not either, so on a busy machine no worker starts (there, two threads were 1.3
 * to 3 times slower than one: a worker only adds its loading and cold start to the queue for the
 * cores).
 */
const IDLE_CORES_FOR_A_WORKER = 0.5;

/**
 * Whether a core is free now, from the machine's idle time over the last window (WINDOW_SECONDS) or
 * longer: each call past a whole window reads it anew, so the answer follows the load as it comes
 * and goes (the load average lags a minute, and counts this process and the runs just before it).
 * False until the first window has passed.
 */
export function freeCoreMeter(read: () => CpuTimes = cpuTimes): () => boolean {
  let since = read();
  let isFree = false;
  return () => {
    const now = read();
    // Where the machine does not tell its cores' times, a core is taken as free.
    if (now.cores === 0) return true;
    const elapsed = now.total - since.total;
    if (elapsed >= WINDOW_SECONDS * 1000 * now.cores) {
      isFree = ((now.idle - since.idle) / elapsed) * now.cores >= IDLE_CORES_FOR_A_WORKER;
      since = now;
    }
    return isFree;
  };
}
