import { asList, dataOf, defineRule, entriesOf, reporter } from '../rule.ts';
import { unresolved } from '../unresolved.ts';

/** Roles without a hiring.yaml have no kits to check. */
export const rubricCoverage = defineRule({
  id: 'rubric-coverage',
  description:
    'Every weighted dimension of a role’s interview scorecard has a rubric in at least one interview kit of the role’s `hiring.yaml`, so that no part of the weighted score is rated without anchors.',
  hint: 'Add a rubric for the dimension, with an anchor for every rating, to the kit of an exercise that informs it (`competencies` and `kit.rubrics` in hiring.yaml).',
  check(content) {
    const { problems, report } = reporter('rubric-coverage');
    const { unknownDimensions } = unresolved(content);
    for (const scorecard of entriesOf(content, 'scorecards')) {
      const hiring = entriesOf(content, 'hiring').find((e) => e.id === scorecard.id);
      if (!hiring) continue;
      const rubrics = new Set(asList(dataOf(hiring)['exercises']).flatMap((x) => asList((x['kit'] as Record<string, unknown> | undefined)?.['rubrics']).map((r) => String(r['competency']))));
      asList(dataOf(scorecard)['dimensions']).forEach((d, i) => {
        const competency = String(d['competency']);
        // A dimension that is no competency is broken-reference's to report: no rubric could name it.
        if (Number(d['weight']) > 0 && !rubrics.has(competency) && !unknownDimensions.get(scorecard.id)?.has(competency))
          report(scorecard, ['dimensions', i, 'competency'], `the dimension \`${competency}\` carries ${String(d['weight'])}% of the score but no interview kit in ${hiring.file} has a rubric for it`, {
            expected: `a rubric for \`${competency}\` in the kit of an exercise that informs it`,
            found: rubrics.size ? `rubrics for ${[...rubrics].sort().map((r) => `\`${r}\``).join(', ')}` : 'no rubrics',
          });
      });
    }
    return problems;
  },
});
