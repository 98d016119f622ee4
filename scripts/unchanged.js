// A data build whose inputs are as they were when it last wrote its output does no work: the
// output keeps its content and its time, so the start-up snapshot built from it stays valid and
// `npm test` does not rebuild what cannot have changed. The inputs are the script itself and the
// package.json of each data package it reads (their version); the record of the last build is kept
// in node_modules/.cache, which a fresh install empties.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Whether `out` was built from exactly these inputs; when not, `record()` notes them once `out` is
 * written. `script` is the building script's import.meta.url, `packages` the npm packages it reads.
 */
export function buildRecord(script, out, packages) {
  const hash = createHash("sha256");
  for (const file of [fileURLToPath(script), ...packages.map((name) => join(root, "node_modules", name, "package.json"))]) {
    hash.update(file).update("\0").update(readFileSync(file)).update("\0");
  }
  const inputs = hash.digest("hex");
  const stamp = join(root, "node_modules/.cache/factx-build", `${basename(out)}.inputs`);
  const unchanged = existsSync(out) && existsSync(stamp) && readFileSync(stamp, "utf8") === inputs;
  return {
    unchanged,
    record() {
      mkdirSync(dirname(stamp), { recursive: true });
      writeFileSync(stamp, inputs);
    },
  };
}
