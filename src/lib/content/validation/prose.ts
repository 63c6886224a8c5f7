/**
 * The prose of the content, for the rules on wording (`american-spelling`, `straight-quote`): every
 * string value of the data files and of the pages' frontmatter, with a way back to its place in the
 * file, and the body lines of the pages. Values that are ids, paths or other single tokens are not
 * prose and are left out; so are keys, comments and code, and markup (an `html` value, such as the
 * drawing in a hero's `image.html`, whose attributes take straight quotes).
 */
import type { LoadedContent } from './load.ts';
import type { Position, StringValue, YamlSource } from './yaml-source.ts';

export interface ProseValue {
  file: string;
  source: YamlSource;
  value: StringValue;
}

/** Keys whose values are not prose: a link's target, and markup. */
const notProse = new Set(['href', 'html']);
/** An id, a path, a version or a date: one token without spaces. */
const token = /^[\w./#:@+-]*$/;

/** Every prose string value of the data files (interview materials aside) and of the pages' frontmatter. */
export function proseValues(content: LoadedContent): ProseValue[] {
  const sources = new Map<string, YamlSource>();
  // Release snapshots are written by `npm run release:snapshot` and keep a release's words as they were.
  for (const e of content.entries) if (e.collection !== 'releases') sources.set(e.file, e.source);
  for (const p of content.pages) sources.set(p.file, p.source);
  return [...sources].flatMap(([file, source]) =>
    source
      .strings()
      .filter((v) => !notProse.has(v.key ?? '') && !token.test(v.text))
      .map((value) => ({ file, source, value })),
  );
}

/** Where the character at `index` of the value as written stands in its file. */
export const positionIn = (p: ProseValue, index: number): Position => p.source.positionAt(p.value.start + index);

/** The value as written in the file (quotes and block indentation included). */
export const written = (p: ProseValue): string => p.source.text.slice(p.value.start, p.value.end);

/** The body lines of every page, with their 1-based line numbers, outside code fences and import lines; inline code is blanked. */
export function bodyLines(content: LoadedContent): { file: string; line: number; text: string }[] {
  return content.pages.flatMap((page) => {
    const lines = page.text.split('\n');
    const out: { file: string; line: number; text: string }[] = [];
    let inFence = false;
    for (let i = page.bodyStartLine - 1; i < lines.length; i++) {
      const raw = lines[i]!;
      if (/^\s*(```|~~~)/.test(raw)) {
        inFence = !inFence;
        continue;
      }
      if (inFence || /^import\s.+from\s/.test(raw.trim())) continue;
      out.push({ file: page.file, line: i + 1, text: raw.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length)) });
    }
    return out;
  });
}
