const LOOKS_LIKE_HTML = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<!--)/i;

/** A web page, by how it begins: kept apart from the HTML parser, which is slow to load. */
export function looksLikeHtml(text: string): boolean {
  return LOOKS_LIKE_HTML.test(text.slice(0, 1000));
}
