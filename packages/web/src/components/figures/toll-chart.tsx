import {
  CartesianGrid,
  ComposedChart,
  LabelList,
  Legend,
  ReferenceArea,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatDate, formatNumber } from "../../lib/format";
import { hasTrend, type ChartPoint, type TollChartData } from "./toll-chart-data";

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
              >
                <LabelList dataKey="label" position="right" fill="#1d232b" fontSize={13} fontWeight={600} />
              </Scatter>
            );
          })}
          <Tooltip content={<PointTooltip />} cursor={false} />
          <Legend verticalAlign="bottom" />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
