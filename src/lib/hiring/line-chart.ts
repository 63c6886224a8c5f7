/**
 * A line chart drawn as SVG at build time, for the exhibits of an interview exercise (a metric by
 * hour, a null rate by hour and region). No script and no library: the markup is plain SVG that
 * prints, scales with the page and can be saved as a file.
 * - Each line has its own dash pattern as well as its own colour, so the chart reads in grey on paper
 *   and for readers who do not tell the colours apart.
 * - Colours are presentation attributes, which a page's stylesheet may override (dark theme); a saved
 *   `.svg` keeps them.
 * - The chart is an image with a title and a description (`role="img"`); the page shows its data as a
 *   table beside it.
 */
import type { ChartData } from '../../schemas/materials.ts';

export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 340;
const MARGIN = { top: 44, right: 20, bottom: 84, left: 56 };
/** Colours readable on white, and dash patterns, one per line. */
const LINE_STYLES = [
  { colour: '#1f5fbf', dash: '' },
  { colour: '#b3261e', dash: '8 4' },
  { colour: '#1b7a3a', dash: '2 4' },
  { colour: '#7a4bb3', dash: '12 4 2 4' },
  { colour: '#8a5a00', dash: '4 4' },
  { colour: '#333333', dash: '16 6' },
];
/** At most this many labels under the horizontal axis; the others are skipped evenly. */
const MAX_X_LABELS = 12;

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const round = (n: number) => Math.round(n * 10) / 10;

/** A round top for the vertical axis, at or above `max`: 1, 2, 2.5 or 5 times a power of ten. */
export function niceMax(max: number): number {
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 2.5, 5, 10].find((f) => f * power >= max)!;
  return step * power;
}

/** Which of `count` horizontal labels to draw: every k-th, always including the first. */
export function labelEvery(count: number, max = MAX_X_LABELS): number {
  return Math.max(1, Math.ceil(count / max));
}

export interface ChartOptions {
  /** Prefix for the ids of the title and description, unique within the page that shows the chart. */
  idPrefix: string;
  /** A file of its own (`.svg`): adds the XML namespace and a white background. */
  standalone?: boolean;
}

/** The chart as SVG markup. The number of values of every series must match `x` (the validator checks it). */
export function lineChartSvg(chart: ChartData, { idPrefix, standalone = false }: ChartOptions): string {
  const plotWidth = CHART_WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = CHART_HEIGHT - MARGIN.top - MARGIN.bottom;
  const top = chart.yMax ?? niceMax(Math.max(...chart.series.flatMap((s) => s.values)));
  const xAt = (i: number) => MARGIN.left + (chart.x.length === 1 ? 0 : (i * plotWidth) / (chart.x.length - 1));
  const yAt = (v: number) => MARGIN.top + plotHeight - (Math.min(v, top) / top) * plotHeight;
  const bottom = MARGIN.top + plotHeight;
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  const parts: string[] = [];

  parts.push(
    `<svg${standalone ? ' xmlns="http://www.w3.org/2000/svg"' : ''} class="line-chart" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}" role="img" aria-labelledby="${titleId} ${descId}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="12">`,
    `<title id="${titleId}">${escapeXml(chart.title)}</title>`,
    `<desc id="${descId}">${escapeXml(chart.description)}</desc>`,
  );
  if (standalone) parts.push(`<rect class="chart-background" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" fill="#ffffff"/>`);
  parts.push(`<text class="chart-title" x="${MARGIN.left}" y="20" font-size="15" font-weight="600" fill="#1a1a1a">${escapeXml(chart.title)}</text>`);

  // Horizontal grid lines with their values, every fifth of the axis.
  for (let i = 0; i <= 5; i++) {
    const value = (top * i) / 5;
    const y = round(yAt(value));
    parts.push(
      `<line class="chart-grid" x1="${MARGIN.left}" x2="${MARGIN.left + plotWidth}" y1="${y}" y2="${y}" stroke="#d0d0d0" stroke-width="1"/>`,
      `<text class="chart-axis" x="${MARGIN.left - 8}" y="${y + 4}" text-anchor="end" fill="#444444">${escapeXml(formatValue(value))}</text>`,
    );
  }
  parts.push(`<text class="chart-axis" x="14" y="${MARGIN.top + plotHeight / 2}" text-anchor="middle" fill="#444444" transform="rotate(-90 14 ${MARGIN.top + plotHeight / 2})">${escapeXml(chart.yLabel)}</text>`);

  // Labels under the horizontal axis.
  const every = labelEvery(chart.x.length);
  chart.x.forEach((label, i) => {
    if (i % every !== 0) return;
    const x = round(xAt(i));
    parts.push(
      `<line class="chart-grid" x1="${x}" x2="${x}" y1="${bottom}" y2="${bottom + 4}" stroke="#888888" stroke-width="1"/>`,
      `<text class="chart-axis" x="${x}" y="${bottom + 17}" text-anchor="middle" fill="#444444">${escapeXml(label)}</text>`,
    );
  });
  parts.push(`<text class="chart-axis" x="${MARGIN.left + plotWidth / 2}" y="${bottom + 36}" text-anchor="middle" fill="#444444">${escapeXml(chart.xLabel)}</text>`);
  parts.push(`<line class="chart-baseline" x1="${MARGIN.left}" x2="${MARGIN.left + plotWidth}" y1="${bottom}" y2="${bottom}" stroke="#444444" stroke-width="1"/>`);

  // The event marker, behind the lines.
  if (chart.marker) {
    const at = chart.x.indexOf(chart.marker.at);
    if (at >= 0) {
      const x = round(xAt(at));
      const anchor = at > chart.x.length / 2 ? 'end' : 'start';
      parts.push(
        `<line class="chart-marker" x1="${x}" x2="${x}" y1="${MARGIN.top - 6}" y2="${bottom}" stroke="#444444" stroke-width="1.5" stroke-dasharray="3 3"/>`,
        `<text class="chart-axis" x="${anchor === 'end' ? x - 4 : x + 4}" y="${MARGIN.top - 10}" text-anchor="${anchor}" fill="#444444">${escapeXml(chart.marker.label)}</text>`,
      );
    }
  }

  chart.series.forEach((s, i) => {
    const style = LINE_STYLES[i % LINE_STYLES.length]!;
    const points = s.values.map((v, j) => `${round(xAt(j))},${round(yAt(v))}`).join(' ');
    parts.push(
      `<polyline class="chart-line chart-line-${i}" points="${points}" fill="none" stroke="${style.colour}" stroke-width="2.5" stroke-linejoin="round"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/>`,
    );
  });

  // The legend, in rows under the axis label, each entry a sample of its line.
  const legendY = bottom + 60;
  let x = MARGIN.left;
  let y = legendY;
  chart.series.forEach((s, i) => {
    const style = LINE_STYLES[i % LINE_STYLES.length]!;
    const width = 34 + s.name.length * 7;
    if (x + width > CHART_WIDTH - MARGIN.right && x > MARGIN.left) {
      x = MARGIN.left;
      y += 18;
    }
    parts.push(
      `<line class="chart-line chart-line-${i}" x1="${x}" x2="${x + 24}" y1="${y - 4}" y2="${y - 4}" stroke="${style.colour}" stroke-width="2.5"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/>`,
      `<text class="chart-axis" x="${x + 30}" y="${y}" fill="#1a1a1a">${escapeXml(s.name)}</text>`,
    );
    x += width + 12;
  });

  parts.push('</svg>');
  return parts.join('\n');
}

/** A value of the vertical axis: whole numbers as they are, others with one decimal. */
export function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
