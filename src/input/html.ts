import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

/** An article taken out of a web page: its readable text and what the page says about it. */
export interface HtmlArticle {
  text: string;
  title: string | null;
  byline: string | null;
  /** YYYY-MM-DD, from the page's metadata. */
  published: string | null;
}

const BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, figcaption";
const BOILERPLATE = [
  "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "button", "iframe",
  '[role="navigation"]', '[role="banner"]', '[role="dialog"]', '[aria-hidden="true"]',
  '[class*="cookie" i]', '[id*="cookie" i]', '[class*="consent" i]', '[id*="consent" i]',
  '[class*="newsletter" i]', '[class*="related" i]', '[class*="share" i]', '[class*="advert" i]',
].join(", ");

/**
 * Readable text of a page with Mozilla's Readability (the engine of Firefox's reader view) on a
 * linkedom document: no script runs, navigation and boilerplate are dropped, paragraphs become
 * blank-line separated lines.
 */
export function extractArticle(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const published = publishedDate(document);
  const metaTitle = document.querySelector("title")?.textContent?.trim() || null;
  // Readability keeps a short page's consent banner as if it were a paragraph: such chrome goes first.
  for (const element of [...document.querySelectorAll(BOILERPLATE)]) element.remove();
  const article = new Readability(document as unknown as Document).parse();
  const content = article?.content ? parseHTML(`<html><body>${article.content}</body></html>`).document : parseHTML(html).document;
  const blocks = [...content.querySelectorAll(BLOCKS)]
    .filter((element) => !element.querySelector(BLOCKS))
    .map((element) => (element.textContent ?? "").replace(/\s+/g, " ").trim())
    .filter(Boolean);
  const text = blocks.length > 0 ? blocks.join("\n\n") : (article?.textContent ?? "").trim();
  return {
    text,
    title: article?.title?.trim() || metaTitle,
    byline: article?.byline?.trim() || null,
    published: published ?? isoDay(article?.publishedTime),
  };
}

type Queryable = { querySelector(selector: string): { getAttribute(name: string): string | null } | null; querySelectorAll(selector: string): Iterable<{ textContent: string | null }> };

/** `article:published_time`, JSON-LD `datePublished`, then the first `<time datetime>`. */
function publishedDate(document: Queryable): string | null {
  const meta = document.querySelector('meta[property="article:published_time"], meta[name="article:published_time"], meta[itemprop="datePublished"], meta[name="pubdate"], meta[name="date"]');
  const fromMeta = isoDay(meta?.getAttribute("content"));
  if (fromMeta) return fromMeta;
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const found = isoDay(findDatePublished(parseJson(script.textContent ?? "")));
    if (found) return found;
  }
  return isoDay(document.querySelector("time[datetime]")?.getAttribute("datetime"));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function findDatePublished(value: unknown, depth = 0): string | null {
  if (depth > 6 || value === null || typeof value !== "object") return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findDatePublished(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.datePublished === "string") return record.datePublished;
  return findDatePublished(record["@graph"], depth + 1);
}

function isoDay(value: string | null | undefined): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value?.trim() ?? "");
  return match ? match[1] : null;
}
