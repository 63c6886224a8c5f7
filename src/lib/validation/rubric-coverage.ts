/**
 * Rule `rubric-coverage`: every weighted dimension of a role's scorecard has a rubric in at least one
 * interview kit of the role's hiring.yaml, so that no part of the weighted score is rated without
 * anchors. (That each rubric has an anchor for every rating of the scale is checked with the kits.)
 * Roles without a hiring.yaml have no kits to check.
 */
import type { LoadedContent } from './load.ts';
import type { Problem } from './problem.ts';

type Data = Record<string, unknown>;
const list = (value: unknown): Data[] => (Array.isArray(value) ? (value as Data[]).filter((v) => v && typeof v === 'object') : []);

export function rubricCoverageProblems(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  for (const scorecard of content.entries.filter((e) => e.collection === 'scorecards')) {
    const hiring = content.entries.find((e) => e.collection === 'hiring' && e.id === scorecard.id);
    if (!hiring) continue;
    const rubrics = new Set(list((hiring.data as Data)['exercises']).flatMap((x) => list((x['kit'] as Data | undefined)?.['rubrics']).map((r) => String(r['competency']))));
    list((scorecard.data as Data)['dimensions']).forEach((d, i) => {
      const competency = String(d['competency']);
      if (Number(d['weight']) > 0 && !rubrics.has(competency))
        problems.push({
          file: scorecard.file,
          ...scorecard.source.valueAt([...scorecard.pathPrefix, 'dimensions', i, 'competency']),
          rule: 'rubric-coverage',
          message: `the dimension \`${competency}\` carries ${String(d['weight'])}% of the score but no interview kit in ${hiring.file} has a rubric for it`,
          expected: `a rubric for \`${competency}\` in the kit of an exercise that informs it`,
          found: rubrics.size ? `rubrics for ${[...rubrics].sort().map((r) => `\`${r}\``).join(', ')}` : 'no rubrics',
        });
    });
  }
  return problems;
}
