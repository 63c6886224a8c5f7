import { describe, expect, it } from 'vitest';
import type { ChartData } from '../../schemas/materials';
import { formatValue, labelEvery, lineChartSvg, niceMax } from './line-chart';

const chart: ChartData = {
  title: 'Null rate <by> region',
  description: 'It rises & stays.',
  xLabel: 'Hour',
  yLabel: 'Rate (%)',
  x: ['00', '01', '02', '03'],
  series: [
    { name: 'EU', values: [1, 1, 97, 97] },
    { name: 'Americas', values: [1, 1, 1, 1] },
  ],
  marker: { at: '02', label: 'deploy' },
};

describe('lineChartSvg', () => {
  it('draws one line per series through one point per label', () => {
    const svg = lineChartSvg(chart, { idPrefix: 'c' });
    const polylines = [...svg.matchAll(/<polyline[^>]*points="([^"]+)"/g)].map((m) => m[1]!.split(' '));
    expect(polylines).toHaveLength(chart.series.length);
    for (const points of polylines) expect(points).toHaveLength(chart.x.length);
  });

  it('gives every line its own dash pattern, so it reads without colour', () => {
    const svg = lineChartSvg(chart, { idPrefix: 'c' });
    const dashes = [...svg.matchAll(/<polyline[^>]*?(?:stroke-dasharray="([^"]+)")?\/>/g)].map((m) => m[1] ?? 'solid');
    expect(new Set(dashes).size).toBe(chart.series.length);
  });

  it('is an image named by its title and description, with the page’s id prefix, text escaped', () => {
    const svg = lineChartSvg(chart, { idPrefix: 'fact-3' });
    expect(svg).toContain('role="img" aria-labelledby="fact-3-title fact-3-desc"');
    expect(svg).toContain('<title id="fact-3-title">Null rate &lt;by&gt; region</title>');
    expect(svg).toContain('<desc id="fact-3-desc">It rises &amp; stays.</desc>');
  });

  it('adds the XML namespace and a background only to a file of its own', () => {
    expect(lineChartSvg(chart, { idPrefix: 'c', standalone: true })).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[\s\S]*<rect class="chart-background"/);
    expect(lineChartSvg(chart, { idPrefix: 'c' })).not.toContain('xmlns');
  });

  it('draws the marker only at a label that exists', () => {
    expect(lineChartSvg(chart, { idPrefix: 'c' })).toContain('class="chart-marker"');
    expect(lineChartSvg({ ...chart, marker: { at: 'nowhere', label: 'x' } }, { idPrefix: 'c' })).not.toContain('class="chart-marker"');
  });
});

describe('axis helpers', () => {
  it('rounds the top of the axis up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect([niceMax(97), niceMax(5.3), niceMax(0.4), niceMax(100), niceMax(0)]).toEqual([100, 10, 0.5, 100, 1]);
  });

  it('labels every k-th point so that no more than the maximum are drawn', () => {
    for (const count of [2, 12, 13, 24, 100]) expect(Math.ceil(count / labelEvery(count, 12))).toBeLessThanOrEqual(12);
    expect(labelEvery(12, 12)).toBe(1);
  });

  it('shows whole numbers as they are and others with one decimal', () => {
    expect([formatValue(20), formatValue(1.25), formatValue(0)]).toEqual(['20', '1.3', '0']);
  });
});
