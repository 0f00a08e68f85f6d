import { describe, expect, it } from "vitest";
import { placeLabels, type LabelRequest } from "./toll-chart-labels";

const area = { x: 0, y: 0, width: 600, height: 300 };
const LINE = 17;

/** The box a placed label covers, as the chart draws it. */
const boxOf = (request: LabelRequest, label: ReturnType<typeof placeLabels>[number]) => ({
  left: label.anchor === "start" ? label.x : label.x - request.width,
  right: label.anchor === "start" ? label.x + request.width : label.x,
  top: label.y - LINE / 2,
  bottom: label.y + LINE / 2,
});
const intersects = (a: ReturnType<typeof boxOf>, b: ReturnType<typeof boxOf>) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe("placing the toll chart's point labels", () => {
  it("puts a lone label to the right of its point, on its row", () => {
    expect(placeLabels([{ id: "a", x: 100, y: 150, width: 60 }], area, LINE)).toEqual([
      { id: "a", x: 109, y: 150, anchor: "start", moved: false },
    ]);
  });

  it("keeps same-day reports' labels apart: none prints over another or over another point", () => {
    // Five reports of one day, a few pixels apart sideways and in height (1,300, 1,350, 1,383, 1,390, 1,400 on a tall scale).
    const requests = [150, 156, 160, 163, 166].map((y, i) => ({ id: `p${i}`, x: 300 + i * 12, y, width: 58 }));
    const placed = placeLabels(requests, area, LINE);
    const boxes = placed.map((label, i) => boxOf(requests[i]!, label));
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(intersects(a, b)).toBe(false);
      for (const [k, p] of requests.entries()) {
        if (k !== i) expect(intersects(a, { left: p.x - 6, right: p.x + 6, top: p.y - 6, bottom: p.y + 6 })).toBe(false);
      }
    }
    // Moved labels are marked, so the chart ties them to their point with a line.
    expect(placed.some((l) => l.moved)).toBe(true);
    expect(placed.filter((l) => !l.moved).length).toBeGreaterThan(0);
  });

  it("turns a label left at the right edge rather than cutting it off", () => {
    const [label] = placeLabels([{ id: "edge", x: 580, y: 100, width: 60 }], area, LINE);
    expect(label).toMatchObject({ anchor: "end", x: 571, moved: false });
  });

  it("beyond a few hundred points, puts every label to the right of its point without comparing them", () => {
    const requests = Array.from({ length: 5_000 }, (_, i) => ({ id: `p${i}`, x: 100 + (i % 400), y: 150, width: 50 }));
    const placed = placeLabels(requests, area, LINE);
    expect(placed).toHaveLength(5_000);
    expect(placed.every((label, i) => label.anchor === "start" && !label.moved && label.x === requests[i]!.x + 9)).toBe(true);
  });

  it("places the same points the same way every time, whatever order they come in", () => {
    const requests = [
      { id: "a", x: 200, y: 100, width: 50 },
      { id: "b", x: 205, y: 104, width: 50 },
      { id: "c", x: 210, y: 108, width: 50 },
    ];
    const forwards = placeLabels(requests, area, LINE);
    const backwards = placeLabels([...requests].reverse(), area, LINE).reverse();
    expect(backwards).toEqual(forwards);
  });
});
