import { asList, dataOf, defineRule, entriesOf, reporter } from '../rule.ts';

export const weightsSum = defineRule({
  id: 'weights-sum',
  description: 'The weights of an interview scorecard’s dimensions add up to exactly 100.',
  hint: 'Adjust the scorecard weights so that they add up to exactly 100.',
  check(content) {
    const { problems, report } = reporter('weights-sum');
    for (const s of entriesOf(content, 'scorecards')) {
      const weights = asList(dataOf(s)['dimensions']).map((d) => d['weight']);
      if (!weights.every((w) => typeof w === 'number')) continue;
      const sum = (weights as number[]).reduce((a, b) => a + b, 0);
      if (sum !== 100) report(s, ['dimensions'], `scorecard weights sum to ${sum}`, { expected: '100', found: `${weights.join(' + ')} = ${sum}` }, true);
    }
    return problems;
  },
});
