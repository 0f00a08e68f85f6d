import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render } from "@testing-library/react";
import { Highlight, splitHighlight } from "./highlight";

afterEach(cleanup);

describe("splitHighlight", () => {
  it.each([
    [
      "Dmitry «Peskov», Kremlin spokesman",
      [
        ["Dmitry ", false],
        ["Peskov", true],
        [", Kremlin spokesman", false],
      ],
    ],
    [
      "«Syria» and «Syria»",
      [
        ["Syria", true],
        [" and ", false],
        ["Syria", true],
      ],
    ],
    ["no match at all", [["no match at all", false]]],
    [
      "cut off «mid-match",
      [
        ["cut off ", false],
        ["mid-match", true],
      ],
    ],
    ["a stray » stays", [["a stray » stays", false]]],
    [
      "empty «» marks vanish",
      [
        ["empty ", false],
        [" marks vanish", false],
      ],
    ],
    ["", []],
  ] as const)("%j", (highlight, parts) => {
    expect(splitHighlight(highlight).map((p) => [p.text, p.match])).toEqual(parts);
  });
});

describe("Highlight", () => {
  it("marks the matches with <mark>", () => {
    const { container } = render(<Highlight text="Kremlin spokesman Dmitry «Peskov» said" />);
    expect([...container.querySelectorAll("mark")].map((m) => m.textContent)).toEqual(["Peskov"]);
    expect(container.textContent).toBe("Kremlin spokesman Dmitry Peskov said");
  });

  it("never turns text from the passage into HTML", () => {
    const hostile = `<img src=x onerror="alert(1)"> «<b>bold</b>» <script>alert(2)</script> &amp;`;
    const { container } = render(<Highlight text={hostile} />);
    expect(container.querySelector("img, b, script")).toBeNull();
    expect(container.querySelectorAll("mark")).toHaveLength(1);
    expect(container.querySelector("mark")!.textContent).toBe("<b>bold</b>");
    expect(container.textContent).toBe(`<img src=x onerror="alert(1)"> <b>bold</b> <script>alert(2)</script> &amp;`);
  });
});
