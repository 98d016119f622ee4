export { extract, EXTRACTORS, type Extractor } from "./pipeline.js";
export * from "./types.js";
