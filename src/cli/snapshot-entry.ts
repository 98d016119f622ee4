// The script `npm run build` runs under `node --build-snapshot` (bundled into one file, as Node 20
// requires): it loads compromise, chrono-node, the gazetteer, the word list and the WordNet classes,
// so that a process started from the snapshot finds them in memory instead of reading and evaluating
// them; for the article snapshot, its code compiled and compromise's lazily built tables built too.
// The command line's own modules (commander, the renderers) are loaded too: a one-article run spent
// 13 ms of its 170 in loading them. None keeps anything of the machine it was loaded on: colours,
// the terminal and the environment are read as a command runs. The extract command is not: it
// loads the batch pool, and a worker thread started by a node whose snapshot had loaded
// node:worker_threads died at once (its process.cwd() reads a counter the snapshot does not keep),
// leaving batches on one thread with nothing said. If it is ever loaded here, this script throws:
// npm run build then warns that there is no snapshot, and factx loads the usual way.
import { setFlagsFromString, startupSnapshot } from "node:v8";
import { warmUp } from "../batch/warm-up.js";
import { nlp } from "../document.js";
import { isPeopleName, lookupPlace } from "../gazetteer.js";
import { extract } from "../pipeline.js";
import { FIELDS } from "../types.js";
import { isDictionaryWord } from "../words.js";
import "../render/index.js";
import { main } from "./main.js";

nlp();
lookupPlace("Paris");
isPeopleName("Hutu");
isDictionaryWord("market");

// The article snapshot (see articleSnapshotPath) also extracts from one article. V8 cannot put
// regular expressions compiled to machine code in a snapshot (node aborts): here they compile to
// bytecode only, which it can. That turns V8's tier-up off, and a pattern first made here stays
// interpreted on short texts for good: batches ran 8% slower, so only one-article runs start from it.
if (process.env.FACTX_SNAPSHOT_WARM_UP) {
  setFlagsFromString("--regexp-interpret-all");
  // Not the casualty constructions: their bytecode, kept in the patterns themselves, doubled the
  // snapshot (35 MB) and would be of no use, as a pattern compiles to machine code on its first
  // long text anyway.
  warmUp((text, options) => extract(text, { ...options, only: FIELDS.filter((field) => field !== "casualties") }));
  // Node's flags again: a snapshot starts only under the flags it was built with.
  setFlagsFromString("--no-regexp-interpret-all");
  setFlagsFromString("--regexp-tier-up");
}

if ((process as { moduleLoadList?: string[] }).moduleLoadList?.includes("NativeModule worker_threads")) {
  throw new Error("node:worker_threads was loaded while the snapshot was built: workers would fail to start from it");
}

startupSnapshot.setDeserializeMainFunction(() => {
  // process.argv is [node, bin/factx.js, ...arguments], as in a run without the snapshot.
  void main();
});
