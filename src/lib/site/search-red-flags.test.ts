import { describe, expect, it } from 'vitest';
import { asksAboutCandidate, isRedFlagEntry, kitNameWords, redFlagPageFirst } from './search-red-flags.ts';

const candidate = ['candidate', 'applicant'];
const kit = ['interview', 'rubric', 'take home'];

const determiners = ['a', 'the'];
const asks = (query: string) => asksAboutCandidate(query.split(' '), candidate, kit, determiners);

describe('asksAboutCandidate', () => {
  it('holds for a query whose subject is a candidate, first or after a determiner, with no part of a kit', () => {
    expect(asks('candidate ignores costs')).toBe(true);
    expect(asks('The candidate ignores costs')).toBe(true);
    expect(asks("applicant's habit")).toBe(true);
  });

  it('does not hold for a candidate as an object or a qualifier, or without one', () => {
    expect(asks('help a candidate')).toBe(false);
    expect(asks('every candidate model')).toBe(false);
    expect(asks('ignores costs')).toBe(false);
  });

  it('does not hold with a part of a kit named (a word of a hyphenated one too)', () => {
    expect(asks('candidate ignores costs in the rubric')).toBe(false);
    expect(asks('candidate skipped the take-home')).toBe(false);
    expect(asks('candidate skipped the take home')).toBe(false);
  });

  it('reads a kit’s name of two words only as the two together', () => {
    expect(asks('candidate wants to take over')).toBe(true);
    expect(asks('candidate works from home')).toBe(true);
  });
});

describe('kitNameWords', () => {
  const generic = ['interview', 'exercise'];

  it('reads a kit’s name whole, lowercase, a hyphen as a space, and as its last two words', () => {
    expect(kitNameWords(['Pairing drill'], generic)).toEqual(['pairing drill']);
    expect(kitNameWords(['Tiny sand-box'], generic)).toEqual(['tiny sand box', 'sand box']);
  });

  it('reads a name ending in an interview’s own word by the words before it too', () => {
    expect(kitNameWords(['Values interview'], generic)).toEqual(['values interview', 'values']);
  });

  it('keeps the words before an interview’s own word out of a longer name: they are a reader’s words for what a candidate did', () => {
    expect(kitNameWords(['Data modelling exercise'], generic)).toEqual(['data modelling exercise', 'modelling exercise']);
  });

  it('never gives one word that the name’s other words qualify', () => {
    expect(kitNameWords(['Incident drill', 'Mini sand-box'], generic)).not.toContain('drill');
    expect(kitNameWords(['Mini sand-box'], generic)).not.toContain('box');
  });

  it('makes a query naming a kit ask about the interview, not a red flag', () => {
    const kitted = [...kit, ...kitNameWords(['Pairing drill', 'Values interview'], [...kit])];
    const asksWith = (query: string) => asksAboutCandidate(query.split(' '), candidate, kitted, determiners);
    expect(asksWith('candidate froze in the pairing drill')).toBe(false);
    expect(asksWith('candidate was vague on values')).toBe(false);
    expect(asksWith('candidate froze in the drill')).toBe(true);
  });
});

/**
 * A page whose text is `content` and whose sections are `sections`: an anchor, with the indexes of
 * the words matched in it, on an element (an entry of a list unless said).
 */
const page = (id: string, content: string, sections: ([string, number[]] | [string, number[], string])[]) => ({
  id,
  data: () => Promise.resolve({ content, sub_results: sections.map(([anchor, locations, element = 'li']) => ({ url: `/${id}/#${anchor}`, anchor: { element, id: anchor }, locations })) }),
});
const ids = (results: readonly { id: string }[]) => results.map((r) => r.id);
const first = (results: Parameters<typeof redFlagPageFirst>[0], looked = 10) => redFlagPageFirst(results, 'flag-', candidate, looked, isRedFlagEntry);

describe('isRedFlagEntry', () => {
  it('holds for an entry with the red flags’ anchor, never for a heading or another anchor', () => {
    expect(isRedFlagEntry({ element: 'li', id: 'flag-costs' }, 'flag-')).toBe(true);
    expect(isRedFlagEntry({ element: 'h3', id: 'flag-costs' }, 'flag-')).toBe(false);
    expect(isRedFlagEntry({ element: 'li', id: 'costs' }, 'flag-')).toBe(false);
    expect(isRedFlagEntry(undefined, 'flag-')).toBe(false);
  });
});

describe('redFlagPageFirst', () => {
  const kitPage = page('kit', 'The candidate ignores costs', [['prompts', [1, 2, 3]]]);
  const other = page('other', 'costs', [['x', [0]]]);

  it('puts first the first page showing a red flag that matched a word besides the candidate', async () => {
    const guide = page('guide', 'Flag: candidate ignores costs', [['flags', [2], 'h3'], ['flag-costs', [2, 3, 4]]]);
    expect(ids(await first([kitPage, other, guide]))).toEqual(['guide', 'kit', 'other']);
    expect(ids(await first([guide, kitPage]))).toEqual(['guide', 'kit']);
  });

  it('moves nothing when the red flag matched only a word naming the candidate', async () => {
    const guide = page('guide', 'Flag: candidate’s habit', [['flag-habit', [1]]]);
    expect(ids(await first([kitPage, guide]))).toEqual(['kit', 'guide']);
  });

  it('looks among the first results only, and at red flags only', async () => {
    const guide = page('guide', 'Flag: ignores costs', [['flag-costs', [1, 2]]]);
    expect(ids(await first([kitPage, other, guide], 2))).toEqual(['kit', 'other', 'guide']);
    const elsewhere = page('guide', 'ignores costs', [['about', [0, 1]]]);
    expect(ids(await first([kitPage, elsewhere]))).toEqual(['kit', 'guide']);
  });

  it('does not count a heading that reads like a red flag on another page', async () => {
    // Starlight's id for a heading “Flag: ignores costs”.
    const essay = page('essay', 'Flag: ignores costs', [['flag-ignores-costs', [1, 2], 'h2']]);
    expect(ids(await first([kitPage, essay]))).toEqual(['kit', 'essay']);
  });
});
