import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { bodyOf, extractFrontmatter, findHeadings, headingText } from './markdown';

describe('extractFrontmatter', () => {
  // A Windows editor may save a page with a byte-order mark first, or with CRLF line ends; Astro
  // reads the frontmatter of either (its frontmatter pattern allows a leading U+FEFF), so the
  // validator, which the build runs first, must too.
  const page = ['---', 'title: A page', 'description: What it is for.', '---', '', '## First', 'Text.', ''];
  const written = {
    plain: page.join('\n'),
    'with a byte-order mark': `\uFEFF${page.join('\n')}`,
    'with CRLF line ends': page.join('\r\n'),
    'with both': `\uFEFF${page.join('\r\n')}`,
  };

  for (const [how, text] of Object.entries(written))
    it(`reads the frontmatter of a page saved ${how}, as Astro does, and places the body's headings at their lines`, () => {
      const fm = extractFrontmatter(text);
      expect(fm?.yaml.replace(/\r/g, '')).toBe(page.slice(1, 3).join('\n'));
      const [heading] = findHeadings(bodyOf(text, fm), fm!.bodyStartLine);
      expect(text.split('\n')[heading!.line - 1]?.trimEnd()).toBe(`## ${heading!.text}`);
    });
});

describe('findHeadings', () => {
  it('lists the headings in order with their depth and line, leaving out those in code fences', () => {
    const body = ['## One', 'Text.', '```md', '## Not a heading', '```', '### Two ##', ''].join('\n');
    expect(findHeadings(body, 10)).toEqual([
      { depth: 2, text: 'One', line: 10 },
      { depth: 3, text: 'Two', line: 15 },
    ]);
  });
});

describe('headingText', () => {
  // Astro's own Markdown processor (the one @astrojs/mdx renders the pages with) gives the anchors
  // the rule must agree with; a heading of each kind the handbook's pages could write.
  const headings = [
    '`model_registry` setup',
    'Lead → Staff',
    'Lead -- Staff --- or "Principal" (don\'t)',
    '__Bold__ and *em* and _em_ with [a link](/x/) and \\_escaped',
    'Inline <abbr>HTML</abbr> and ``` `` ``` code',
    'Drift',
    'Drift',
    'snake_case_name, 60-day goals & P95/P99',
  ];

  it('gives each Markdown heading the anchor Astro gives it, through the same slugger', async () => {
    const processor = await createSatteriMarkdownProcessor({ syntaxHighlight: false });
    const rendered = await processor.render(headings.map((h) => `## ${h}`).join('\n\n'));
    const slugger = new GithubSlugger();
    expect(headings.map((h) => slugger.slug(headingText(h)))).toEqual(rendered.metadata.headings.map((h) => h.slug));
  });
});
