import { describe, expect, it } from "vitest";
import { extractPageMetadata } from "./page-metadata.js";

describe("page metadata", () => {
  it("prefers Open Graph and article tags, then JSON-LD, then the title", () => {
    const html = `<!doctype html><html><head><title>Fallback &amp; title</title>
      <meta property="og:title" content="Strikes hit the port &mdash; officials">
      <meta property="og:site_name" content="Coast Daily">
      <meta property="article:published_time" content="2025-03-10T08:00:00Z">
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite"},
        {"@type":"NewsArticle","headline":"LD headline","author":[{"@type":"Person","name":"Rana Haddad"},{"name":"Li Wei"}],
         "publisher":{"@type":"Organization","name":"LD Publisher"},"datePublished":"2025-03-09"}]}</script>
      </head><body><svg><title>icon</title></svg></body></html>`;
    expect(extractPageMetadata(html)).toEqual({
      title: "Strikes hit the port — officials",
      publisher: "Coast Daily",
      author: "Rana Haddad, Li Wei",
      publishedAt: new Date("2025-03-10T08:00:00Z"),
    });
  });

  it("falls back to JSON-LD and <title>, ignoring profile URLs, broken JSON and future dates", () => {
    const html = `<html><head><title>  Plain
      title </title><meta property="article:author" content="https://example.org/staff/x">
      <script type="application/ld+json">{ broken</script>
      <script type="application/ld+json">{"@type":["ReportageNewsArticle"],"publisher":"Wire","datePublished":"2999-01-01"}</script>
      <meta name="author" content="Desk Staff"></head></html>`;
    expect(extractPageMetadata(html)).toEqual({ title: "Plain title", publisher: "Wire", author: "Desk Staff", publishedAt: null });
  });

  it("finds nothing in a page that says nothing", () => {
    expect(extractPageMetadata("just text")).toEqual({ title: null, publisher: null, author: null, publishedAt: null });
  });
});
