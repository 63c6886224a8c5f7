import { asStrings, dataOf, defineRule, levelsByTrack, reporter } from '../rule.ts';

/**
 * A level below the top of its track names where people go from it (`nextLevels`). The progression
 * map, the level page's “Where people go next” and the promotion guides follow these links, and an
 * empty list in the middle of a track reads as a dead end: the usual slip when a level is inserted
 * by hand and the one below still points past it, or nowhere.
 */
export const deadEndLevel = defineRule({
  id: 'dead-end-level',
  description: 'A level below the top of its track names at least one level people move on to (`nextLevels`).',
  hint: 'Add the level above it in its track (or where people really go from it) to its `nextLevels`.',
  check(content) {
    const { problems, report } = reporter('dead-end-level');
    for (const { track, levels } of levelsByTrack(content))
      levels.slice(0, -1).forEach((level, i) => {
        if (asStrings(dataOf(level.entry)['nextLevels']).length > 0) return;
        const above = levels[i + 1]!;
        report(level.entry, ['nextLevels'], `\`${level.id}\` is below the top of track \`${track}\` but leads nowhere`, {
          expected: `at least one level, such as \`${above.id}\` (rank ${above.rank}, the level above it)`,
          found: 'no nextLevels',
        });
      });
    return problems;
  },
});
