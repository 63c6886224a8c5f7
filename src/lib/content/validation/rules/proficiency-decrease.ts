import { defineRule, levelsByTrack, reporter } from '../rule.ts';
import { scaleValues } from './proficiency-scale.ts';

export const proficiencyDecrease = defineRule({
  id: 'proficiency-decrease',
  description: 'Within a track, the proficiency a level expects for a competency is never lower than the level below expects.',
  hint: 'Raise the proficiency of the higher level, or lower the one below it: it may never fall as rank rises.',
  check(content) {
    const { problems, report } = reporter('proficiency-decrease');
    // A value off the scale is reported where it is written (rule proficiency-scale); compared here,
    // a typo at one level (a 7 for a 2) would blame the correct level above it for falling from it.
    const values = scaleValues(content);
    const steps = values && new Set(values);
    const onScale = (value: unknown): value is number => typeof value === 'number' && (!steps || steps.has(value));
    for (const { levels: ordered } of levelsByTrack(content)) {
      for (let i = 1; i < ordered.length; i++) {
        const lower = ordered[i - 1]!;
        const higher = ordered[i]!;
        if (lower.rank === higher.rank) continue;
        for (const [competency, expectation] of Object.entries(higher.expectations)) {
          const below = lower.expectations[competency]?.['proficiency'];
          const here = expectation['proficiency'];
          if (onScale(below) && onScale(here) && here < below)
            report(higher.entry, ['expectations', competency, 'proficiency'], `proficiency for \`${competency}\` falls from \`${lower.id}\` to \`${higher.id}\``, { expected: `at least ${below}`, found: String(here) });
        }
      }
    }
    return problems;
  },
});
