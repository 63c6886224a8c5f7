import { levelsOfTrack } from '../../../ladder/level-order.ts';
import { defineRule, entriesOf, rankedLevel, reporter } from '../rule.ts';
import { unresolved } from '../unresolved.ts';

export const rankSequence = defineRule({
  id: 'rank-sequence',
  description: 'The levels of each track are ranked 1, 2, 3 … without gaps or repeats.',
  hint: 'Number the levels of each track 1, 2, 3, … without gaps or repeats.',
  check(content) {
    const { problems, report } = reporter('rank-sequence');
    // A level file that did not parse leaves a gap that is its syntax error, not a numbering mistake.
    if (content.unreadable.has('roles')) return problems;
    // A level whose track does not exist is broken-reference's to report, and the track it left may lack it.
    const { offTrack, tracksInDoubt } = unresolved(content);
    const roles = entriesOf(content, 'roles').filter((r) => !offTrack.has(r.id));
    for (const track of new Set(roles.map((r) => String((r.data as { track?: unknown } | null)?.track)))) {
      if (tracksInDoubt.has(track)) continue;
      const levels = roles.filter((r) => String((r.data as { track?: unknown } | null)?.track) === track).map(rankedLevel);
      // A rank that is not a number is already a schema error; the sequence cannot be judged.
      if (levels.some((l) => l === undefined)) continue;
      const ordered = levelsOfTrack(levels.filter((l) => l !== undefined), track);
      ordered.forEach((level, i) => {
        if (level.rank !== i + 1)
          report(level.entry, ['rank'], `rank ${level.rank} of \`${level.id}\` breaks the sequence of track \`${track}\``, {
            // A track of one level (a team's new track) has one rank to give: “ranks 2 should be 1–1” said it badly.
            expected:
              ordered.length === 1
                ? 'rank 1, as the only level of its track'
                : `rank ${i + 1} (the track’s ${ordered.length} levels are ranked 1 to ${ordered.length}; their ranks are now ${ordered.map((l) => l.rank).join(', ')})`,
            found: `rank ${level.rank}`,
          });
      });
    }
    return problems;
  },
});
