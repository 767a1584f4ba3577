/**
 * A server-rendered SVG line chart: no script, no CDN, no library, and nothing the
 * page's CSP refuses (colours are SVG attributes, not style attributes). Text comes in
 * already translated; JSX escapes it.
 */
export interface ChartSeries {
  label: string;
  values: number[];
}

export interface LineChartProps {
  title: string;
  /** X labels, one per value (days). Only a few are printed. */
  xLabels: string[];
  series: ChartSeries[];
  /** Shown when every value is zero. */
  emptyText: string;
  width?: number;
  height?: number;
}

/** Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#F0E442', '#000000'];

/** 1, 2, 5 × 10^k: a round step giving about four gridlines. */
export function niceStep(max: number): number {
  const raw = Math.max(1, max) / 4;
  const pow = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw)!;
}

export function LineChart(p: LineChartProps) {
  const W = p.width ?? 720;
  const H = p.height ?? 240;
  const pad = { l: 40, r: 12, t: 24, b: 28 };
  const legendH = 18 * Math.ceil(Math.min(p.series.length, COLOURS.length) / 3);
  const plotW = W - pad.l - pad.r;
  const plotH = H - pad.t - pad.b;
  const shown = p.series.slice(0, COLOURS.length);
  const max = Math.max(0, ...shown.flatMap((s) => s.values));
  const step = niceStep(max);
  const top = Math.ceil(Math.max(1, max) / step) * step;
  const n = p.xLabels.length;
  const x = (i: number) => pad.l + (n <= 1 ? plotW / 2 : (i * plotW) / (n - 1));
  const y = (v: number) => pad.t + plotH - (v / top) * plotH;
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  const labelEvery = Math.max(1, Math.ceil(n / 6));
  return (
    <figure class="chart">
      <svg xmlns="http://www.w3.org/2000/svg" viewBox={`0 0 ${W} ${H + legendH}`} width="100%" role="img" aria-label={p.title} font-family="system-ui, sans-serif" font-size="11">
        <title>{p.title}</title>
        <text x={pad.l} y={14} font-size="13" font-weight="600" fill="#222">
          {p.title}
        </text>
        {ticks.map((v) => (
          <>
            <line x1={pad.l} x2={W - pad.r} y1={y(v)} y2={y(v)} stroke="#ddd" stroke-width="1" />
            <text x={pad.l - 6} y={y(v) + 4} text-anchor="end" fill="#555">
              {String(v)}
            </text>
          </>
        ))}
        {p.xLabels.map((label, i) =>
          i % labelEvery === 0 || i === n - 1 ? (
            <text x={x(i)} y={H - 8} text-anchor="middle" fill="#555">
              {label.slice(5)}
            </text>
          ) : null,
        )}
        {max === 0 ? (
          <text x={W / 2} y={pad.t + plotH / 2} text-anchor="middle" fill="#777">
            {p.emptyText}
          </text>
        ) : (
          shown.map((s, k) => <polyline fill="none" stroke={COLOURS[k]} stroke-width="2" points={s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ')} />)
        )}
        {shown.map((s, k) => (
          <g transform={`translate(${pad.l + (k % 3) * 220},${H + 4 + Math.floor(k / 3) * 18})`}>
            <rect width="10" height="10" fill={COLOURS[k]} />
            <text x="14" y="9" fill="#222">
              {`${s.label} (${s.values.reduce((a, b) => a + b, 0)})`}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
