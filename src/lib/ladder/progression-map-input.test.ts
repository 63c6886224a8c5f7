import { describe, expect, it } from 'vitest';
import { progressionMapInput } from './progression-map-input';
import { levelHref, pathHref } from '../site/urls';

describe('progressionMapInput', () => {
  const input = progressionMapInput({
    tracks: [{ id: 'ic', name: 'Individual contributor' }],
    levels: [{ id: 'lead', shortTitle: 'Lead', title: 'Lead Engineer', track: 'ic', rank: 1, nextLevels: [] }],
    paths: [{ id: 'swe', name: 'Software Engineer (Backend) with ML exposure', kind: 'feeder', levels: ['lead'] }],
  });

  it('labels a level with its short title and keeps its full title for the tooltip', () => {
    expect(input.levels).toEqual([{ id: 'lead', label: 'Lead', title: 'Lead Engineer', track: 'ic', rank: 1, nextLevels: [], href: levelHref('lead') }]);
  });

  it('labels a path without its parenthetical qualifiers and keeps its full name for the tooltip', () => {
    expect(input.paths).toEqual([{ id: 'swe', label: 'Software Engineer with ML exposure', title: 'Software Engineer (Backend) with ML exposure', kind: 'feeder', levels: ['lead'], href: pathHref('swe') }]);
  });
});
