export { extract, EXTRACTORS, REFINERS, type Extractor, type Refiner } from "./pipeline.js";
export * from "./types.js";
export { summarize, type ArticleSummary } from "./summary/index.js";
