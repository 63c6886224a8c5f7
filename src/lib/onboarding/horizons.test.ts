import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { parse } from 'yaml';
import { goalHorizons, phaseHorizon } from './horizons';

const phase = (id: string, title = `${id} goals`) => ({ id, title });

describe('goalHorizons', () => {
  it('shares the unit of consecutive phases and names an untimed phase by its title', () => {
    expect(goalHorizons([phase('30-day'), phase('60-day'), phase('6-month'), phase('12-month'), phase('long-term', 'Long-term impact goals')])).toBe(
      'in the first 30 and 60 days, at 6 and 12 months and in its long-term impact goals',
    );
  });

  it('reads a single phase as a sentence part', () => {
    expect(goalHorizons([phase('90-day')])).toBe('in the first 90 days');
    expect(goalHorizons([phase('1-year')])).toBe('in the first 1 year');
  });
});

describe('every role’s goals, as the ladder guides name them', () => {
  const roles = readdirSync('content/roles').filter((r) => existsSync(`content/roles/${r}/goals.yaml`));

  it.each(roles)('%s: the phrase names every horizon its goal phases hold', (role) => {
    const { phases } = parse(readFileSync(`content/roles/${role}/goals.yaml`, 'utf8')) as { phases: { id: string; title: string }[] };
    const phrase = goalHorizons(phases);
    for (const p of phases) {
      const h = phaseHorizon(p);
      if (h) expect(phrase, p.id).toMatch(new RegExp(`\\b${h.count}\\b[^.]*?\\b${h.unit}s?\\b`));
      else expect(phrase.toLowerCase(), p.id).toContain(p.title.toLowerCase());
    }
  });
});
