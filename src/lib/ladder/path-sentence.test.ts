import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { pathSentence, pathSentenceText } from './path-sentence';

const occurrences = (text: string, name: string) => text.toLowerCase().split(name.toLowerCase()).length - 1;

describe('pathSentence', () => {
  it('links the name inside a description that opens with it, so that the name is read once', () => {
    const s = pathSentence({ name: 'Data Engineer', description: 'A Data Engineer brings pipelines; the move adds serving.' });
    expect(s).toEqual({ before: 'A ', name: 'Data Engineer', after: ' brings pipelines; the move adds serving.' });
    expect(occurrences(pathSentenceText(s), 'Data Engineer')).toBe(1);
  });

  it('takes “An” and the description’s own capitals of the name', () => {
    expect(pathSentence({ name: 'Applied scientist', description: 'An Applied Scientist with depth brings rigour.' })).toEqual({
      before: 'An ',
      name: 'Applied Scientist',
      after: ' with depth brings rigour.',
    });
  });

  it('puts the name before a description that does not open with it', () => {
    expect(pathSentence({ name: 'SRE leadership', description: 'A move for reliability.' })).toEqual({ before: '', name: 'SRE leadership', after: ': A move for reliability.' });
    expect(pathSentence({ name: 'Scientist', description: 'A Scientist-turned-engineer.' }).after).toBe('-turned-engineer.');
  });
});

describe('the family’s paths, as every level page lists them', () => {
  const paths = parse(readFileSync('content/family/paths.yaml', 'utf8')) as { id: string; name: string; description: string; levels: string[] }[];
  const levels = [...new Set(paths.flatMap((p) => p.levels))];

  it.each(levels)('%s: each feeder role and adjacent path names itself once', (level) => {
    for (const p of paths.filter((x) => x.levels.includes(level))) {
      expect(occurrences(pathSentenceText(pathSentence(p)), p.name), p.id).toBe(1);
    }
  });
});
