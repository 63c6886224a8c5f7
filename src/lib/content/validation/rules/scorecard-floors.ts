import { asList, asStrings, dataOf, defineRule, entriesOf, reporter } from '../rule.ts';
import { dimensionInDoubt, unresolved } from '../unresolved.ts';

export const scorecardFloors = defineRule({
  id: 'scorecard-floors',
  description:
    'Each decision floor of an interview scorecard (`floors` in `scorecard.yaml`) names a rating of its scale, dimensions of the scorecard and bands of the scorecard, applies to at least one dimension, and leaves at least one band it does not rule out.',
  hint: 'Use the scorecard’s own ratings (`scale`), competencies (`dimensions`) and band ids (`bands`) in each floor, and keep one band (such as the lowest) out of its `blocks`.',
  check(content) {
    const { problems, report } = reporter('scorecard-floors');
    const u = unresolved(content);
    for (const s of entriesOf(content, 'scorecards')) {
      const d = dataOf(s);
      const ratings = asList(d['scale']).map((r) => r['rating']);
      const bands = asList(d['bands']).map((b) => String(b['id']));
      const dimensions = asList(d['dimensions']);
      const competencies = dimensions.map((dim) => String(dim['competency']));
      asList(d['floors']).forEach((floor, i) => {
        if (typeof floor['ratingAtOrBelow'] === 'number' && !ratings.includes(floor['ratingAtOrBelow']))
          report(s, ['floors', i, 'ratingAtOrBelow'], `floor \`${String(floor['id'])}\` names a rating that is not on the scorecard scale`, { expected: ratings.join(', '), found: String(floor['ratingAtOrBelow']) });
        asStrings(floor['dimensions']).forEach((c, j) => {
          if (!competencies.includes(c) && !dimensionInDoubt(u, s.id, c)) report(s, ['floors', i, 'dimensions', j], `floor \`${String(floor['id'])}\` names \`${c}\`, which is not a dimension of this scorecard`, { expected: competencies.join(', '), found: c });
        });
        const blocks = asStrings(floor['blocks']);
        blocks.forEach((b, j) => {
          if (!bands.includes(b)) report(s, ['floors', i, 'blocks', j], `floor \`${String(floor['id'])}\` rules out \`${b}\`, which is not a band of this scorecard`, { expected: bands.join(', '), found: b });
        });
        if (bands.length && bands.every((b) => blocks.includes(b)))
          report(s, ['floors', i, 'blocks'], `floor \`${String(floor['id'])}\` rules out every band, so a result would have none`, { expected: 'at least one band not ruled out', found: blocks.join(', ') }, true);
        const minWeight = floor['minWeight'];
        const applies = dimensions.some((dim) => (typeof minWeight === 'number' && typeof dim['weight'] === 'number' && dim['weight'] >= minWeight) || asStrings(floor['dimensions']).includes(String(dim['competency'])));
        // With a misspelled dimension, the floor may name the dimension as it was meant.
        if (!applies && dimensions.length && !u.unknownDimensions.has(s.id))
          report(s, ['floors', i], `floor \`${String(floor['id'])}\` applies to no dimension of this scorecard`, { expected: 'a `minWeight` some dimension reaches, or `dimensions`', found: typeof minWeight === 'number' ? `minWeight ${minWeight}` : 'neither' }, true);
      });
    }
    return problems;
  },
});
