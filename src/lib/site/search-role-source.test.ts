import { describe, expect, it } from 'vitest';
import { levelWordsOf, sourceBeforeLevels, speaksOfLevels, type SourceKind } from './search-role-source.ts';

// Synthetic ladder: every level's names hold “Widget”, the family's subject.
const levels = [
  { names: ['Junior Widget Maker', 'Junior maker'], track: 'Makers' },
  { names: ['Chief Widget Maker'], track: 'Makers' },
  { names: ['Widget Boss', 'Head of Widgets', 'Widget HOW'], track: 'Overseers' },
];
const words = levelWordsOf(levels, 'Rank', ['of']);

describe('levelWordsOf', () => {
  it('holds the words of the levels’ names that tell levels apart, the tracks’ names and the word for a level', () => {
    for (const w of ['junior', 'chief', 'maker', 'boss', 'head', 'widgets', 'how', 'makers', 'overseers', 'rank']) expect(words, w).toContain(w);
  });

  it('leaves out a word every level’s names hold, and function words', () => {
    expect(words).not.toContain('widget');
    expect(words).not.toContain('of');
  });
});

describe('speaksOfLevels', () => {
  const none = () => [];
  it('reads a level’s word as typed, in the plural, or through the words a word stands for', () => {
    expect(speaksOfLevels(['what', 'a', 'Chief', 'does'], words, none)).toBe(true);
    expect(speaksOfLevels(['two', 'bosses,', 'juniors'], words, none)).toBe(true);
    expect(speaksOfLevels(['which', 'tier'], words, (w) => (w === 'tier' ? ['rank'] : []))).toBe(true);
  });

  it('is false for a query without one, the family’s subject included', () => {
    expect(speaksOfLevels(['widget', 'polishing', 'budget'], words, none)).toBe(false);
  });
});

describe('sourceBeforeLevels', () => {
  const kinds: Record<string, SourceKind> = { L1: 'level', L2: 'level', S1: 'source', S2: 'source', G: 'other' };
  const order = async (ids: string[], first = 3) => (await sourceBeforeLevels(ids.map((id) => ({ id })), async (r) => kinds[r.id]!, first)).map((r) => r.id);

  it('moves the first source page found after a level’s page up just before it', async () => {
    expect(await order(['L1', 'G', 'S1', 'S2'])).toEqual(['S1', 'L1', 'G', 'S2']);
    expect(await order(['G', 'L1', 'S1'])).toEqual(['G', 'S1', 'L1']);
  });

  it('moves nothing when a source page already comes first, or none follows the level’s page', async () => {
    expect(await order(['S1', 'L1', 'S2'])).toEqual(['S1', 'L1', 'S2']);
    expect(await order(['L1', 'L2', 'G'])).toEqual(['L1', 'L2', 'G']);
  });

  it('looks only among the first results', async () => {
    expect(await order(['L1', 'G', 'S1'], 2)).toEqual(['L1', 'G', 'S1']);
  });
});
