import { defineRule, levelsByTrack, reporter } from '../rule.ts';

export const whatDiffers = defineRule({
  id: 'what-differs',
  description:
    'Where a level expects the same proficiency as the level below it in its track, its expectation says what differs (`differsFromPrevious`), so no two levels read alike; a track’s first level has no level below to differ from.',
  hint: 'Add a `differsFromPrevious` sentence on what changes at the same depth (scope, breadth, who adopts the work), or change the proficiency; remove it from a track’s first level.',
  check(content) {
    const { problems, report } = reporter('what-differs');
    for (const { track, levels: ordered } of levelsByTrack(content)) {
      ordered.forEach((level, i) => {
        const below = ordered[i - 1];
        for (const [competency, expectation] of Object.entries(level.expectations)) {
          const says = typeof expectation?.['differsFromPrevious'] === 'string';
          if (!below || below.rank === level.rank) {
            if (says)
              report(level.entry, ['expectations', competency, 'differsFromPrevious'], `\`${level.id}\` is the first level of track \`${track}\`: there is no level below to differ from`, {
                expected: 'no `differsFromPrevious`',
                found: 'a sentence',
              }, true);
            continue;
          }
          const here = expectation?.['proficiency'];
          const there = below.expectations[competency]?.['proficiency'];
          if (typeof here === 'number' && here === there && !says)
            report(level.entry, ['expectations', competency, 'proficiency'], `\`${level.id}\` expects the same proficiency for \`${competency}\` as \`${below.id}\` without saying what differs`, {
              expected: 'a `differsFromPrevious` sentence',
              found: 'nothing',
            });
        }
      });
    }
    return problems;
  },
});
