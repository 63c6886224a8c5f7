import { describe, expect, it } from 'vitest';
import { asksValidator, rulesPageFirst, validatorNames } from './search-validator.ts';

const ruleIds = ['stray-file', 'proficiency-scale'];
const words = (query: string) => query.split(/\s+/);

describe('asksValidator', () => {
  it('reads the validator’s name, misspelled or not, as a question to it', () => {
    expect(asksValidator(words('validator complains about british spelling'), validatorNames, ruleIds)).toBe(true);
    expect(asksValidator(words('rubric no line rating 4, validater error'), validatorNames, ruleIds)).toBe(true);
  });

  it('reads a rule’s id as the report prints it, punctuation around it or not, as a question to the validator', () => {
    expect(asksValidator(words('define stray-file error'), validatorNames, ruleIds)).toBe(true);
    expect(asksValidator(words('what is “stray-file”?'), validatorNames, ruleIds)).toBe(true);
  });

  it('does not read a rule’s words apart, nor validation or an error in general, as a question to the validator', () => {
    expect(asksValidator(words('expert vs authority on the proficiency scale'), validatorNames, ruleIds)).toBe(false);
    expect(asksValidator(words('data validation failures'), validatorNames, ruleIds)).toBe(false);
    expect(asksValidator(words('how do I fix a validation error'), validatorNames, ruleIds)).toBe(false);
  });
});

describe('rulesPageFirst', () => {
  const isRules = async (r: { id: string }) => r.id === 'rules';
  const list = (...ids: string[]) => ids.map((id) => ({ id }));
  const ids = (results: readonly { id: string }[]) => results.map((r) => r.id);

  it('moves the rules’ page to the top, the other pages in their order', async () => {
    expect(ids(await rulesPageFirst(list('guide', 'kit', 'rules', 'other'), isRules, 10))).toEqual(['rules', 'guide', 'kit', 'other']);
  });

  it('leaves the results as they are where the rules’ page is first, or not among the first looked at', async () => {
    expect(ids(await rulesPageFirst(list('rules', 'guide'), isRules, 10))).toEqual(['rules', 'guide']);
    expect(ids(await rulesPageFirst(list('guide', 'kit', 'rules'), isRules, 2))).toEqual(['guide', 'kit', 'rules']);
    expect(ids(await rulesPageFirst(list('guide', 'kit'), isRules, 10))).toEqual(['guide', 'kit']);
  });
});
