import { describe, expect, it } from 'vitest';
import { britishSpellings } from './american-spelling';

const found = (text: string) => britishSpellings(text).map((m) => `${m.word}→${m.american}@${m.index}`);

describe('britishSpellings', () => {
  it('finds -ise verbs and their family, and gives the -ize spelling', () => {
    expect(found('We organise and prioritise; the organisation’s prioritisation.')).toEqual([
      'organise→organize@3',
      'prioritise→prioritize@16',
      'organisation→organization@32',
      'prioritisation→prioritization@47',
    ]);
  });

  it('finds whole words only, keeping their case', () => {
    expect(found('Judgement and BEHAVIOUR, not misbehaviours or judgementally.')).toEqual(['Judgement→Judgment@0', 'BEHAVIOUR→BEHAVIOR@14']);
  });

  it('leaves American spellings and words that are the same in both alone', () => {
    expect(found('Organization, behavior, judgment, modeling, catalog, analyses, emphasis, organism, realistic, surprise, expertise.')).toEqual([]);
  });

  it('finds doubled consonants and single words', () => {
    expect(found('modelling, labelled, catalogue, defence, whilst')).toEqual([
      'modelling→modeling@0',
      'labelled→labeled@11',
      'catalogue→catalog@21',
      'defence→defense@32',
      'whilst→while@41',
    ]);
  });
});
