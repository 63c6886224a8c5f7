import { describe, expect, it } from 'vitest';
import { askedByEditor, editorsPagesStepDown } from './search-editors.ts';

const editorsPage = (id: string) => id.startsWith('edit');
const isEditors = async (r: { id: string }) => editorsPage(r.id);
const list = (...ids: string[]) => ids.map((id) => ({ id }));
const ids = (results: readonly { id: string }[]) => results.map((r) => r.id);

describe('editorsPagesStepDown', () => {
  it('moves an editors’ page one place down, below the reader’s page that followed it', async () => {
    expect(ids(await editorsPagesStepDown(list('edit-guide', 'answer', 'other'), isEditors, 10))).toEqual(['answer', 'edit-guide', 'other']);
  });

  it('keeps a run of editors’ pages in their order, each one place down', async () => {
    expect(ids(await editorsPagesStepDown(list('edit-a', 'edit-b', 'answer', 'other'), isEditors, 10))).toEqual(['edit-a', 'answer', 'edit-b', 'other']);
  });

  it('leaves the readers’ pages in their order, and an editors’ page last where nothing follows it', async () => {
    expect(ids(await editorsPagesStepDown(list('a', 'b', 'edit-guide'), isEditors, 10))).toEqual(['a', 'b', 'edit-guide']);
  });

  it('reorders only the first results, and never moves one of them past the rest', async () => {
    expect(ids(await editorsPagesStepDown(list('a', 'edit-guide', 'b', 'c'), isEditors, 2))).toEqual(['a', 'edit-guide', 'b', 'c']);
  });
});

describe('askedByEditor', () => {
  const noShare = async () => 0;

  it('reads a word of the editing words as an editor’s sign', async () => {
    expect(await askedByEditor(['level', 'yaml'], ['yaml'], noShare, 0.7)).toBe(true);
    expect(await askedByEditor(['level', 'promotion'], ['yaml'], noShare, 0.7)).toBe(false);
  });

  it('reads a word the editors’ pages hold nearly alone as an editor’s sign, one they share as none', async () => {
    const shares: Record<string, number> = { nginx: 1, site: 0.4 };
    const shareOf = async (w: string) => shares[w] ?? 0;
    expect(await askedByEditor(['nginx', 'cache'], [], shareOf, 0.7)).toBe(true);
    expect(await askedByEditor(['site', 'title'], [], shareOf, 0.7)).toBe(false);
  });
});
