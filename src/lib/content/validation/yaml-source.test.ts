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

  it('reads a file that is a list (competencies.yaml, paths.yaml, tracks.yaml) saved with a byte-order mark as it reads it without one', () => {
    // The yaml library takes a mark right before a top-level `- ` for text ("Unexpected scalar at node end").
    const lines = ['- id: a', '  name: A', '- id: b', '  name: "B"', ''];
    for (const text of [lines.join('\n'), lines.join('\r\n')]) {
      const plain = parseYamlSource(text);
      const marked = parseYamlSource(`\uFEFF${text}`);
      expect(marked.syntaxErrors).toEqual([]);
      expect(marked.value).toEqual(plain.value);
      for (const path of [[0, 'id'], [1, 'name']]) expect(marked.valueAt(path)).toEqual(plain.valueAt(path));
      expect(marked.strings().map((v) => marked.text.slice(v.start, v.end))).toEqual(plain.strings().map((v) => plain.text.slice(v.start, v.end)));
    }
  });
});
