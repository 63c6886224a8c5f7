/** Reading the parts of a Markdown/MDX page the validator needs, without a Markdown parser. */

export interface Frontmatter {
  /** The YAML between the `---` fences. */
  yaml: string;
  /** Number of lines before the YAML (the opening fence), to shift positions. */
  lineOffset: number;
  /** 1-based line where the body starts. */
  bodyStartLine: number;
}

export function extractFrontmatter(text: string): Frontmatter | undefined {
  // A byte-order mark (which Windows editors may write first) is allowed before the fence, as Astro allows it.
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n?---\s*(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  const yaml = match[1]!;
  return { yaml, lineOffset: 1, bodyStartLine: match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1) };
}

export interface Heading {
  depth: number;
  text: string;
  line: number;
}

/**
 * Each line of a Markdown body as the validator reads it: a heading (outside code fences), a line
 * of content (a fence, code, prose), or nothing to count (blank, an MDX import). The one place that
 * tells headings from the rest, for the rules that look at a page's sections.
 */
function markdownLines(body: string, firstLine: number): ({ kind: 'heading'; heading: Heading } | { kind: 'content' } | { kind: 'blank' })[] {
  let inFence = false;
  return body.split('\n').map((raw, i) => {
    const line = raw.trimEnd();
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      return { kind: 'content' };
    }
    if (inFence) return { kind: 'content' };
    const h = /^(#{1,6})\s+(.+?)\s*#*$/.exec(line);
    if (h) return { kind: 'heading', heading: { depth: h[1]!.length, text: h[2]!, line: firstLine + i } };
    return line.trim() !== '' && !/^import\s.+from\s/.test(line.trim()) ? { kind: 'content' } : { kind: 'blank' };
  });
}

/** The page's Markdown headings (outside code fences), in order. */
export function findHeadings(body: string, firstLine: number): Heading[] {
  return markdownLines(body, firstLine).flatMap((item) => (item.kind === 'heading' ? [item.heading] : []));
}

/** A heading whose section holds nothing before the next heading of the same or a higher level. */
export function findEmptySections(body: string, firstLine: number): Heading[] {
  const items = markdownLines(body, firstLine).filter((item) => item.kind !== 'blank');
  const empty: Heading[] = [];
  items.forEach((item, i) => {
    if (item.kind !== 'heading') return;
    const next = items[i + 1];
    if (!next || (next.kind === 'heading' && next.heading.depth <= item.heading.depth)) empty.push(item.heading);
  });
  return empty;
}

/** Where the body starts, as the text after the frontmatter. */
export function bodyOf(text: string, fm: Frontmatter | undefined): string {
  if (!fm) return text;
  return text.split('\n').slice(fm.bodyStartLine - 1).join('\n');
}

/**
 * A Markdown heading's text as the page shows it, the text Astro makes its anchor from: inline
 * code's text as written; links and HTML tags as their text, images as nothing; left out, emphasis
 * marks (`*`, and `_` at a word's edge, as in `__bold__`, never inside a word such as
 * `model_registry`), backslash escapes, and the `--` and `---` that smart punctuation turns into
 * dashes (which anchors leave out, where a single `-` stays). Pinned against Astro's own Markdown
 * processor in markdown.test.ts.
 */
export function headingText(markdown: string): string {
  const prose = (text: string) =>
    text
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, '')
      .replace(/\*+/g, '')
      .replace(/-{2,3}/g, '')
      .replace(/(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, '');
  // Code spans (a run of backticks up to the next run as long) and escaped characters, as written.
  const literal = /(`+)(?!`)([\s\S]*?[^`])\1(?!`)|\\(\p{P})/gu;
  let text = '';
  let from = 0;
  for (const m of markdown.matchAll(literal)) {
    const code = m[2]?.replace(/^ (.*\S.*) $/, '$1');
    text += prose(markdown.slice(from, m.index)) + (code ?? m[3]!);
    from = m.index + m[0].length;
  }
  return text + prose(markdown.slice(from));
}
