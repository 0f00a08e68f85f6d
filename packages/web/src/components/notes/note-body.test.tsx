import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render } from "@testing-library/react";
import { NoteExcerpt } from "./note-body";

afterEach(cleanup);

describe("NoteExcerpt", () => {
  it("quotes a note's words as they read: emphasis kept, no markdown syntax, no raw HTML, no links", () => {
    const { container } = render(
      <NoteExcerpt markdown={"**Check the timestamp** first. <img src=x onerror=alert(1)> [bad](javascript:alert(1)) @Sam Okafor"} />,
    );
    const quote = container.querySelector("blockquote.note-excerpt")!;
    expect(quote.textContent).toBe("Check the timestamp first.  bad @Sam Okafor");
    expect(quote.querySelector("strong")?.textContent).toBe("Check the timestamp");
    expect(quote.querySelector("img, a, script")).toBeNull();
  });
});
