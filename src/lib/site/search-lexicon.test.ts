import { describe, expect, it } from 'vitest';
import { addSenses, holdsAnyForm, lexiconTable, plainInflections, senseCounts, synsetWords, type LexiconSense } from './search-lexicon';

/** WordNet's files in miniature: two noun synsets and one verb synset, in the files' formats. */
const dataNoun = [
  '  1 This software and database is being provided to you, the LICENSEE, by',
  '00000001 18 n 03 boss 0 foreman 0 chief 0 002 @ 00000009 n 0000 ~ 00000010 n 0000 | a person who is in charge',
  '00000002 04 n 02 chief(a) 0 head_honcho 0 000 | the leader',
].join('\n');
const dataVerb = '00000003 41 v 02 supervise 0 manage 0 001 @ 00000011 v 0000 01 + 08 00 | watch over';
const indexNoun = [
  '  1 This software and database is being provided to you, the LICENSEE, by',
  'boss n 1 2 @ ~ 1 1 00000001  ',
  'chief n 2 1 @ 2 2 00000001 00000002  ',
  'head_honcho n 1 0 1 0 00000002  ',
].join('\n');
const indexVerb = 'supervise v 1 1 @ 1 1 00000003  ';
const indexSense = [
  'boss%1:18:00:: 00000001 1 9',
  'foreman%1:18:00:: 00000001 1 0',
  'chief%1:18:00:: 00000001 1 4',
  'chief%1:18:01:: 00000002 2 1',
  'supervise%2:41:00:: 00000003 1 5',
  'manage%2:41:00:: 00000003 3 2',
].join('\n');

describe('reading WordNet’s files', () => {
  it('reads each synset’s words by offset, lowercase, without an adjective’s marker, a lemma of several words spaced', () => {
    const synsets = synsetWords(dataNoun, 'n');
    expect(synsets.get('n:00000001')).toEqual(['boss', 'foreman', 'chief']);
    expect(synsets.get('n:00000002')).toEqual(['chief', 'head honcho']);
    expect(synsets.size).toBe(2);
  });

  it('reads the tag count of each sense that was tagged, by lemma and synset', () => {
    const counts = senseCounts(indexSense);
    expect(counts.get('boss|n:00000001')).toBe(9);
    expect(counts.get('manage|v:00000003')).toBe(2);
    expect(counts.has('foreman|n:00000001')).toBe(false);
  });

  it('gives each one-word lemma its senses over every part of speech, with its synonyms’ own tag counts', () => {
    const counts = senseCounts(indexSense);
    const senses = new Map<string, LexiconSense[]>();
    addSenses(senses, indexNoun, 'n', synsetWords(dataNoun, 'n'), counts);
    addSenses(senses, indexVerb, 'v', synsetWords(dataVerb, 'v'), counts);
    expect(senses.get('boss')).toEqual([
      {
        count: 9,
        pos: 'n',
        synonyms: [
          { word: 'foreman', count: 0 },
          { word: 'chief', count: 4 },
        ],
      },
    ]);
    expect(senses.get('chief')?.map((s) => s.count)).toEqual([4, 1]);
    expect(senses.get('supervise')).toEqual([{ count: 5, pos: 'v', synonyms: [{ word: 'manage', count: 2 }] }]);
    expect(senses.has('head honcho')).toBe(false);
  });
});

describe('lexiconTable', () => {
  const sense = (count: number, ...synonyms: [string, number][]): LexiconSense => ({ count, pos: 'n', synonyms: synonyms.map(([word, c]) => ({ word, count: c })) });
  const rules = { senseShare: 0.25, senseCount: 2, synonymCount: 1, oneSense: false, most: 2 };
  const handbook = new Set(['manager', 'lead', 'director', 'head', 'the', 'pay']);
  const holds = (word: string) => handbook.has(word);
  const functionWord = (word: string) => word === 'the';

  it('gives a word the handbook never uses the handbook’s words among its frequent senses’ synonyms, the most frequent sense’s first', () => {
    const senses = new Map([['boss', [sense(3, ['director', 2]), sense(9, ['manager', 5], ['gaffer', 3])]]]);
    expect(lexiconTable(senses, holds, functionWord, rules)).toEqual({ boss: ['manager', 'director'] });
  });

  it('never expands a word the handbook uses, a function word, a short word or one with other characters', () => {
    const senses = new Map([
      ['lead', [sense(9, ['head', 5])]],
      ['thee', [sense(9, ['the', 5])]],
      ['ox', [sense(9, ['head', 5])]],
      ["o'clock", [sense(9, ['head', 5])]],
    ]);
    expect(lexiconTable(senses, holds, (w) => w === 'thee' || functionWord(w), rules)).toEqual({});
  });

  it('leaves out rare senses, by share and by count, and synonyms never tagged in the sense', () => {
    const senses = new Map([
      ['wage', [sense(20, ['pay', 3]), sense(3, ['head', 1])]],
      ['salary', [sense(1, ['pay', 1])]],
      ['honcho', [sense(5, ['head', 0], ['lead', 1])]],
    ]);
    expect(lexiconTable(senses, holds, functionWord, rules)).toEqual({ wage: ['pay'], honcho: ['lead'] });
  });

  it('looks up only a word with one frequent sense, when the rules say so', () => {
    const senses = new Map([
      ['boss', [sense(3, ['director', 2]), sense(9, ['manager', 5])]],
      ['wage', [sense(20, ['pay', 3]), sense(3, ['head', 1])]],
    ]);
    expect(lexiconTable(senses, holds, functionWord, { ...rules, oneSense: true })).toEqual({ wage: ['pay'] });
  });

  it('gives at most `most` words, each once, and leaves out a word with none', () => {
    const senses = new Map([
      ['chief', [sense(5, ['head', 1], ['lead', 1]), sense(4, ['head', 2], ['director', 1])]],
      ['gaffer', [sense(5, ['foreman', 1])]],
    ]);
    expect(lexiconTable(senses, holds, functionWord, rules)).toEqual({ chief: ['head', 'lead'] });
  });
});

