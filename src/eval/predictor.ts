import { extract } from "../pipeline.js";
import type { Predictor } from "./evaluate.js";

/** factx itself, anchored on each gold document's publication date. */
export const factxPredictor: Predictor = (doc, fields) =>
  extract(doc.text, { published: doc.published, id: doc.id, only: fields });
