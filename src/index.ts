export { extract, EXTRACTORS, REFINERS, type Extractor, type Refiner } from "./pipeline.js";
export * from "./types.js";
export { summarize, type ArticleSummary } from "./summary/index.js";
export { compareArticles, type Article, type Claim, type CompareOptions, type Comparison, type ComparisonRow, type Verdict } from "./compare/index.js";
