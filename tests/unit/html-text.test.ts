import { expect, it } from 'vitest';
import { mainText } from '../support/html-text';

it('reads the visible text of <main>, separating blocks and decoding entities', () => {
  const html = '<html><body><nav>Menu</nav><main><h1>Title</h1><p>A <strong>bold</strong> claim &amp; a &ldquo;quote&#8221;.</p><script>var x = 1;</script><ul><li>one</li><li>two</li></ul></main></body></html>';
  expect(mainText(html)).toBe('Title A bold claim & a “quote”. one two');
});
