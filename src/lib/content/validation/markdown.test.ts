import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { findHeadings, headingText } from './markdown';

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
