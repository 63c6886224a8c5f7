/**
 * The lines of a unified diff (`git diff` output), each with its number in the file and its kind, so
 * that a page can show the diff with the same line numbers on the candidate's and the interviewer's
 * copies, and colour what was added and removed.
 */

/** `message`: what comes before the first file, e.g. the commit message and stats of a `git format-patch`. */
export type DiffLineKind = 'message' | 'file' | 'hunk' | 'add' | 'remove' | 'context';

export interface DiffLine {
  /** 1-based line number in the diff file. */
  number: number;
  kind: DiffLineKind;
  text: string;
}

/** Lines that describe a file rather than change it (`diff --git`, `index`, `---`, `+++`, modes, renames). */
const FILE_HEADER = /^(diff --git |index |--- |\+\+\+ |new file mode |deleted file mode |similarity index |rename (from|to) |old mode |new mode )/;

/** Every line of a unified diff with its kind. A trailing newline does not make an extra line. */
export function diffLines(text: string): DiffLine[] {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  let inHunk = false;
  // Lines before the first file header are the patch's message (`git format-patch`).
  let inFiles = false;
  return lines.map((line, i) => {
    let kind: DiffLineKind;
    if (line.startsWith('diff --git ') || (!inHunk && line.startsWith('--- '))) inFiles = true;
    if (!inFiles) kind = 'message';
    else if (line.startsWith('diff --git ')) {
      inHunk = false;
      kind = 'file';
    } else if (line.startsWith('@@')) {
      inHunk = true;
      kind = 'hunk';
    } else if (!inHunk && FILE_HEADER.test(line)) kind = 'file';
    else if (line.startsWith('+')) kind = 'add';
    else if (line.startsWith('-')) kind = 'remove';
    else kind = 'context';
    return { number: i + 1, kind, text: line };
  });
}

/** What a diff changes: the files it touches and the lines it adds and removes. */
export function diffSummary(lines: readonly DiffLine[]): { files: string[]; added: number; removed: number } {
  const files = lines.filter((l) => l.kind === 'file' && l.text.startsWith('diff --git ')).map((l) => l.text.replace(/^diff --git a\/(\S+) b\/.*$/, '$1'));
  return { files, added: lines.filter((l) => l.kind === 'add').length, removed: lines.filter((l) => l.kind === 'remove').length };
}
