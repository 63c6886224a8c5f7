import { describe, expect, it } from 'vitest';
import { seedCoverage } from './seed-coverage';
import type { SeedUnit } from './seed-text';

const unit = (line: number, text: string): SeedUnit => ({ line, kind: 'text', text });
const units = [unit(1, 'Own the roadmap.'), unit(2, 'Ship weekly.'), unit(3, 'Mentor two engineers.')];

describe('seedCoverage', () => {
  it('counts a unit the pages show word for word as shown, and one they lack as lost', () => {
    const c = seedCoverage(units, 'Intro. Own the roadmap. Ship weekly.', []);
    expect(c.shown.map((u) => u.line)).toEqual([1, 2]);
    expect(c.lost.map((u) => u.line)).toEqual([3]);
    expect(c.departed).toEqual([]);
  });

  it('excuses a lost unit that a departure records, whitespace aside, and only that one', () => {
    const c = seedCoverage(units, 'Own the roadmap.', ['  Mentor two\n engineers. ']);
    expect(c.departed.map((u) => u.line)).toEqual([3]);
    expect(c.lost.map((u) => u.line)).toEqual([2]);
  });

  it('excuses nothing with a departure that names no unit (a typo, a rewording of the source)', () => {
    const c = seedCoverage(units, 'Own the roadmap.', ['Mentor 2 engineers.']);
    expect(c.lost.map((u) => u.line)).toEqual([2, 3]);
    expect(c.departedButShown).toEqual([]);
  });

  it('reports a departure whose unit the pages show all the same', () => {
    const c = seedCoverage(units, 'Own the roadmap. Ship weekly. Mentor two engineers.', ['Ship weekly.']);
    expect(c.lost).toEqual([]);
    expect(c.departedButShown).toEqual(['Ship weekly.']);
  });
});
