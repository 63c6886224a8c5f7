import { describe, expect, it } from 'vitest';
import { pageParts } from './bare-starlight.ts';

/** A built page with `content` where Starlight puts the page's Markdown. */
const page = (content: string) =>
  `<html><head><title>Data export | ML Career Handbook</title><meta name="description" content="The ladder as JSON."></head>` +
  `<body><div class="sl-markdown-content">${content}</div></body></html>`;

/**
 * Expressive Code's markup for a block of `lines` in `language`, as a build writes it (tokens as
 * spans, lines without newlines between them); without `data-language` when `language` is undefined.
 */
const expressiveCode = (language: string | undefined, lines: string[]) =>
  `<div class="expressive-code"><link rel="stylesheet" href="/_astro/ec.css"><script type="module" src="/_astro/ec.js"></script>` +
  `<figure class="frame not-content"><figcaption class="header"></figcaption><pre tabindex="0"${language === undefined ? '' : ` data-language="${language}"`} class="wrap"><code>` +
  lines.map((line) => `<span class="ec-line"><span class="code">${line.split(' ').map((word) => `<span style="--0:#C792EA">${word}</span>`).join(' ')}</span></span>`).join('') +
  `</code></pre><div class="copy"><button title="Copy to clipboard" data-code="x"><div></div></button></div></figure></div>`;

describe('the bare Starlight pages of the benchmarks', () => {
  it('keep a code block as the fenced code its author would write: its language and its lines', () => {
    const { markdown } = pageParts(page(`<p>Read it:</p>${expressiveCode('js', ['const ladder = await load();', 'console.log(ladder);'])}<p>Done.</p>`));
    expect(markdown).toContain('```js\nconst ladder = await load();\nconsole.log(ladder);\n```');
  });

  it('keep a plain-text block (`txt`) as fenced code in that language, its lines as written', () => {
    const { markdown } = pageParts(page(expressiveCode('txt', ['# a comment', '/*'])));
    expect(markdown).toContain('```txt\n# a comment\n/*\n```');
  });

  it('keep a block whose `pre` has no data-language as fenced code without a language', () => {
    const { markdown } = pageParts(page(expressiveCode(undefined, ['# a comment', '/*'])));
    expect(markdown).toContain('```\n# a comment\n/*\n```');
    expect(markdown).not.toMatch(/```(undefined|\S)/);
  });

  it('keep the title without the site name, the description and the text around the blocks', () => {
    const parts = pageParts(page(`<p>Read it:</p>${expressiveCode('sh', ['npm run build'])}<p>Done.</p>`));
    expect(parts.title).toBe('Data export');
    expect(parts.description).toBe('The ladder as JSON.');
    expect(parts.markdown).toMatch(/^Read it:\n\n```sh\nnpm run build\n```\n\nDone\.\n$/);
  });
});
