// The script `npm run build` runs under `node --build-snapshot` (bundled into one file, as Node 20
// requires): it loads compromise, chrono-node, the gazetteer, the word list and the WordNet classes, so that a process
// started from the snapshot finds them in memory instead of reading and evaluating them.
import { startupSnapshot } from "node:v8";
import { nlp } from "../document.js";
import { isPeopleName, lookupPlace } from "../gazetteer.js";
import "../pipeline.js";
import { isDictionaryWord } from "../words.js";

// Loaded, not run: a parse here would compile regular expressions to machine code, which V8 cannot
// put in a snapshot (node aborts), and running them interpreted only (--regexp-interpret-all) would
// have to hold at run time too, where it makes extraction about 1.6 times slower.
nlp();
lookupPlace("Paris");
isPeopleName("Hutu");
isDictionaryWord("market");

startupSnapshot.setDeserializeMainFunction(() => {
  // process.argv is [node, bin/factx.js, ...arguments], as in a run without the snapshot.
  void import("./main.js").then(({ main }) => main());
});
