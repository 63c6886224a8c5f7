import { describe, expect, it } from 'vitest';
import { importSourceWords } from './import-source';

describe('importSourceWords', () => {
  it('quotes a single file by its name, however it is given', () => {
    expect(importSourceWords('team.json')).toBe('“team.json”');
    expect(importSourceWords({ files: ['a.json'] })).toBe('“a.json”');
  });

  it('says several files by how many, and pasted text as such, quoting neither', () => {
    expect(importSourceWords({ files: ['a.json', 'b.json'] })).toBe('2 files');
    expect(importSourceWords({ pasted: true })).toBe('the pasted text');
    for (const source of [{ files: ['a.json', 'b.json', 'c.json'] }, { pasted: true as const }]) expect(importSourceWords(source)).not.toMatch(/[“”]/);
  });
});
