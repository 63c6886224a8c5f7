import { describe, expect, it } from 'vitest';
import { withDimensionNames } from './dimension-names';

const competencies = [
  { id: 'a', name: 'First name' },
  { id: 'b', name: 'Second name' },
];

describe('a scorecard dimension’s name', () => {
  it('is its competency’s name, the dimension kept as it is and in its order', () => {
    const dimensions = [
      { competency: 'b', weight: 70, excellent: 'x' },
      { competency: 'a', weight: 30, excellent: 'y' },
    ];
    expect(withDimensionNames(dimensions, competencies, 'scorecard.yaml')).toEqual([
      { competency: 'b', weight: 70, excellent: 'x', label: 'Second name' },
      { competency: 'a', weight: 30, excellent: 'y', label: 'First name' },
    ]);
  });

  it('follows a rename of the competency', () => {
    const renamed = competencies.map((c) => (c.id === 'a' ? { ...c, name: 'Renamed' } : c));
    expect(withDimensionNames([{ competency: 'a' }], renamed, 'scorecard.yaml')[0]!.label).toBe('Renamed');
  });

  it('cannot be had for a dimension that names no competency, and the error says which scorecard', () => {
    expect(() => withDimensionNames([{ competency: 'c' }], competencies, 'roles/x/scorecard.yaml')).toThrow(/roles\/x\/scorecard\.yaml: .*`c`/);
  });
});
