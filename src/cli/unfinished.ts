import { EXIT } from "../errors.js";

/**
 * `work` as what the process is there for. A process ends once nothing holds it open, whatever it
 * still awaits: should that come before `work` settles, the run says so on stderr and exits 13, as
 * node does for a top-level await left unsettled. A batch's whole output was once lost that way, with
 * nothing said from the snapshot (see batch/pool.ts, close).
 */
export function sayIfUnfinished<T>(work: Promise<T>): Promise<T> {
  let isSettled = false;
  const onIdle = () => {
    if (isSettled) return;
    process.stderr.write("factx: stopped before it had finished, its output incomplete (a bug in factx)\n");
    process.exitCode = EXIT.unfinished;
  };
  process.on("beforeExit", onIdle);
  return work.finally(() => {
    isSettled = true;
    process.off("beforeExit", onIdle);
  });
}
