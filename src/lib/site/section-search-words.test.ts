import { describe, expect, it } from 'vitest';
import { withSectionSearchWords } from './section-search-words';

const page = '<h2 id="intro">Intro</h2><p>Text.</p><div class="wrap"><h3 id="later-on">Later on</h3><a href="#later-on">#</a></div><p>More.</p>';

describe('withSectionSearchWords', () => {
  it('writes a section’s words, hidden, right after its heading, before the section’s text', () => {
    const { html, missing } = withSectionSearchWords(page, { 'later-on': ['the longer you stay', 'over the years'] });
    expect(missing).toEqual([]);
    expect(html).toBe(
      '<h2 id="intro">Intro</h2><p>Text.</p><div class="wrap"><h3 id="later-on">Later on</h3><span hidden>the longer you stay; over the years.</span><a href="#later-on">#</a></div><p>More.</p>',
    );
  });

  it('gives the words no weight of their own, so that they weigh as their page’s text does', () => {
    const { html } = withSectionSearchWords(page, { intro: ['words'] });
    expect(html).not.toContain('data-pagefind-weight');
  });

  it('escapes the words as text', () => {
    const { html } = withSectionSearchWords(page, { intro: ['<b> & "quotes"'] });
    expect(html).toContain('<span hidden>&lt;b&gt; &amp; &quot;quotes&quot;.</span>');
  });

  it('names the anchors that no heading has, and leaves the page as it was for them', () => {
    const { html, missing } = withSectionSearchWords(page, { 'no-such-section': ['words'], intro: [] });
    expect(missing).toEqual(['no-such-section']);
    expect(html).toBe(page);
  });

  it('matches an anchor whole, not the start of a longer one', () => {
    const { missing } = withSectionSearchWords(page, { later: ['words'] });
    expect(missing).toEqual(['later']);
  });
});
