/** A point's label to place, in pixels: the point's centre and the label's measured width. */
export interface LabelRequest {
  id: string;
  x: number;
  y: number;
  width: number;
}

/** Where a label goes: its text starts (`start`) or ends (`end`) at `x`, centred on `y`; `moved` when off its point's row. */
export interface PlacedLabel {
  id: string;
  x: number;
  y: number;
  anchor: "start" | "end";
  moved: boolean;
}

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const GAP = 9;
const POINT_RADIUS = 6;
const MAX_ROWS_AWAY = 4;
/**
 * Placing compares every label with every other: past this many points (a chart no one reads label by label) each
 * label simply goes to the right of its point, so an event with tens of thousands of reports does not freeze the page.
 */
const MAX_PLACED = 400;

const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

const outside = (box: Box, area: Area) =>
  Math.max(0, area.x - box.left) +
  Math.max(0, box.right - (area.x + area.width)) +
  Math.max(0, area.y - box.top) +
  Math.max(0, box.bottom - (area.y + area.height));

/**
 * Places each point's label beside its point so that no two labels print over each other or over another point: to the
 * right on the point's row if that is free, else to the left, else on the nearest free row above or below (drawn with a
 * leader line). Reports made on one day sit close together, so without this their labels ("≥ 1,300", "≥ 1,350")
 * overprint. Greedy, in left-to-right order, so the result is stable for the same points; when nothing is free the
 * least-covered spot wins.
 */
export function placeLabels(requests: readonly LabelRequest[], area: Area, lineHeight: number): PlacedLabel[] {
  if (requests.length > MAX_PLACED) return requests.map((r) => ({ id: r.id, x: r.x + GAP, y: r.y, anchor: "start", moved: false }));
  const points: Box[] = requests.map((r) => ({
    left: r.x - POINT_RADIUS,
    right: r.x + POINT_RADIUS,
    top: r.y - POINT_RADIUS,
    bottom: r.y + POINT_RADIUS,
  }));
  const taken: Box[] = [];
  const order = requests.map((_, i) => i).sort((a, b) => requests[a]!.x - requests[b]!.x || requests[a]!.y - requests[b]!.y);
  const placed = new Map<string, PlacedLabel>();
  for (const i of order) {
    const r = requests[i]!;
    let best: { label: PlacedLabel; box: Box; cost: number } | undefined;
    for (let row = 0; row <= MAX_ROWS_AWAY && !(best && best.cost === 0); row++) {
      for (const dy of row === 0 ? [0] : [row * lineHeight, -row * lineHeight]) {
        for (const anchor of ["start", "end"] as const) {
          const x = anchor === "start" ? r.x + GAP : r.x - GAP;
          const y = r.y + dy;
          const box = {
            left: anchor === "start" ? x : x - r.width,
            right: anchor === "start" ? x + r.width : x,
            top: y - lineHeight / 2,
            bottom: y + lineHeight / 2,
          };
          const covered =
            taken.reduce((sum, t) => sum + overlap(box, t), 0) +
            points.reduce((sum, p, k) => sum + (k === i ? 0 : overlap(box, p)), 0) +
            outside(box, area) * lineHeight;
          // A spot further away costs a little, so a free spot near the point beats a free one far off.
          const cost = covered === 0 ? 0 : covered + row;
          if (!best || cost < best.cost) best = { label: { id: r.id, x, y, anchor, moved: dy !== 0 }, box, cost };
          if (cost === 0) break;
        }
        if (best?.cost === 0) break;
      }
    }
    taken.push(best!.box);
    placed.set(r.id, best!.label);
  }
  return requests.map((r) => placed.get(r.id)!);
}
