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

  it('writes every section’s words after its own heading, whatever the order the anchors are listed in', () => {
    const { html, missing } = withSectionSearchWords(page, { 'later-on': ['b'], intro: ['a'] });
    expect(missing).toEqual([]);
    expect(html).toBe(
      '<h2 id="intro">Intro</h2><span hidden>a.</span><p>Text.</p><div class="wrap"><h3 id="later-on">Later on</h3><span hidden>b.</span><a href="#later-on">#</a></div><p>More.</p>',
    );
  });

  it('takes the first heading with the anchor that is closed by its own level’s tag', () => {
    const twice = '<h2 class="x" id="a">One <em>x</em></h2><h3 id="a">Two</h3>';
    expect(withSectionSearchWords(twice, { a: ['w'] }).html).toBe('<h2 class="x" id="a">One <em>x</em></h2><span hidden>w.</span><h3 id="a">Two</h3>');
    const unclosed = '<p>x</p><h4 id="a">Never closed<h3 id="a">Closed</h3>';
    expect(withSectionSearchWords(unclosed, { a: ['w'] }).html).toBe('<p>x</p><h4 id="a">Never closed<h3 id="a">Closed</h3><span hidden>w.</span>');
  });

  it('reads no id but the heading’s own attribute', () => {
    const { missing } = withSectionSearchWords('<h2 data-id="intro">Intro</h2><p id="intro">Text.</p>', { intro: ['w'] });
    expect(missing).toEqual(['intro']);
  });
});
