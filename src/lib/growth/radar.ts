/**
 * A radar chart as pure functions: geometry (angles, points, rings, label placement) and the SVG
 * markup built from it. The page renders the initial chart on the server with `radarSvg`, and the
 * island redraws it with the same function, so both always agree; the tests check the geometry.
 *
 * Axes start at 12 o'clock and run clockwise, one per competency in the ladder's order. A value v
 * on an axis sits at distance `radius * v / max` from the centre; a missing value (not rated) is
 * drawn at the centre in the polygon and gets no point.
 */

export interface RadarLayout {
  /** viewBox width and height. */
  width: number;
  height: number;
  cx: number;
  cy: number;
  /** Distance from the centre to the outer ring (value `max`). */
  radius: number;
  /** Value of the outer ring: the top of the proficiency scale (the model's `max`). */
  max: number;
  /** Gap between the outer ring and an axis label. */
  labelGap: number;
  /** Longest label line, in characters, before it wraps. */
  labelChars: number;
}

/** The chart's geometry; the outer ring's value comes with each model. */
export const defaultLayout: Omit<RadarLayout, 'max'> = {
  width: 560,
  height: 440,
  cx: 280,
  cy: 226,
  radius: 136,
  labelGap: 14,
  labelChars: 15,
};

export interface Point {
  x: number;
  y: number;
}

/** Two decimals are plenty for a viewBox of a few hundred units and keep the markup short. */
export const round = (n: number): number => Math.round(n * 100) / 100 || 0;

/** Angle of axis `index` of `count`, in radians, 0 at 12 o'clock, growing clockwise. */
export const axisAngle = (index: number, count: number): number => (2 * Math.PI * index) / count;

/** The point at `distance` from the centre along axis `index`. */
export function polar(layout: RadarLayout, index: number, count: number, distance: number): Point {
  const angle = axisAngle(index, count);
  return { x: round(layout.cx + distance * Math.sin(angle)), y: round(layout.cy - distance * Math.cos(angle)) };
}

/** Where `value` (clamped to 0..max) sits on axis `index`. */
export const valuePoint = (layout: RadarLayout, index: number, count: number, value: number): Point =>
  polar(layout, index, count, (layout.radius * Math.min(Math.max(value, 0), layout.max)) / layout.max);

const pointList = (points: Point[]) => points.map((p) => `${p.x},${p.y}`).join(' ');

/** The `points` attribute of a series' polygon; a null value is drawn at the centre. */
export const polygonPoints = (layout: RadarLayout, values: readonly (number | null)[]): string =>
  pointList(values.map((v, i) => valuePoint(layout, i, values.length, v ?? 0)));

/** One ring per whole value 1..max, as polygon points. */
export const rings = (layout: RadarLayout, count: number): { value: number; points: string }[] =>
  Array.from({ length: layout.max }, (_, k) => ({
    value: k + 1,
    points: pointList(Array.from({ length: count }, (_, i) => valuePoint(layout, i, count, k + 1))),
  }));

