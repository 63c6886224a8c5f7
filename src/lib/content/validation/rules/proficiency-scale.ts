import { dataCollectionsByName, documentFile } from '../../../../schemas/collections.ts';
import type { Problem } from '../problem.ts';
import type { LoadedContent } from '../load.ts';
import { asList, dataOf, defineRule, entriesOf, reporter, type Data } from '../rule.ts';

const scaleFile = documentFile(dataCollectionsByName.proficiencyScale, '');

/** The values of the proficiency scale's steps: undefined where the scale is unreadable or missing (then reported on its own). */
export function scaleValues(content: LoadedContent): unknown[] | undefined {
  if (content.unreadable.has('proficiencyScale')) return undefined;
  const scale = entriesOf(content, 'proficiencyScale')[0];
  return scale ? asList(dataOf(scale)['steps']).map((s) => s['value']) : undefined;
}

export const proficiencyScale = defineRule({
  id: 'proficiency-scale',
  description: `The proficiency scale (\`${scaleFile}\`) exists, and every expectation’s \`proficiency\` is the value of one of its steps.`,
  hint: `Use the value of a step of the proficiency scale (${scaleFile}), or add the step to the scale.`,
  check(content) {
    if (content.unreadable.has('proficiencyScale')) return [];
    const scale = entriesOf(content, 'proficiencyScale')[0];
    if (!scale)
      return [{ file: scaleFile, line: 1, column: 1, rule: 'proficiency-scale', message: 'the proficiency scale is missing', expected: 'a file with the steps of the scale', found: 'nothing' } satisfies Problem<'proficiency-scale'>];
    const values = scaleValues(content) ?? [];
    const { problems, report } = reporter('proficiency-scale');
    for (const level of entriesOf(content, 'roles'))
      for (const [competency, expectation] of Object.entries((dataOf(level)['expectations'] ?? {}) as Record<string, Data>)) {
        const proficiency = expectation?.['proficiency'];
        // A proficiency that is no whole number is the schema's to report (invalid-value), once: a step is one.
        if (Number.isInteger(proficiency) && !values.includes(proficiency))
          report(level, ['expectations', competency, 'proficiency'], `proficiency ${proficiency} for \`${competency}\` is not a step of the proficiency scale`, {
            expected: `one of ${values.join(', ')}`,
            found: String(proficiency),
          });
      }
    return problems;
  },
});