describe('lexiconTable and an “-ed” adjective', () => {
  const rules = { senseShare: 0.25, senseCount: 2, synonymCount: 1, oneSense: false, most: 2 };
  const holds = (word: string) => ['think', 'pay'].includes(word);
  const sense = (pos: string, count: number, ...synonyms: [string, number][]): LexiconSense => ({ count, pos, synonyms: synonyms.map(([word, c]) => ({ word, count: c })) });
  // The dialog's reading of a verb's “-ed” form, as the thesaurus's: the stem, or the stem and an “e”.
  const readAs = (word: string, table: Readonly<Record<string, readonly string[]>>) => {
    const stem = word.replace(/ed$/, '');
    return table[word] ?? table[stem] ?? table[`${stem}e`] ?? [];
  };
  const senses = new Map([
    ['reckon', [sense('v', 9, ['think', 4])]],
    ['reckoned', [sense('a', 5, ['putative', 2])]],
    ['wage', [sense('v', 9, ['pay', 4])]],
    ['waged', [sense('a', 1, ['salaried', 1])]],
    ['fabled', [sense('a', 5, ['legendary', 2])]],
  ]);

  it('keeps a frequent “-ed” adjective with no words of its own, so that it is not read as its verb', () => {
    const table = lexiconTable(senses, holds, () => false, rules, readAs);
    expect(table).toEqual({ reckon: ['think'], reckoned: [], wage: ['pay'] });
    expect(readAs('reckoned', table)).toEqual([]);
  });

  it('still reads a rare one as its verb, and leaves out one with no verb in the table', () => {
    const table = lexiconTable(senses, holds, () => false, rules, readAs);
    expect(readAs('waged', table)).toEqual(['pay']);
    expect(Object.hasOwn(table, 'fabled')).toBe(false);
  });
});

describe('plainInflections', () => {
  it('gives a word’s plurals and verb forms, an “e” dropped before “-ing” and a “y” as “ie”', () => {
    expect(plainInflections('rate')).toEqual(expect.arrayContaining(['rate', 'rates', 'rated', 'rating']));
    expect(plainInflections('tally')).toEqual(expect.arrayContaining(['tallies', 'tallied', 'tallying']));
    expect(plainInflections('box')).toEqual(expect.arrayContaining(['boxes', 'boxed', 'boxing']));
  });

  it('doubles a final consonant after one vowel before “-ed” and “-ing”, never after two or after w, x or y', () => {
    expect(plainInflections('blot')).toEqual(expect.arrayContaining(['blotted', 'blotting']));
    expect(plainInflections('regret')).toEqual(expect.arrayContaining(['regretted', 'regretting']));
    expect(plainInflections('gleam')).not.toContain('gleammed');
    expect(plainInflections('stow')).not.toContain('stowwed');
    expect(plainInflections('wax')).not.toContain('waxxed');
  });
});

describe('holdsAnyForm', () => {
  it('holds a word the handbook writes as typed or in a plain inflection', () => {
    const holds = holdsAnyForm(new Set(['managers', 'rated', 'reviewing', 'priorities', 'scope']));
    expect(['manager', 'rate', 'rated', 'review', 'priority', 'scope'].every(holds)).toBe(true);
    expect(['boss', 'rating', 'manage'].some(holds)).toBe(false);
  });

  it('holds a word the handbook writes only with its last consonant doubled', () => {
    const holds = holdsAnyForm(new Set(['blotted', 'regretting']));
    expect(['blot', 'regret'].every(holds)).toBe(true);
  });
});
