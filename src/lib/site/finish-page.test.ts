import { describe, expect, it } from 'vitest';
import { finishPage } from './finish-page';

const searchButton = (kbd: string) => `<site-search><button data-open-modal aria-label="Search"><span aria-hidden="true">Search</span>${kbd}</button></site-search>`;

describe('finishPage', () => {
  it('applies the markup fixes and the text boundaries', () => {
    const { html, problem } = finishPage(`<html><body>${searchButton('<kbd><kbd>Ctrl</kbd></kbd>')}<main><dl><dt>A</dt><dd>B</dd></dl></main></body></html>`);
    expect(problem).toBeUndefined();
    expect(html).toContain('<kbd aria-hidden="true">');
    expect(html).toMatch(/<\/dt>\s+<dd>/);
  });

  it('leaves an already finished page as it is and reports nothing', () => {
    const once = finishPage(`<html><body>${searchButton('<kbd><kbd>K</kbd></kbd>')}<p>x</p><p>y</p></body></html>`).html;
    expect(finishPage(once)).toEqual({ html: once });
  });

  it('reports a Starlight page whose search button the label fix no longer finds', () => {
    expect(finishPage(`<html><body><site-search><button data-open-modal>Search</button></site-search></body></html>`).problem).toMatch(/search button markup changed/);
  });

  it('does not ask pages that are not Starlight’s for the search button', () => {
    expect(finishPage('<html><body><p>A printable card</p></body></html>').problem).toBeUndefined();
  });
});
