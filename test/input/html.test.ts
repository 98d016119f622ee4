import { describe, expect, it } from "vitest";
import { looksLikeHtml } from "../../src/input/detect.js";
import { extractArticle } from "../../src/input/html.js";

const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const STORY = `<article><h1>Floods hit the north</h1><p>Three people died when the river burst its banks on Sunday.</p>
<p>“We lost everything,” said a farmer in the village, who asked not to be named.</p>
<p>Rescuers evacuated more than 1,200 people from the valley overnight, officials said.</p></article>`;

describe("the article's text", () => {
  it("keeps paragraphs as lines and drops navigation, banners, footers and scripts", () => {
    const html = page("<title>Floods</title>", `<nav><a>Home</a> <a>World</a></nav>
      <div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
      ${STORY}<aside class="related">Related: Storm warnings</aside><footer>© News Ltd</footer>
      <script>window.stolen = true; document.body.innerHTML = "pwned";</script>`);
    const article = extractArticle(html);
    expect(article.text.split("\n\n")).toEqual([
      "Floods hit the north",
      "Three people died when the river burst its banks on Sunday.",
      "“We lost everything,” said a farmer in the village, who asked not to be named.",
      "Rescuers evacuated more than 1,200 people from the valley overnight, officials said.",
    ]);
    expect(article.text).not.toMatch(/cookies|Home|News Ltd|pwned/);
    expect((globalThis as { stolen?: boolean }).stolen).toBeUndefined();
  });
});

describe("the page's metadata", () => {
  it.each([
    ["OpenGraph article:published_time", '<meta property="article:published_time" content="2021-03-04T10:00:00+01:00">', "2021-03-04"],
    ["JSON-LD NewsArticle", '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2021-05-06T08:00:00Z"}</script>', "2021-05-06"],
    ["JSON-LD @graph", '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2020-02-03"}]}</script>', "2020-02-03"],
    ["a <time datetime>", "", "2019-07-08"],
    ["broken JSON-LD, then nothing", '<script type="application/ld+json">{not json</script>', null],
  ])("publication date from %s", (name, head, expected) => {
    const body = name.startsWith("a <time") ? `<time datetime="2019-07-08T09:00">July 8</time>${STORY}` : STORY;
    expect(extractArticle(page(head, body)).published).toBe(expected);
  });

  it("takes the title and the byline", () => {
    const article = extractArticle(page('<title>Floods hit the north</title><meta name="author" content="Jane Doe">', STORY));
    expect(article.title).toBe("Floods hit the north");
    expect(article.byline).toBe("Jane Doe");
  });
});

describe("detection", () => {
  it.each([
    ["<!DOCTYPE html><html>", true],
    ["  <html lang=en>", true],
    ["The <b>mayor</b> said", false],
    ["Plain text", false],
  ])("%s → %s", (text, expected) => expect(looksLikeHtml(text)).toBe(expected));
});
