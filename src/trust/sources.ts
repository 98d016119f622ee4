import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/**
 * The sources whose behaviour the calibration measures: the rules that make facts, the refiners that
 * change them, and what the calibration calls evidence and calls right.
 */
const MEASURED_SOURCES = ["src/extract", "src/refine", "src/trust/evidence.ts", "src/trust/observe.ts"];

function filesUnder(root: string, path: string): string[] {
  const full = join(root, path);
  if (!full.endsWith(".ts")) return readdirSync(full, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".ts")).map((file) => relative(root, join(full, file)));
  return [path];
}

/** SHA-256 of the measured sources under `root` (a checkout): names and contents, line endings as LF. */
export function measuredSourcesHash(root: string): string {
  const hash = createHash("sha256");
  const files = MEASURED_SOURCES.flatMap((path) => filesUnder(root, path)).map((file) => file.split("\\").join("/")).sort();
  for (const file of files) hash.update(`${file}\0${readFileSync(join(root, file), "utf8").replace(/\r\n/g, "\n")}\0`);
  return hash.digest("hex");
}
