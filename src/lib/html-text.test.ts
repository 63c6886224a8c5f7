import { expect, it } from 'vitest';
import { divContent, mainText } from './html-text';

it('reads the visible text of <main>, separating blocks and decoding entities', () => {
  const html = '<html><body><nav>Menu</nav><main><h1>Title</h1><p>A <strong>bold</strong> claim &amp; a &ldquo;quote&#8221;.</p><script>var x = 1;</script><ul><li>one</li><li>two</li></ul></main></body></html>';
  expect(mainText(html)).toBe('Title A bold claim & a “quote”. one two');
});

it('takes the inner HTML of a div by class, balancing nested divs and dropping scripts and styles', () => {
  const html =
    '<main><div class="x"><h1>T</h1></div><div class="panel sl-markdown-content wide"><p>One</p><div><div>Two</div></div>' +
    '<script type="module">run()</script><style>p{}</style><p>Three</p></div><footer>F</footer></main>';
  expect(divContent(html, 'sl-markdown-content')).toBe('<p>One</p><div><div>Two</div></div><p>Three</p>');
  expect(divContent('<div class="sl-markdown-contents">No</div>', 'sl-markdown-content')).toBe('');
  expect(divContent('<div class="sl-markdown-content"><p>Unclosed', 'sl-markdown-content')).toBe('<p>Unclosed');
});
