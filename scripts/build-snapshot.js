#!/usr/bin/env node
// Builds the start-up snapshot bin/factx.js starts from: the built code (dist/) bundled into one
// script, as Node 20's --build-snapshot requires, then run by this node to load the models.
// Writes OUT (default dist/factx.blob) and OUT.json, what it was built from, and the same for the
// snapshot of one-article runs (OUT-article.blob, see articleSnapshotPath).
// Usage: node scripts/build-snapshot.js [OUT]
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { articleSnapshotPath, matchingSnapshot, SNAPSHOT_NODE_FLAGS } from "../dist/snapshot/launch.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = resolve(process.argv[2] ?? join(root, "dist/factx.blob"));
const articleOut = articleSnapshotPath(out);

// The snapshot there was built by this node from the code and data as they are, by this script,
// after the last npm install (which may have changed the packages bundled): building it again would
// give the same one.
const builtSince = (file) => (statSync(join(root, file), { throwIfNoEntry: false })?.mtimeMs ?? Infinity) <= statSync(out).mtimeMs;
if (matchingSnapshot(out, root) && matchingSnapshot(articleOut, root) && ["scripts/build-snapshot.js", "package-lock.json", "node_modules/.package-lock.json"].every(builtSince)) {
  console.log(`${relative(process.cwd(), out)}: up to date`);
  process.exit(0);
}
const work = mkdtempSync(join(tmpdir(), "factx-snapshot-"));
const script = join(work, "snapshot.cjs");
const dist = join(root, "dist") + sep;

// A bundle has no module URL of its own: each file's import.meta.url becomes the URL of its file in
// the project, taken from the project root (the build's, then the one bin/factx.js runs from).
const ROOT_URL = `
let __factxRoot = ${JSON.stringify(root)};
require("node:v8").startupSnapshot.addDeserializeCallback(() => {
  __factxRoot = require("node:path").join(process.argv[1], "../..");
});
const __factxFileUrl = (file) => require("node:url").pathToFileURL(require("node:path").join(__factxRoot, file)).href;
`;
const projectUrls = {
  name: "project-urls",
  setup(builder) {
    builder.onLoad({ filter: /\.js$/ }, async ({ path }) => {
      if (!path.startsWith(dist)) return undefined;
      const file = relative(root, path).split("\\").join("/");
      const contents = readFileSync(path, "utf8").replaceAll("import.meta.url", `__factxFileUrl(${JSON.stringify(file)})`);
      return { contents, loader: "js" };
    });
    // createRequire(import.meta.url)(id) loads compromise's CommonJS build and package.json: the
    // bundle holds both, required by name so that esbuild bundles them.
    builder.onResolve({ filter: /^(node:)?module$/ }, ({ importer }) =>
      importer.startsWith(dist) ? { path: "bundled-require", namespace: "factx" } : undefined,
    );
    builder.onLoad({ filter: /^bundled-require$/, namespace: "factx" }, () => ({
      resolveDir: root,
      loader: "js",
      contents: `export function createRequire() {
        return (id) => {
          if (id === "compromise") return require("compromise");
          if (id.endsWith("/package.json")) return require("./package.json");
          throw new Error("not in the snapshot bundle: " + id);
        };
      }`,
    }));
  },
};

const bundled = await build({
  entryPoints: [join(dist, "cli/snapshot-entry.js")],
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  outfile: script,
  banner: { js: ROOT_URL },
  plugins: [projectUrls],
  metafile: true,
  logLevel: "warning",
  // Smaller source, smaller snapshot: node keeps each function's source text, and the article
  // snapshot went from 17.1 to 15.3 MB, a cold article 10 ms quicker to start. Names are kept, so
  // that a rule, a class or an error reads as it does in dist/.
  minify: true,
  keepNames: true,
});

// The snapshot for any run, then the one that has also extracted from one article (FACTX_SNAPSHOT_WARM_UP).
const builds = [
  [out, {}],
  [articleOut, { FACTX_SNAPSHOT_WARM_UP: "1" }],
].map(([blob, env]) => spawnSync(process.execPath, [...SNAPSHOT_NODE_FLAGS, "--snapshot-blob", blob, "--build-snapshot", script], { stdio: ["ignore", "inherit", "pipe"], encoding: "utf8", env: { ...process.env, ...env } }));
rmSync(work, { recursive: true, force: true });
const failed = builds.find((built) => built.status !== 0);
if (failed) {
  // factx runs without a snapshot, only slower to start: a node that cannot build one fails no build.
  for (const blob of [out, articleOut]) {
    rmSync(blob, { force: true });
    rmSync(`${blob}.json`, { force: true });
  }
  console.warn(`no start-up snapshot: node --build-snapshot failed (${failed.signal ?? `exit ${failed.status}`}); factx will load as usual\n${failed.stderr.slice(0, 2000)}`);
  process.exit(0);
}

// The project's own files in the bundle (node_modules change only through npm, which rebuilds).
const sources = {};
for (const input of Object.keys(bundled.metafile.inputs)) {
  if (input.includes("node_modules") || input.startsWith("factx:")) continue;
  const file = relative(root, resolve(input)).split("\\").join("/");
  sources[file] = statSync(join(root, file)).mtimeMs;
}
for (const file of ["data/gazetteer.json", "data/words.json", "data/wordnet.json"]) sources[file] = statSync(join(root, file)).mtimeMs;
// The article snapshot has extracted from an article, and so holds the calibration it read then
// (null: there was none, every confidence null).
sources["calibration/confidence.json"] = statSync(join(root, "calibration/confidence.json"), { throwIfNoEntry: false })?.mtimeMs ?? null;
const manifest = { node: process.version, arch: process.arch, platform: process.platform, nodeFlags: SNAPSHOT_NODE_FLAGS, sources };
for (const blob of [out, articleOut]) {
  writeFileSync(`${blob}.json`, `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`${relative(process.cwd(), blob)}: start-up snapshot for Node ${process.version} (${(statSync(blob).size / 1e6).toFixed(1)} MB)`);
}
