import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

const UNFINISHED = pathToFileURL(join(import.meta.dirname, "../../dist/cli/unfinished.js")).href;

/** A process whose work is `work` (a promise's source), run to its end. */
function runWith(work: string, after = "") {
  const script = `import { sayIfUnfinished } from ${JSON.stringify(UNFINISHED)};
    sayIfUnfinished(${work}).then(() => console.log("finished"));
    ${after}`;
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("a run that stops before its work has settled", () => {
  it("says so on stderr and exits 13, where it would have ended quietly with status 0", () => {
    // Nothing holds the process open: a promise that waits on nothing never settles.
    expect(runWith("new Promise(() => {})")).toEqual({ status: 13, stdout: "", stderr: "factx: stopped before it had finished, its output incomplete (a bug in factx)\n" });
  });

  it("says nothing once its work has settled, however long that took", () => {
    expect(runWith("new Promise((resolve) => setTimeout(resolve, 200))")).toEqual({ status: 0, stdout: "finished\n", stderr: "" });
  });

  it("says nothing when it ends on purpose before then (a closed pipe)", () => {
    expect(runWith("new Promise(() => {})", "setTimeout(() => process.exit(0), 50);")).toEqual({ status: 0, stdout: "", stderr: "" });
  });
});
