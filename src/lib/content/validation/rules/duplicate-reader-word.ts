import type { Entry } from '../load.ts';
import { readerWordKey } from '../../../site/search-reader-words.ts';
import { dataOf, defineRule, entriesOf, reporter } from '../rule.ts';

export const duplicateReaderWord = defineRule({
  id: 'duplicate-reader-word',
  description:
    'Each reader’s word appears once in the readers’ thesaurus (`content/search/reader-words.yaml`), so that all the handbook’s words for it are in one place.',
  hint: 'Merge the two entries: keep one, with the handbook words of both.',
  check(content) {
    const { problems, report } = reporter('duplicate-reader-word');
    const seen = new Map<string, Entry>();
    for (const e of entriesOf(content, 'readerWords')) {
      const word = dataOf(e)['word'];
      if (typeof word !== 'string') continue;
      const first = seen.get(readerWordKey(word));
      if (first)
        report(e, ['word'], `“${word}” is listed twice`, { expected: 'each word once', found: `a second “${word}” (first at line ${first.source.valueAt([...first.pathPrefix, 'word']).line})` });
      else seen.set(readerWordKey(word), e);
    }
    return problems;
  },
});
