/**
 * Differences between two sequences (list items, words), by longest common subsequence. Used to show
 * what a spreadsheet import changes and what a release changed. Pure; the inputs are short (a
 * list of behaviors, the words of one sentence), so the quadratic table is cheap.
 */

/** One step of a diff: a part kept in both, removed from the first or added in the second. */
export type DiffPart<T> = { kind: 'same'; value: T } | { kind: 'removed'; value: T } | { kind: 'added'; value: T };

/**
 * The steps that turn `before` into `after`, keeping the longest common subsequence; in each gap,
 * removals come before additions.
 */
export function diffSequence<T>(before: readonly T[], after: readonly T[], equal: (a: T, b: T) => boolean = Object.is): DiffPart<T>[] {
  const n = before.length;
  const m = after.length;
  // lcs[i][j]: length of the longest common subsequence of before[i..] and after[j..].
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) lcs[i]![j] = equal(before[i]!, after[j]!) ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const parts: DiffPart<T>[] = [];
  let i = 0;
  let j = 0;
  const removed: DiffPart<T>[] = [];
  const added: DiffPart<T>[] = [];
  const flush = () => parts.push(...removed.splice(0), ...added.splice(0));
  while (i < n || j < m) {
    if (i < n && j < m && equal(before[i]!, after[j]!)) {
      flush();
      parts.push({ kind: 'same', value: before[i]! });
      i++;
      j++;
    } else if (j >= m || (i < n && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) removed.push({ kind: 'removed', value: before[i++]! });
    else added.push({ kind: 'added', value: after[j++]! });
  }
  flush();
  return parts;
}

/** A text cut into words and the spaces between them, so that joining the tokens gives the text back. */
export const wordTokens = (text: string): string[] => text.match(/\s+|[^\s]+/g) ?? [];

/** A word diff of two texts: runs of kept, removed and added text, whitespace attached to the words around it. */
export function diffWords(before: string, after: string): DiffPart<string>[] {
  const parts = diffSequence(wordTokens(before), wordTokens(after));
  // A reworded phrase reads as one change: the changes between two kept words become one removed
  // run and one added run, and a space kept between two changes belongs to both.
  const runs: DiffPart<string>[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) runs.push({ kind: 'removed', value: removed });
    if (added) runs.push({ kind: 'added', value: added });
    removed = added = '';
  };
  parts.forEach((part, i) => {
    if (part.kind === 'removed') removed += part.value;
    else if (part.kind === 'added') added += part.value;
    else if (/^\s+$/.test(part.value) && (removed || added) && parts[i + 1] && parts[i + 1]!.kind !== 'same') {
      removed += part.value;
      added += part.value;
    } else {
      flush();
      const last = runs.at(-1);
      if (last?.kind === 'same') last.value += part.value;
      else runs.push({ ...part });
    }
  });
  flush();
  return runs;
}

/**
 * How alike two texts are, from 0 to 1: the share of their words they have in common (twice the
 * common words over all words). Decides whether a changed list item was reworded or replaced.
 */
export function similarity(a: string, b: string): number {
  const words = (t: string) => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const wa = words(a);
  const wb = words(b);
  if (!wa.length && !wb.length) return 1;
  const common = diffSequence(wa, wb).filter((p) => p.kind === 'same').length;
  return (2 * common) / (wa.length + wb.length);
}

/**
 * What a screen reader says around a changed run of a word diff, which does not announce `<del>` and
 * `<ins>` (src/components/reference/WordDiff.astro). Each mark has a space on its outer side: a removed
 * run is followed at once by the added run that replaced it (a renamed level: its old title, then its
 * new one), and a kept word by the run added after it (the space goes with the run), so without it
 * the words and marks around read as one word (“Engineer][added:”, “start[added:”) to a screen
 * reader and to the search index.
 */
export const diffMarks = {
  removed: { open: ' [removed: ', close: '] ' },
  added: { open: ' [added: ', close: '] ' },
} as const;

/**
 * One piece of a run of a word diff as drawn and read: its text, and whether it is a mark, heard
 * but not seen (`sr-only`).
 */
export interface DiffPiece {
  text: string;
  mark: boolean;
}

/**
 * A run of a word diff as WordDiff.astro draws it, in order: a changed run inside its marks, a kept
 * run alone. The component draws these pieces and `diffSpoken` joins them, so what is tested of
 * the one is what the other renders.
 */
export function diffPieces(part: DiffPart<string>): DiffPiece[] {
  if (part.kind === 'same') return [{ text: part.value, mark: false }];
  const marks = diffMarks[part.kind];
  return [
    { text: marks.open, mark: true },
    { text: part.value, mark: false },
    { text: marks.close, mark: true },
  ];
}

/** A word diff as a screen reader and the search index read it: each changed run inside its marks (`diffPieces`). */
export function diffSpoken(parts: readonly DiffPart<string>[]): string {
  return parts
    .flatMap(diffPieces)
    .map((piece) => piece.text)
    .join('');
}
