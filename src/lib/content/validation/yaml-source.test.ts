import { describe, expect, it } from 'vitest';
import { parseYamlSource } from './yaml-source';

describe('parseYamlSource', () => {
  it('gives the columns of a file saved with a byte-order mark (as a Windows editor may save it) as the editor shows them', () => {
    const lines = ['title: T', 'rank: 2', ''];
    for (const text of [lines.join('\n'), lines.join('\r\n')]) {
      const plain = parseYamlSource(text);
      const marked = parseYamlSource(`\uFEFF${text}`);
      expect(marked.value).toEqual(plain.value);
      for (const path of [['title'], ['rank']]) {
        expect(marked.keyAt(path)).toEqual(plain.keyAt(path));
        expect(marked.valueAt(path)).toEqual(plain.valueAt(path));
      }
    }
  });
});
