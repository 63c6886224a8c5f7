import { describe, expect, it } from 'vitest';
import { ignoreControls, searchTextBoundaries, separateBlocks } from './text-boundaries';

describe('separating boxes for the search index', () => {
  it('breaks the line after a definition, a table cell, a list item or a heading that another tag follows', () => {
    expect(separateBlocks('<dl><dt>Use:</dt><dd>Training</dd></dl>').html).toBe('<dl><dt>Use:</dt>\n<dd>Training</dd>\n</dl>');
    expect(separateBlocks('<tr><th>Metric</th><th>Why</th></tr><tr>').html).toBe('<tr><th>Metric</th>\n<th>Why</th>\n</tr>\n<tr>');
    expect(separateBlocks('<li>a</li><li>b</li>').count).toBe(1);
  });

  it('leaves inline elements, text that follows, and verbatim text alone', () => {
    const html = '<p><span>Raised</span><a href="#">Across</a></p>text<pre><span>a</span></pre>text<script>"</li><li>"</script>';
    expect(separateBlocks(html).html).toBe(html);
    expect(separateBlocks('<pre><code></p><p></code></pre><p>x</p><p>y</p>').html).toBe('<pre><code></p><p></code></pre>\n<p>x</p>\n<p>y</p>');
    expect(separateBlocks('<figcaption>Example</figcaption><pre>name: x</pre>').html).toBe('<figcaption>Example</figcaption>\n<pre>name: x</pre>');
  });
});

describe('keeping controls out of the search index', () => {
  it('marks every button and select, once, and leaves scripts and other elements alone', () => {
    const html = '<p>Text</p><button type="button">Import</button><select id="a"><option>One</option></select><button data-pagefind-ignore>x</button><script>"<button>"</script>';
    const { html: out, count } = ignoreControls(html);
    expect(count).toBe(2);
    expect(out).toBe('<p>Text</p><button data-pagefind-ignore type="button">Import</button><select data-pagefind-ignore id="a"><option>One</option></select><button data-pagefind-ignore>x</button><script>"<button>"</script>');
  });
});

describe('both in one pass', () => {
  const inTwoPasses = (html: string) => {
    const controls = ignoreControls(html);
    const blocks = separateBlocks(controls.html);
    return { html: blocks.html, ignored: controls.count, separated: blocks.count };
  };

  it('gives what ignoreControls then separateBlocks give', () => {
    const pages = [
      '<dl><dt>Use:</dt><dd>Training</dd></dl><button type="button">Import</button><select id="a"><option>One</option></select><p>x</p><p>y</p>',
      '<li><button>a</button></li><li><BUTTON>b</BUTTON></li><TD>c</TD><td>d</td>',
      '<pre><code></p><p><button>x</button></code></pre><p>x</p><script>"</li><li><select>"</script><textarea></p><p></textarea><p>z</p>',
      '<button data-pagefind-ignore>x</button></li><select data-pagefind-ignore></select></ul><ul>',
      'no tags at all',
    ];
    for (const page of pages) expect(searchTextBoundaries(page)).toEqual(inTwoPasses(page));
  });

  it('separates only lowercase end tags, as separateBlocks does, while it marks controls of any case', () => {
    expect(searchTextBoundaries('<UL><LI>a</LI><LI>b</LI></UL><Select></Select><p>').html).toBe('<UL><LI>a</LI><LI>b</LI></UL><Select data-pagefind-ignore></Select><p>');
  });
});
