import { readerWordKey } from '../../../site/search-reader-words.ts';
import { asStrings, dataOf, defineRule, entriesOf, reporter } from '../rule.ts';

export const readerWordSelf = defineRule({
  id: 'reader-word-self',
  description:
    'No entry of the readers’ thesaurus (`content/search/reader-words.yaml`) gives its own word as one of the handbook’s words: the search already looks for the word as typed.',
  hint: 'Remove the word from its `handbookWords`; if the handbook uses the reader’s word itself, the entry needs only the other words it means.',
  check(content) {
    const { problems, report } = reporter('reader-word-self');
    for (const e of entriesOf(content, 'readerWords')) {
      const word = dataOf(e)['word'];
      if (typeof word !== 'string') continue;
      asStrings(dataOf(e)['handbookWords']).forEach((target, i) => {
        if (readerWordKey(target.trim()) === readerWordKey(word))
          report(e, ['handbookWords', i], `“${word}” is given as a handbook word for itself`, { expected: 'the handbook’s other words for it', found: `“${target}”` });
      });
    }
    return problems;
  },
});
