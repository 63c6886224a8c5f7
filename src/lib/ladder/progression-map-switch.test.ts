import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../tests/support/repo';
import { frameInsetPx, switchSteps, wideFigureWidth, wideFrom, wideStepsCss, wideStepsCssFile, wideTextUnits } from './progression-map-switch';

describe('wideFigureWidth', () => {
  it('is the figure width at which text of the given size is drawn at exactly the minimum, frame included', () => {
    // 700 units with text at 14: drawn 600 px wide, text at 12 px; plus the frame's border.
    expect(wideFigureWidth({ width: 700 }, 14, 2, 12)).toBe(602);
    const width = wideFigureWidth({ width: 913 });
    expect((wideTextUnits * (width - frameInsetPx)) / 913).toBeCloseTo(12, 10);
  });

  it('grows in proportion to the layout: a layout twice as wide needs a drawing twice as wide', () => {
    const inset = frameInsetPx;
    expect(wideFigureWidth({ width: 1400 }) - inset).toBeCloseTo(2 * (wideFigureWidth({ width: 700 }) - inset), 10);
  });

  it('needs more room for smaller text', () => {
    expect(wideFigureWidth({ width: 700 }, 10)).toBeGreaterThan(wideFigureWidth({ width: 700 }, 14));
  });
});

describe('switchSteps', () => {
  it('rises from the first step to the first step at or past the last, each at most `ratio` times the one before plus a px', () => {
    const steps = switchSteps({ first: 100, ratio: 1.25, last: 200 });
    expect(steps).toEqual([100, 125, 157, 197, 247]);
    const defaults = switchSteps();
    defaults.slice(1).forEach((s, i) => {
      expect(s).toBeGreaterThan(defaults[i]!);
      expect(s).toBeLessThanOrEqual(Math.ceil(defaults[i]! * 1.02));
    });
  });

  it('refuses steps that never end', () => {
    expect(() => switchSteps({ first: 100, ratio: 1, last: 200 })).toThrowErrorMatchingInlineSnapshot(
      `[Error: progression map: switch steps need first > 0, ratio > 1, last ≥ first; got {"first":100,"ratio":1,"last":200}]`,
    );
  });
});

describe('wideFrom', () => {
  const steps = [300, 400, 500];
  it('rounds the width up to the next step, so the wide drawing is never shown narrower than it needs', () => {
    expect(wideFrom(301.5, steps)).toBe('400');
    expect(wideFrom(400, steps)).toBe('400');
    expect(wideFrom(10, steps)).toBe('300');
  });

  it('is `never` past the last step: the narrow drawing is shown at every width', () => {
    expect(wideFrom(500.01, steps)).toBe('never');
  });

  it('gives a ladder of any width a value of the stylesheet, or `never`', () => {
    for (const width of [100, 500, 700, 865, 1200, 2000, 3000, 9000]) {
      const from = wideFrom(wideFigureWidth({ width }));
      expect(from === 'never' || switchSteps().includes(Number(from))).toBe(true);
    }
  });
});

describe('the stylesheet of the steps', () => {
  it('holds one container rule per step, naming it as the minimum width and as the figure’s attribute', () => {
    const css = wideStepsCss([300, 412]);
    expect(css.match(/@container/g)).toHaveLength(2);
    expect(css).toContain(`@container progression-map (min-width: 412px) {\n  .progression-map[data-wide-from='412'] .wide-only { display: block; }`);
    expect(css).toContain(`.progression-map[data-wide-from='300'] .narrow-only { display: none; }`);
  });

  it(`is what \`npm run map:steps\` writes to ${wideStepsCssFile}`, () => {
    expect(readFileSync(join(repoRoot, wideStepsCssFile), 'utf8'), 'run `npm run map:steps`').toBe(wideStepsCss());
  });
});
