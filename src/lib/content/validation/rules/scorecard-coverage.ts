import { asList, asStrings, dataOf, defineRule, entriesOf, reporter } from '../rule.ts';
import { dimensionInDoubt, unresolved } from '../unresolved.ts';

export const scorecardCoverage = defineRule({
  id: 'scorecard-coverage',
  description: 'A role’s interview scorecard has a weighted dimension for every competency of the role’s track, so the loop assesses what the ladder expects.',
  hint: 'Add a `dimensions` entry for the competency to the scorecard and re-balance the weights so that they still add up to 100; give it anchors in `hiring.yaml` too.',
  check(content) {
    const { problems, report } = reporter('scorecard-coverage');
    const u = unresolved(content);
    for (const scorecard of entriesOf(content, 'scorecards')) {
      const role = entriesOf(content, 'roles').find((r) => r.id === scorecard.id);
      if (!role) continue; // A folder without role.yaml is a broken reference.
      const track = String(dataOf(role)['track']);
      const dimensions = new Set(asList(dataOf(scorecard)['dimensions']).map((d) => String(d['competency'])));
      for (const c of entriesOf(content, 'competencies'))
        if (asStrings(dataOf(c)['tracks']).includes(track) && !dimensions.has(c.id) && !dimensionInDoubt(u, scorecard.id, c.id))
          report(scorecard, ['dimensions'], `competency \`${c.id}\` of track \`${track}\` is not a dimension of the \`${scorecard.id}\` scorecard`, {
            expected: `a dimension for \`${c.id}\`, with the weights re-balanced to 100`,
            found: 'nothing',
          }, true);
    }
    return problems;
  },
});
