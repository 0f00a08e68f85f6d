import { describe, expect, it } from "vitest";
import { extractArticle } from "./index.js";
import { readableText } from "./markup.js";

const figuresOf = (text: string) => extractArticle({ text }).figures.map((f) => [f.metric, f.qualifier, f.low, f.claimText]);

describe("markup and code in pasted text", () => {
  it("reads a pasted HTML page as its prose: no figure from scripts, attributes or comments, no tags in claims", () => {
    const page =
      '<html><head><title>Blast</title><script>alert("killed 300 people")</script></head><body><div class="c-12" data-id="4521">' +
      "<p>KABUL, Afghanistan &mdash; A bomb killed <b>at least 12 people</b> and wounded 30&nbsp;others on Tuesday, police said.</p>" +
      '<img src="x.jpg" alt="12 dead"><p>&ldquo;Nine of the wounded are critical,&rdquo; he said.</p><!-- 99 people killed --></div></body></html>';
    expect(figuresOf(page)).toEqual([
      ["KILLED", "AT_LEAST", 12, "A bomb killed at least 12 people and wounded 30 others on Tuesday, police said"],
      ["INJURED", "EXACT", 30, "A bomb killed at least 12 people and wounded 30 others on Tuesday, police said"],
      ["INJURED", "EXACT", 9, "“Nine of the wounded are critical,” he said"],
    ]);
    // Offsets still point into the page as pasted.
    expect(readableText(page)).toHaveLength(page.length);
  });

  it("reads no figure from code blocks, inline code or code lines, and drops markdown's syntax from claims", () => {
    const text = [
      "# 30 killed in blast",
      "Officials said 14 people were killed in the flood on Monday.",
      "```js\nconst killed = 500;\nconsole.log(300 + ' people killed');\n```",
      "    int injured = 45; // 45 people injured",
      "- 5 people were injured",
      "The Red Cross said 20 people were missing. `rows = 1200 people displaced`",
      "[200 people killed](https://example.org/x), the police said.",
    ].join("\n\n");
    expect(figuresOf(text).map(([metric, , low, claim]) => [metric, low, claim])).toEqual([
      ["KILLED", 30, "30 killed in blast"],
      ["KILLED", 14, "Officials said 14 people were killed in the flood on Monday"],
      ["INJURED", 5, "5 people were injured"],
      ["MISSING", 20, "The Red Cross said 20 people were missing"],
      ["KILLED", 200, "200 people killed, the police said"],
    ]);
  });

  it("leaves prose as it is: typewriter quotes, ampersands, hashtags and indented paragraphs", () => {
    for (const prose of [
      "``The road is gone,'' Pell Anders said.",
      "AT&T said 3 workers were hurt; Q&A follows.",
      "#MeToo marchers, 2,000 of them, filled the square.",
      "    Indented: 40 people were killed, officials said.",
      "The index rose < 5% while 12 people > 60 were hurt.",
    ])
      expect(readableText(prose)).toBe(prose);
  });
});