/** Splits a label into lines of at most `chars` characters, breaking at spaces. */
export function wrapLabel(text: string, chars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= chars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export interface LabelPlacement extends Point {
  anchor: 'start' | 'middle' | 'end';
  lines: string[];
  /**
   * Shift of the first line's baseline from `y`, in em, so that the label's position follows the
   * font size that CSS gives it (larger on phones); each further line is `labelLineHeight` em lower.
   */
  firstDy: number;
}

/** Line height of axis labels, in em. */
export const labelLineHeight = 1.2;

/**
 * Places the label of axis `index` just outside the outer ring: centred above and below the chart,
 * left-aligned on the right side, right-aligned on the left side; multi-line labels grow away from
 * the chart (upwards at the top, downwards at the bottom, centred at the sides).
 */
export function labelPlacement(layout: RadarLayout, index: number, count: number, text: string): LabelPlacement {
  const angle = axisAngle(index, count);
  const { x, y } = polar(layout, index, count, layout.radius + layout.labelGap);
  const sin = Math.sin(angle);
  const cos = Math.cos(angle);
  const anchor = Math.abs(sin) < 0.2 ? 'middle' : sin > 0 ? 'start' : 'end';
  const lines = wrapLabel(text, layout.labelChars);
  const extra = (lines.length - 1) * labelLineHeight;
  // Text sits above its baseline, about 0.7em high: at the top the last baseline is at y, at the
  // bottom the first line's top is at y, at the sides the block is centred on y.
  const firstDy = cos > 0.3 ? -extra : cos < -0.3 ? 0.75 : 0.35 - extra / 2;
  return { x, y, anchor, lines, firstDy: round(firstDy) };
}

export interface RadarSeries {
  /** Used in class names and data attributes, e.g. `target`, `you`. */
  id: string;
  /** The series' name, e.g. `Target: Staff MLE`. */
  name: string;
  values: (number | null)[];
  /** Accessible name of each point, e.g. `Design — you demonstrate Senior: 3 of 5`. */
  pointNames: string[];
}

export interface RadarModel {
  /** Accessible name of the whole chart. */
  title: string;
  /** Value of the outer ring: the top of the proficiency scale. */
  max: number;
  axes: { id: string; label: string }[];
  /** Drawn in order, so the last series is on top. */
  series: RadarSeries[];
}

const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The chart's SVG markup. Points are focusable (`tabindex="0"`) with an accessible name and a
 * tooltip (`<title>`); the chart is a labelled group rather than an image, so that its points stay
 * reachable by keyboard and screen readers. Colours come from CSS classes (`radar-*`).
 */
export function radarSvg(model: RadarModel, geometry: Omit<RadarLayout, 'max'> = defaultLayout): string {
  const layout: RadarLayout = { ...geometry, max: model.max };
  const n = model.axes.length;
  const out: string[] = [
    `<svg class="radar" viewBox="0 0 ${layout.width} ${layout.height}" role="group" aria-label="${escapeXml(model.title)}">`,
    '<g class="radar-grid" aria-hidden="true">',
  ];
  for (const ring of rings(layout, n)) out.push(`<polygon class="radar-ring" data-value="${ring.value}" points="${ring.points}"/>`);
  model.axes.forEach((_, i) => {
    const end = polar(layout, i, n, layout.radius);
    out.push(`<line class="radar-axis" x1="${layout.cx}" y1="${layout.cy}" x2="${end.x}" y2="${end.y}"/>`);
  });
  // Ring values, between the first two axes where no point can hide them.
  for (let v = 1; v <= layout.max; v++) {
    const p = polar(layout, 0.5, n, (layout.radius * v) / layout.max);
    out.push(`<text class="radar-tick" x="${p.x}" y="${p.y}" dy="0.35em" text-anchor="middle">${v}</text>`);
  }
  out.push('</g><g class="radar-labels" aria-hidden="true">');
  model.axes.forEach((axis, i) => {
    const place = labelPlacement(layout, i, n, axis.label);
    const lines = place.lines.map((l, k) => `<tspan x="${place.x}" dy="${k ? labelLineHeight : place.firstDy}em">${escapeXml(l)}</tspan>`).join('');
    out.push(`<text class="radar-label" data-axis="${escapeXml(axis.id)}" x="${place.x}" y="${place.y}" text-anchor="${place.anchor}">${lines}</text>`);
  });
  out.push('</g>');
  for (const s of model.series) {
    if (s.values.every((v) => v === null)) continue;
    out.push(`<g class="radar-series radar-${escapeXml(s.id)}" data-series="${escapeXml(s.id)}">`);
    out.push(`<polygon class="radar-area" aria-hidden="true" points="${polygonPoints(layout, s.values)}"/>`);
    s.values.forEach((v, i) => {
      if (v === null) return;
      const p = valuePoint(layout, i, n, v);
      const name = escapeXml(s.pointNames[i] ?? '');
      out.push(
        `<circle class="radar-point" data-axis="${escapeXml(model.axes[i]?.id ?? '')}" cx="${p.x}" cy="${p.y}" r="6" tabindex="0" role="img" aria-label="${name}"><title>${name}</title></circle>`,
      );
    });
    out.push('</g>');
  }
  out.push('</svg>');
  return out.join('');
}
