import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { run } from "../../src/cli/main.js";

export interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

function collector(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({ write: (chunk, _encoding, done) => (chunks.push(String(chunk)), done()) });
  return { stream, text: () => chunks.join("") };
}

/**
 * factx run in this process on the sources, as the binary runs it: standard input is `input` (a
 * closed pipe when none), the outputs are no terminal, so colour and the progress line are off.
 * Batches need `--jobs 1` here: worker threads start from the built files, so spawned tests cover them.
 */
export async function factx(args: string[], input?: string, env: NodeJS.ProcessEnv = {}): Promise<Outcome> {
  const stdout = collector();
  const stderr = collector();
  const stdin = Readable.from(input === undefined ? [] : [Buffer.from(input)]);
  const code = await run(args, { stdin, stdout: stdout.stream, stderr: stderr.stream, env });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

export const BIN = join(import.meta.dirname, "../../bin/factx.js");

/** The built binary in a process of its own, for what needs one: worker threads, pipes, signals. */
export function factxProcess(args: string[], input?: string): Outcome {
  const result = spawnSync(process.execPath, [BIN, ...args], { input, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, maxBuffer: 1 << 26 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
