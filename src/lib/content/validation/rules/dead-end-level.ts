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
    for (const { track, levels } of levelsByTrack(content)) {
      const top = levels.at(-1)?.rank;
      levels.forEach((level, i) => {
        const next = dataOf(level.entry)['nextLevels'];
        // The schema's default fills in a list the file leaves out: whether the file has one at all.
        const written = Object.hasOwn((level.entry.source.value ?? {}) as object, 'nextLevels');
        // At the top (or tied with it: rank-sequence reports that), or a list the schema refuses.
        if (top === undefined || level.rank >= top || (next !== undefined && !Array.isArray(next)) || asStrings(next).length > 0) return;
        const above = levels[i + 1]!;
        // Where the list is, or, when the file leaves it out, at the level's rank.
        report(level.entry, written ? ['nextLevels'] : ['rank'], `\`${level.id}\` is below the top of track \`${track}\` but leads nowhere`, {
          expected: `at least one level in \`nextLevels\`, such as \`${above.id}\` (rank ${above.rank}, the level above it)`,
          found: written ? 'an empty `nextLevels`' : 'no `nextLevels` key',
        }, !written);
      });
    }
    return problems;
  },
});
