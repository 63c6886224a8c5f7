import { spanGaps } from '../span-gaps.ts';
import { defineRule, reporter } from '../rule.ts';

/**
 * An archetype (`archetypes.yaml`, the Staff+ archetypes) applies at an unbroken run of each track's
 * levels: a level ranked between two that it lists is listed too. The Staff+ page names, for each
 * archetype, the levels where it applies, and a level inserted between two of them (a Senior Staff
 * level between Staff and Principal, with `new:role --rank`) would otherwise read as one that no
 * archetype concerns: nothing else asks for it in the archetypes' lists. What the run spans is decided
 * by levelSpan (ladder/level-span.ts, through span-gaps.ts), which `new:role --rank` asks too.
 */
export const archetypeLevels = defineRule({
  id: 'archetype-levels',
  description: 'An archetype that applies at two levels of a track applies at every level ranked between them (`levels`).',
  hint: 'Add the level to the archetype’s `levels` in content/family/archetypes.yaml, or take out the level above or below it where the archetype does not apply.',
  check(content) {
    const { problems, report } = reporter('archetype-levels');
    for (const { entry, listed, track, span, level } of spanGaps(content, 'archetypes')) {
      report(entry, ['levels'], `archetype \`${entry.id}\` applies at \`${span.lowest.id}\` and \`${span.highest.id}\` of track \`${track}\` but not at \`${level.id}\`, ranked between them`, {
        expected: `\`${level.id}\` (rank ${level.rank}) in \`levels\``,
        found: `[${listed.join(', ')}]`,
      });
    }
    return problems;
  },
});
