import { expect, it } from 'vitest';
import { asShown, mainText, runTogetherWords } from '../support/html-text';

it('reads the visible text of <main>, separating blocks and decoding entities', () => {
  const html = '<html><body><nav>Menu</nav><main><h1>Title</h1><p>A <strong>bold</strong> claim &amp; a &ldquo;quote&#8221;.</p><script>var x = 1;</script><ul><li>one</li><li>two</li></ul></main></body></html>';
  expect(mainText(html)).toBe('Title A bold claim & a “quote”. one two');
});

it('finds the words a search index runs together where elements meet, outside code', () => {
  const html = '<p><span>Raised</span><a href="#">Across all levels</a> (see <em>notes</em>).</p><pre><code><span>name:</span><span>x</span></code></pre>';
  expect(runTogetherWords('RaisedAcross all levels (see notes). name:x', html)).toEqual(['RaisedAcross']);
  expect(runTogetherWords('Raised Across all levels (see notes). name:x', html)).toEqual([]);
});

it('looks for a content value as the page shows it: two spaces after a full stop, or a `|` block’s line breaks, as one space', () => {
  const value = 'Owns the roadmap.  Reviews designs\nacross teams.\n';
  expect(mainText(`<main><p>${value}</p></main>`)).toContain(asShown(value));
  expect(mainText(`<main><p>${value}</p></main>`)).not.toContain(value);
});
