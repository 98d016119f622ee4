import { spawn } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";

/** What a snapshot was built from: it is used only while all of it still holds. */
export interface SnapshotManifest {
  node: string;
  arch: string;
  platform: string;
  /** The V8 flags it was built under, which node must be given again to start from it. */
  nodeFlags: string[];
  /** The project's own files baked into the snapshot (built code, data, calibration), with their times (null: absent). */
  sources: Record<string, number | null>;
}

/**
 * The V8 flags every snapshot is built and started under (node refuses a snapshot under others). A
 * young generation of 8 MB semi-spaces instead of 16: a batch's every document is garbage soon after,
 * and two threads' young generations were 64 of a 10,000-record stream's 340 MB, in the same
 * processor time. Flags that can change after start are set then (cli/v8-flags.ts); this one cannot.
 */
export const SNAPSHOT_NODE_FLAGS = ["--max-semi-space-size=8"];

/**
 * Node's own options for the node started from the snapshot (node checks only V8's flags against
 * it): as many background threads for V8 (concurrent marking and sweeping, compiling) as there are
 * cores beyond the first, and never more than node's four. In a batch every core runs a thread of
 * factx's, and more background threads only took cores from them: on 2 cores, with one instead of
 * four, two threads took 240 PolNeAR articles in 7.7 s instead of 8.1 s; one thread took as long
 * (9.7 s), and a cold article too.
 */
function launchNodeOptions(cores: number): string[] {
  return [`--v8-pool-size=${Math.min(4, Math.max(1, cores - 1))}`];
}

const HELP_OR_VERSION = new Set(["-h", "--help", "-V", "--version"]);

/**
 * The snapshot for a run of factx from `root` with `args`: FACTX_SNAPSHOT names another than the one `npm run
 * build` writes beside the code, when it matches (see matchingSnapshot).
 */
export function snapshotFor(root: string, env: NodeJS.ProcessEnv, args: string[]): string | undefined {
  // Node refuses a snapshot under other V8 flags than it was built with (exit 14): a run given node
  // options loads the usual way.
  if (process.execArgv.length > 0 || env.NODE_OPTIONS) return undefined;
  // Help and version need no models: one node without them starts faster than two with.
  if (args.some((arg) => HELP_OR_VERSION.has(arg))) return undefined;
  const blob = env.FACTX_SNAPSHOT || join(root, "dist/factx.blob");
  return (isOneArticle(args) && matchingSnapshot(articleSnapshotPath(blob), root)) || matchingSnapshot(blob, root);
}

/**
 * The snapshot that has also extracted from one article, its code compiled: for runs on one article
 * only (a batch runs slower from it, see cli/snapshot-entry.ts).
 */
export function articleSnapshotPath(blob: string): string {
  return blob.replace(/(?:\.blob)?$/, "-article.blob");
}

const OF_MANY = new Set(["eval", "summary", "compare"]);

/**
 * One article file, read as text: told from the arguments before they are parsed, so a guess, which
 * only chooses the snapshot that starts faster for it (both give the same output).
 */
export function isOneArticle(args: string[]): boolean {
  if (OF_MANY.has(args[0]) || args.some((arg) => arg === "-" || arg.endsWith("jsonl"))) return false;
  return args.filter(isFile).length === 1;
}

/** A file there to read; any error (no such file, a file used as a folder, no permission) is no. */
function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function manifestPath(blob: string): string {
  return `${blob}.json`;
}

/**
 * The snapshot at `blob` when it was built by this node for the code and data now under `root`;
 * otherwise undefined, and factx loads as usual: after a node upgrade, without a blob, or after a
 * `tsc` rebuild since (a snapshot never runs stale code).
 */
export function matchingSnapshot(blob: string, root: string): string | undefined {
  let manifest: SnapshotManifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath(blob), "utf8")) as SnapshotManifest;
    statSync(blob);
  } catch {
    return undefined;
  }
  if (manifest.node !== process.version || manifest.arch !== process.arch || manifest.platform !== process.platform) return undefined;
  if (JSON.stringify(manifest.nodeFlags) !== JSON.stringify(SNAPSHOT_NODE_FLAGS)) return undefined;
  for (const [file, time] of Object.entries(manifest.sources)) {
    if ((statSync(join(root, file), { throwIfNoEntry: false })?.mtimeMs ?? null) !== time) return undefined;
  }
  return blob;
}

/** Runs factx in a node started from the snapshot, and exits as it exits. */
export function runFromSnapshot(blob: string, bin: string, args: string[]): void {
  // "--" ends node's own options: `factx --version` is factx's, not node's.
  const child = spawn(process.execPath, [...SNAPSHOT_NODE_FLAGS, ...launchNodeOptions(availableParallelism()), "--snapshot-blob", blob, "--", bin, ...args], {
    stdio: "inherit",
    env: environmentForExtraction(process.env),
  });
  // A signal sent to this process alone (a supervisor's SIGTERM) reaches the one doing the work.
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
  for (const signal of signals) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => {
    for (const name of signals) process.removeAllListeners(name);
    if (signal) process.kill(process.pid, signal);
    else process.exit(code ?? 1);
  });
}

/**
 * The environment of the node that extracts: the caller's, less NODE_EXTRA_CA_CERTS (its name in
 * any case, as Windows has it). Node 20 reads and parses that file of certificates as it starts,
 * before any code runs (47 ms of a 74 ms start here, where it names the system's whole bundle); the
 * launcher has paid for it once already, and factx opens no connection.
 */
export function environmentForExtraction(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => name.toUpperCase() !== "NODE_EXTRA_CA_CERTS"));
}
