import { describe, expect, it } from 'vitest';
import { searchTextBoundaries } from './text-boundaries';

const html = (page: string) => searchTextBoundaries(page).html;

describe('separating boxes for the search index', () => {
  it('breaks the line after a definition, a table cell, a list item or a heading that another tag follows', () => {
    expect(html('<dl><dt>Use:</dt><dd>Training</dd></dl>')).toBe('<dl><dt>Use:</dt>\n<dd>Training</dd>\n</dl>');
    expect(html('<tr><th>Metric</th><th>Why</th></tr><tr>')).toBe('<tr><th>Metric</th>\n<th>Why</th>\n</tr>\n<tr>');
    expect(searchTextBoundaries('<li>a</li><li>b</li>').separated).toBe(1);
  });

  it('leaves inline elements, text that follows, and verbatim text alone', () => {
    const page = '<p><span>Raised</span><a href="#">Across</a></p>text<pre><span>a</span></pre>text<script>"</li><li>"</script>';
    expect(html(page)).toBe(page);
    expect(html('<pre><code></p><p></code></pre><p>x</p><p>y</p>')).toBe('<pre><code></p><p></code></pre>\n<p>x</p>\n<p>y</p>');
    expect(html('<figcaption>Example</figcaption><pre>name: x</pre>')).toBe('<figcaption>Example</figcaption>\n<pre>name: x</pre>');
  });
});

describe('keeping controls out of the search index', () => {
  it('marks every button and select, once, and leaves scripts and other elements alone', () => {
    const page = '<p>Text</p><button type="button">Import</button><select id="a"><option>One</option></select><button data-pagefind-ignore>x</button><script>"<button>"</script>';
    const { html: out, ignored } = searchTextBoundaries(page);
    expect(ignored).toBe(2);
    expect(out).toBe('<p>Text</p>\n<button data-pagefind-ignore type="button">Import</button><select data-pagefind-ignore id="a"><option>One</option></select><button data-pagefind-ignore>x</button><script>"<button>"</script>');
  });
});

describe('both in one pass', () => {
  it('marks a control inside a box and separates the box, and neither inside verbatim text', () => {
    expect(html('<li><button>a</button></li><li>b</li>')).toBe('<li><button data-pagefind-ignore>a</button></li>\n<li>b</li>');
    for (const page of ['<pre><code></p><p><button>x</button></code></pre>', '<textarea></p><p><select></textarea>']) expect(html(page)).toBe(page);
  });

  it('separates only lowercase end tags, while it marks controls of any case', () => {
    expect(html('<UL><LI>a</LI><LI>b</LI></UL><Select></Select><p>')).toBe('<UL><LI>a</LI><LI>b</LI></UL><Select data-pagefind-ignore></Select><p>');
  });
});
