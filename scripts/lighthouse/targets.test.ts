import { describe, expect, test } from 'vitest';
import { chooseTargets } from './targets.ts';

const built = new Set(['/', '/a/', '/b/']);
const standard = [
  { label: 'home', path: '/' },
  { label: 'comparison', path: undefined },
];

describe('chooseTargets', () => {
  test('measures the standard pages the build has, then the paths given', () => {
    expect(chooseTargets({ standard, extra: ['/a/'], only: false, built }).targets).toEqual([
      { label: 'home', path: '/' },
      { label: 'extra', path: '/a/' },
    ]);
  });

  test('with --only, just the paths given', () => {
    expect(chooseTargets({ standard, extra: ['/b/'], only: true, built }).targets).toEqual([{ label: 'extra', path: '/b/' }]);
  });

  test('names each given path the build lacks, such as paths joined by a comma, instead of dropping it', () => {
    const { targets, missing } = chooseTargets({ standard, extra: ['/a/,/b/', '/c/'], only: true, built });
    expect(targets).toEqual([]);
    expect(missing).toEqual(['/a/,/b/', '/c/']);
  });

  test('measures each page once, under its first label, however often it is given', () => {
    expect(chooseTargets({ standard, extra: ['/', '/a/', '/a/'], only: false, built }).targets).toEqual([
      { label: 'home', path: '/' },
      { label: 'extra', path: '/a/' },
    ]);
    expect(chooseTargets({ standard, extra: ['/b/', '/b/'], only: true, built }).targets).toEqual([{ label: 'extra', path: '/b/' }]);
  });
});
