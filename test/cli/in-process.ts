import { Readable, Writable } from "node:stream";
import { run } from "../../src/cli/main.js";

function sink() {
  const chunks: string[] = [];
  const stream = new Writable({ write: (chunk, _encoding, done) => (chunks.push(String(chunk)), done()) });
  return { stream, text: () => chunks.join("") };
}

/** factx run in this process on the sources, colour off, its output collected as a pipe would see it. */
export async function factxInProcess(args: string[], { input = "", env = {} }: { input?: string; env?: Record<string, string> } = {}) {
  const stdout = sink();
  const stderr = sink();
  const code = await run(args, { stdin: Readable.from([input]), stdout: stdout.stream, stderr: stderr.stream, env });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}
