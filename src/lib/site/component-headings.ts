/**
 * A page's table of contents with the headings its components render. Starlight builds the table
 * from the page's own Markdown headings only, so a page whose sections a component writes from the
 * data (the Staff+ archetypes, the shared expectations, the releases, the validation rules) showed
 * “Overview” alone beside five or forty sections. The route middleware
 * (src/integrations/component-toc.ts) gives each such component's headings, as the data names them,
 * in the place the page's MDX puts the component, and nests them as Starlight nests its own.
 */

/** A heading as Astro lists a page's: its level (2 for `##`), its anchor and its text. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** An entry of Starlight's table of contents: a heading with those under it. */
export interface TocEntry extends Heading {
  children: TocEntry[];
}

/**
 * The components a page's MDX renders, in order, each with how many of the page's own Markdown
 * headings come before it: a tag that opens a line (`<Archetypes />`), outside code fences. A
 * heading is a line of `#`s and text, or a line of text underlined with `=` or `-` (a setext
 * heading; a `---` after a blank line is a rule).
 */
export function componentsInBody(body: string): { name: string; headingsBefore: number }[] {
  const found: { name: string; headingsBefore: number }[] = [];
  let headings = 0;
  let fence: string | null = null;
  let previous = '';
  for (const line of body.split(/\r?\n/)) {
    const before = previous;
    previous = line;
    const fenceMark = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fenceMark && (fence === null || fenceMark.startsWith(fence))) {
      fence = fence === null ? fenceMark : null;
      continue;
    }
    if (fence !== null) continue;
    if (/^ {0,3}#{1,6}\s+\S/.test(line)) headings++;
    else if (/^ {0,3}(?:=+|-+)\s*$/.test(line) && /^ {0,3}[^\s#>*+\-<|`~]/.test(before) && !/^ {0,3}\d+[.)]\s/.test(before)) headings++;
    const tag = /^\s*<([A-Z][A-Za-z0-9]*)[\s/>]/.exec(line)?.[1];
    if (tag) found.push({ name: tag, headingsBefore: headings });
  }
  return found;
}

/**
 * The page's headings with its components' inserted where the components stand: after the
 * Markdown headings that come before each (`componentsInBody`). `pageHeadings` are Astro's list of
 * the page's Markdown headings, in order; components without headings of their own add nothing.
 */
export function withComponentHeadings(body: string, pageHeadings: readonly Heading[], headingsOf: (component: string) => readonly Heading[] | undefined): Heading[] {
  const inserts = componentsInBody(body).map((c) => ({ ...c, headings: headingsOf(c.name) ?? [] }));
  const out: Heading[] = [];
  pageHeadings.forEach((heading, i) => {
    for (const c of inserts) if (c.headingsBefore === i) out.push(...c.headings);
    out.push(heading);
  });
  for (const c of inserts) if (c.headingsBefore >= pageHeadings.length) out.push(...c.headings);
  return out;
}

/**
 * The table of contents of `headings`, as Starlight makes it: the page's own entry first (`top`,
 * its title), then the headings between the levels shown, each under the last one above its level.
 */
export function tocEntries(headings: readonly Heading[], top: Heading, { minHeadingLevel, maxHeadingLevel }: { minHeadingLevel: number; maxHeadingLevel: number }): TocEntry[] {
  const entries: TocEntry[] = [{ ...top, children: [] }];
  for (const heading of headings) {
    if (heading.depth < minHeadingLevel || heading.depth > maxHeadingLevel) continue;
    let siblings = entries;
    while (siblings.length && siblings.at(-1)!.depth < heading.depth) siblings = siblings.at(-1)!.children;
    siblings.push({ ...heading, children: [] });
  }
  return entries;
}
