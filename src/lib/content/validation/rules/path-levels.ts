import { spanGaps } from '../span-gaps.ts';
import { defineRule, reporter } from '../rule.ts';

/**
 * A feeder or adjacent path (`paths.yaml`) concerns an unbroken run of each track's levels: a path that
 * people take into Senior and into Staff takes them into a level ranked between those too, and one that
 * people leave Lead and Staff for is open from a level between them. The progression map draws a path to
 * each level it lists, so a level inserted between two of them (with `new:role --rank`) and left out
 * would read as one that the path does not concern. What the run spans is decided by levelSpan
 * (ladder/level-span.ts, through span-gaps.ts), as for the archetypes (rule archetype-levels), which
 * `new:role --rank` asks too.
 */
export const pathLevels = defineRule({
  id: 'path-levels',
  description: 'A feeder or adjacent path that concerns two levels of a track concerns every level ranked between them (`levels`).',
  hint: 'Add the level to the path’s `levels` in content/family/paths.yaml, or take out the level above or below it where the path does not concern it.',
  check(content) {
    const { problems, report } = reporter('path-levels');
    for (const { entry, listed, track, span, level } of spanGaps(content, 'paths')) {
      report(entry, ['levels'], `path \`${entry.id}\` concerns \`${span.lowest.id}\` and \`${span.highest.id}\` of track \`${track}\` but not \`${level.id}\`, ranked between them`, {
        expected: `\`${level.id}\` (rank ${level.rank}) in \`levels\``,
        found: `[${listed.join(', ')}]`,
      });
    }
    return problems;
  },
});
