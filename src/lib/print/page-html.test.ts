import { describe, expect, it } from 'vitest';
import { pageHtml, printAnchor } from './page-html';

const options = { shift: 1, inDocument: new Set(['/ladder/', '/ladder/levels/lead/']), siteUrl: 'https://handbook.example.org', title: 'Lead', href: '/ladder/levels/lead/' };

describe('pageHtml', () => {
  it('moves headings one level under the page’s title, at most to h6', () => {
    const html = pageHtml('## Scope\n\n###### Deep', options);
    expect(html).toContain('<h3>Scope</h3>');
    expect(html).toContain('<h6>Deep</h6>');
  });

  it('links to pages of the document within it, and to other pages of the site by their path', () => {
    const html = pageHtml('[a](/ladder/levels/lead/#design) [b](https://handbook.example.org/ladder/) [c](/ladder/compare/x-vs-y/) [d](https://elsewhere.example.com/)', options);
    expect(html).toContain(`href="#${printAnchor('/ladder/levels/lead/')}"`);
    expect(html).toContain(`href="#${printAnchor('/ladder/')}"`);
    expect(html).toContain('href="/ladder/compare/x-vs-y/"');
    expect(html).toContain('href="https://elsewhere.example.com/"');
  });

  it('links a link within the page (`#scope`) to the page’s section, since its headings have no ids in the document', () => {
    expect(pageHtml('[above](#scope)', options)).toContain(`href="#${printAnchor(options.href)}"`);
  });

  it('puts each table in a labelled region that the keyboard can reach', () => {
    const html = pageHtml('| a | b |\n| --- | --- |\n| 1 | 2 |\n\n| c |\n| --- |\n| 3 |', options);
    expect(html.match(/<div class="print-table" role="region" aria-label="Table \d of Lead" tabindex="0"[^>]*><table>/g)).toHaveLength(2);
  });

  it('gives its headings no ids, so pages never clash in one document', () => {
    expect(pageHtml('## Overview\n\ntext', options)).not.toMatch(/\sid=/);
  });

  it('makes a section anchor of a path', () => {
    expect(printAnchor('/ladder/levels/lead-ml-engineer/')).toBe('print-ladder-levels-lead-ml-engineer');
    expect(printAnchor('/')).toBe('print-home');
  });
});
