import {
  CartesianGrid,
  ComposedChart,
  Legend,
  ReferenceArea,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
} from "recharts";
import { formatDate, formatNumber } from "../../lib/format";
import { hasTrend, type ChartPoint, type ChartSeries, type TollChartData } from "./toll-chart-data";
import { placeLabels } from "./toll-chart-labels";

// Loaded lazily (React.lazy) by the event page: recharts stays out of the initial bundle.

const COLORS = ["#1f5fae", "#b3461b", "#2f7d3a", "#7a3fa3", "#a36b00", "#0f7c80", "#b02a5b", "#555f6d"];

const dateTick = (ms: number) => formatDate(new Date(ms).toISOString());

function PointTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: ChartPoint; name?: unknown }[] }) {
  const point = payload?.[0]?.payload;
  if (!active || !point) return null;
  return (
    <div className="chart-tooltip">
      <strong>{point.label}</strong>
      <div>&ldquo;{point.statedText}&rdquo;</div>
      <div className="muted">
        reported {formatDate(new Date(point.reportedAt).toISOString())} by {point.publisher}
      </div>
    </div>
  );
}

/**
 * The band behind a point: up to the top for an open-ended figure ("at least"), low to high for a range (a vague one,
 * "hundreds", dashed and cut at the top of the chart), none for one number.
 */
function bandOf(p: ChartPoint, yMax: number) {
  if (p.low == null) return null;
  if (p.openEnded) return { y1: p.low, y2: yMax, fillOpacity: 0.08, strokeDasharray: "4 3", strokeOpacity: 0.7 };
  if (p.vague && p.high != null)
    return { y1: p.low, y2: Math.min(p.high, yMax), fillOpacity: 0.12, strokeDasharray: "4 3", strokeOpacity: 0.7 };
  if (p.high != null && p.low !== p.high) return { y1: p.low, y2: p.high, fillOpacity: 0.22, strokeOpacity: 0.8 };
  return null;
}

/** A point: filled for a number; hollow for a vague figure, whose words ("hundreds") name no number to plot. */
function PointShape(props: unknown) {
  const { cx, cy, fill, payload } = props as { cx?: number; cy?: number; fill?: string; payload?: ChartPoint };
  if (cx == null || cy == null) return <g />;
  return <circle cx={cx} cy={cy} r={5} fill={payload?.vague ? "#fff" : fill} stroke={fill} strokeWidth={2} />;
}

const LABEL_FONT = "600 13px system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";
const LABEL_LINE_HEIGHT = 17;

let measuringContext: CanvasRenderingContext2D | null | undefined;
/** The label's width as the browser will draw it (a generous estimate where there is no canvas). */
function labelWidth(text: string): number {
  if (measuringContext === undefined) measuringContext = document.createElement("canvas").getContext("2d");
  if (!measuringContext) return text.length * 8;
  measuringContext.font = LABEL_FONT;
  return Math.ceil(measuringContext.measureText(text).width);
}

/**
 * Every point's label, placed together so that same-day reports' labels never print over each other (see
 * placeLabels); a label moved off its point's row is tied to it by a thin line.
 */
function PointLabels({ series }: { series: readonly ChartSeries[] }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const area = usePlotArea();
  if (!xScale || !yScale || !area) return null;
  const points = series.flatMap((s) => s.points);
  const requests = points.map((p) => ({ id: p.id, x: xScale(p.x) ?? 0, y: yScale(p.y) ?? 0, width: labelWidth(p.label) }));
  const placed = placeLabels(requests, area, LABEL_LINE_HEIGHT);
  return (
    <g className="toll-chart-labels">
      {placed.map((label, i) => (
        <g key={label.id}>
          {label.moved && <line x1={requests[i]!.x} y1={requests[i]!.y} x2={label.x} y2={label.y} stroke="#8a929c" strokeWidth={1} />}
          <text
            x={label.x}
            y={label.y}
            textAnchor={label.anchor}
            dominantBaseline="central"
            fill="#1d232b"
            style={{ font: LABEL_FONT }}
            paintOrder="stroke"
            stroke="#fff"
            strokeWidth={3}
          >
            {points[i]!.label}
          </text>
        </g>
      ))}
    </g>
  );
}

/** Reported figures over time per reporter: ranges as bands (low–high), open-ended figures as open bands, labelled. */
export default function TollChart({ data, metricLabel }: { data: TollChartData; metricLabel: string }) {
  const { series, xDomain, xTicks, yMax, yTicks } = data;
  return (
    <div className="toll-chart" data-testid="toll-chart">
      <ResponsiveContainer width="100%" height={380}>
        <ComposedChart margin={{ top: 16, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#e3e6ea" />
          <XAxis
            type="number"
            dataKey="x"
            domain={xDomain}
            scale="time"
            tickFormatter={dateTick}
            ticks={xTicks}
            stroke="#4a5260"
            name="Reported"
          />
          <YAxis
            type="number"
            dataKey="y"
            domain={[0, yMax]}
            ticks={yTicks}
            tickFormatter={(v: number) => formatNumber(v)}
            stroke="#4a5260"
            width={64}
            name={metricLabel}
            label={{ value: metricLabel, angle: -90, position: "insideLeft", fill: "#4a5260", dx: -4 }}
          />
          {series.flatMap((s, i) => {
            const color = COLORS[i % COLORS.length]!;
            // Narrower than the sideways spacing of same-time reports (toll-chart-data.ts), so bands never overlap.
            const halfWidth = (xDomain[1] - xDomain[0]) * 0.013;
            return s.points.flatMap((p) => {
              const band = bandOf(p, yMax);
              return band
                ? [
                    <ReferenceArea
                      key={`band-${p.id}`}
                      x1={p.x - halfWidth}
                      x2={p.x + halfWidth}
                      {...band}
                      fill={color}
                      stroke={color}
                      ifOverflow="hidden"
                    />,
                  ]
                : [];
            });
          })}
          {series.map((s, i) => {
            const color = COLORS[i % COLORS.length]!;
            return (
              <Scatter
                key={s.key}
                name={s.name}
                data={s.points}
                fill={color}
                line={hasTrend(s) ? { stroke: color, strokeWidth: 2 } : false}
                shape={PointShape}
                isAnimationActive={false}
              />
            );
          })}
          <PointLabels series={series} />
          <Tooltip content={<PointTooltip />} cursor={false} />
          <Legend verticalAlign="bottom" />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
