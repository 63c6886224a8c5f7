/**
 * What the search indexes, near enough, as one comparable text (lowercase, one kind of apostrophe):
 * the data's values (not its comments or keys, not the release snapshots, which no page shows, not
 * the readers' thesaurus itself) and the pages' text (their frontmatter and imports with it). Not
 * the interview materials: their pages are not indexed. Read by the rule that every handbook word
 * of the thesaurus occurs in it (rules/reader-word-target.ts) and by the search's lexicon, which
 * looks for a reader's word only when the handbook does not use it (src/data/search-lexicon.ts).
 */
import { dataCollectionsByName } from '../../../schemas/collections.ts';
import { comparableText } from '../../site/search-reader-words.ts';
import type { LoadedContent } from './load.ts';

/** Data collections whose values no page shows: the thesaurus itself and the release snapshots. */
const unindexedCollections = new Set<string>([dataCollectionsByName.readerWords.name, dataCollectionsByName.releases.name]);

/** Every string a parsed value holds, at any depth. */
const stringsOf = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(stringsOf) : value !== null && typeof value === 'object' ? Object.values(value).flatMap(stringsOf) : [];

export function indexedText(content: Pick<LoadedContent, 'entries' | 'files'>): string {
  const dataFiles = new Set(content.entries.map((e) => e.file));
  return [
    ...content.entries.filter((e) => !unindexedCollections.has(e.collection)).flatMap((e) => stringsOf(e.data)),
    ...content.files.filter((f) => !dataFiles.has(f.file) && f.file !== dataCollectionsByName.readerWords.file).map((f) => f.text),
  ]
    .map(comparableText)
    .join('\n');
}

/** The words of an indexed text (`indexedText`): its runs of letters and digits. */
export const wordsOfText = (text: string): Set<string> => new Set(text.split(/[^\p{L}\p{N}]+/u));
