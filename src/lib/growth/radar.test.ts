import { describe, expect, it } from 'vitest';
import { axisAngle, defaultLayout, labelLineHeight, labelPlacement, polygonPoints, radarSvg, rings, valuePoint, wrapLabel, type RadarLayout, type RadarModel } from './radar';

/** The default geometry with a synthetic scale of five steps. */
const L: RadarLayout = { ...defaultLayout, max: 5 };

describe('radar geometry', () => {
  it('starts the first axis at 12 o’clock and runs clockwise', () => {
    expect(axisAngle(0, 4)).toBe(0);
    expect(axisAngle(1, 4)).toBeCloseTo(Math.PI / 2);
    expect(valuePoint(L, 0, 4, L.max)).toEqual({ x: L.cx, y: L.cy - L.radius });
    expect(valuePoint(L, 1, 4, L.max)).toEqual({ x: L.cx + L.radius, y: L.cy });
    expect(valuePoint(L, 2, 4, L.max)).toEqual({ x: L.cx, y: L.cy + L.radius });
    expect(valuePoint(L, 3, 4, L.max)).toEqual({ x: L.cx - L.radius, y: L.cy });
  });

  it('places a value at radius × value / max from the centre, clamped to 0..max', () => {
    for (const [i, v] of [[0, 1], [3, 2.5], [5, 4], [6, 5]] as const) {
      const p = valuePoint(L, i, 7, v);
      expect(Math.hypot(p.x - L.cx, p.y - L.cy)).toBeCloseTo((L.radius * v) / L.max, 1);
    }
    expect(valuePoint(L, 2, 7, 9)).toEqual(valuePoint(L, 2, 7, L.max));
    expect(valuePoint(L, 2, 7, -1)).toEqual({ x: L.cx, y: L.cy });
  });

  it('draws a missing value at the centre of the polygon', () => {
    expect(polygonPoints(L, [5, null, 5, null])).toBe(`${L.cx},${L.cy - L.radius} ${L.cx},${L.cy} ${L.cx},${L.cy + L.radius} ${L.cx},${L.cy}`);
  });

  it('has one ring per whole value, the outer one at the radius', () => {
    const r = rings(L, 3);
    expect(r.map((x) => x.value)).toEqual([1, 2, 3, 4, 5]);
    expect(r[4]!.points.split(' ')[0]).toBe(`${L.cx},${L.cy - L.radius}`);
  });

  it.each([14, 18])('keeps every label of seven axes inside the viewBox at a font size of %i units', (font) => {
    const names = ['ML system design', 'Software engineering', 'MLOps & operations', 'Data quality & pipelines', 'Evaluation & measurement', 'Leadership & mentorship', 'Communication & collaboration'];
    const charWidth = 0.6 * font; // generous for a bold sans-serif
    names.forEach((name, i) => {
      const p = labelPlacement(L, i, names.length, name);
      const width = Math.max(...p.lines.map((l) => l.length)) * charWidth;
      const left = p.anchor === 'start' ? p.x : p.anchor === 'end' ? p.x - width : p.x - width / 2;
      const firstBaseline = p.y + p.firstDy * font;
      const lastBaseline = firstBaseline + (p.lines.length - 1) * labelLineHeight * font;
      expect(left, name).toBeGreaterThanOrEqual(0);
      expect(left + width, name).toBeLessThanOrEqual(L.width);
      expect(firstBaseline - 0.8 * font, name).toBeGreaterThanOrEqual(0);
      expect(lastBaseline + 0.25 * font, name).toBeLessThanOrEqual(L.height);
    });
  });

  it('anchors labels by side: centred at top and bottom, away from the chart at the sides', () => {
    expect(labelPlacement(L, 0, 4, 'Top').anchor).toBe('middle');
    expect(labelPlacement(L, 1, 4, 'Right').anchor).toBe('start');
    expect(labelPlacement(L, 2, 4, 'Bottom').anchor).toBe('middle');
    expect(labelPlacement(L, 3, 4, 'Left').anchor).toBe('end');
    // A two-line label at the top grows upwards (its last line sits nearest the chart), at the bottom downwards.
    const top = labelPlacement(L, 0, 4, 'Communication & collaboration');
    expect(top.lines).toEqual(['Communication &', 'collaboration']);
    expect(top.y).toBe(L.cy - L.radius - L.labelGap);
    expect(top.firstDy).toBe(-labelLineHeight);
    expect(labelPlacement(L, 2, 4, 'Communication & collaboration').firstDy).toBeGreaterThan(0);
    // At the sides the block is centred on the axis.
    expect(labelPlacement(L, 1, 4, 'One line').firstDy).toBeCloseTo(0.35);
  });

  it('wraps labels at spaces without exceeding the line length, unless a word is longer', () => {
    expect(wrapLabel('Communication & collaboration', 15)).toEqual(['Communication &', 'collaboration']);
    expect(wrapLabel('Communication & collaboration', 14)).toEqual(['Communication', '&', 'collaboration']);
    expect(wrapLabel('ML system design', 14)).toEqual(['ML system', 'design']);
    expect(wrapLabel('Data quality & pipelines', 14)).toEqual(['Data quality &', 'pipelines']);
    expect(wrapLabel('Supercalifragilistic', 5)).toEqual(['Supercalifragilistic']);
  });
});

describe('radarSvg', () => {
  const model: RadarModel = {
    title: 'Chart <test>',
    max: 4,
    axes: [{ id: 'a', label: 'Alpha' }, { id: 'b', label: 'Beta & co' }, { id: 'c', label: 'Gamma' }],
    series: [
      { id: 'target', name: 'Target', values: [4, 4, 4], pointNames: ['A target 4', 'B target 4', 'C target 4'] },
      { id: 'you', name: 'You', values: [2, null, 3], pointNames: ['A you 2', 'B not rated', 'C you 3'] },
    ],
  };
  const svg = radarSvg(model);

  it('gives every drawn value a focusable point with an accessible name', () => {
    const points = [...svg.matchAll(/<circle [^>]*tabindex="0" role="img" aria-label="([^"]+)"/g)].map((m) => m[1]);
    expect(points).toEqual(['A target 4', 'B target 4', 'C target 4', 'A you 2', 'C you 3']);
  });

  it('is a labelled group, escapes text and hides the decoration from assistive technology', () => {
    expect(svg).toMatch(/^<svg class="radar" viewBox="0 0 560 440" role="group" aria-label="Chart &#60;test&#62;">/);
    expect(svg).toContain('>Beta &#38; co</tspan>');
    expect(svg).toContain('<g class="radar-grid" aria-hidden="true">');
    expect(svg).toContain('<g class="radar-labels" aria-hidden="true">');
  });

  it('draws one ring and one tick per step of the scale the model gives', () => {
    expect(svg.match(/class="radar-ring"/g)).toHaveLength(model.max);
    expect(radarSvg({ ...model, max: 7 }).match(/class="radar-tick"/g)).toHaveLength(7);
  });

  it('draws nothing for a series without values', () => {
    const empty = radarSvg({ ...model, series: [{ id: 'you', name: 'You', values: [null, null, null], pointNames: [] }] });
    expect(empty).not.toContain('radar-series');
    expect(empty).toContain('radar-ring');
  });
});
