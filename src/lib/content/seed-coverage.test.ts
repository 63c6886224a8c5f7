import { describe, expect, it } from 'vitest';
import { seedCoverage, showsWhole } from './seed-coverage';
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

  it('counts a short unit as shown only where it stands whole, not inside a longer word', () => {
    const short = [unit(1, 'Yes'), unit(2, 'ML')];
    expect(seedCoverage(short, 'Eyes on HTML.', []).lost.map((u) => u.line)).toEqual([1, 2]);
    expect(seedCoverage(short, 'Yes: ML.', []).shown.map((u) => u.line)).toEqual([1, 2]);
  });
});

describe('showsWhole', () => {
  it('finds text between non-word characters or at the ends, after an earlier match inside a word', () => {
    expect(showsWhole('HTML and ML', 'ML')).toBe(true);
    expect(showsWhole('ML', 'ML')).toBe(true);
    expect(showsWhole('HTMLs', 'ML')).toBe(false);
  });

  it('needs no boundary where the text itself begins or ends with punctuation', () => {
    expect(showsWhole('roadmap.Next', 'roadmap.')).toBe(true);
    expect(showsWhole('x(p95)y', '(p95)')).toBe(true);
  });
});
