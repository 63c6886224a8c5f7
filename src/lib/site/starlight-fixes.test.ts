import { describe, expect, it } from 'vitest';
import { fixStarlightHtml, type FixName } from './starlight-fixes';

/** One fix as every page gets it: the page through all the fixes, and how many places this one counted. */
const fix =
  (name: FixName) =>
  (html: string): { html: string; count: number } => {
    const fixed = fixStarlightHtml(html);
    return { html: fixed.html, count: fixed.applied[name] };
  };
const hideSearchShortcut = fix('searchShortcutHidden');
const wrapAriaHiddenScripts = fix('scriptAriaHidden');
const fixExpressiveCode = fix('expressiveCode');
const moveCspMetaFirst = fix('cspMetaFirst');
const separateLinkText = fix('linkText');
const unescapeAnchorLabels = fix('anchorLabel');

const searchButton =
  '<site-search><button data-open-modal disabled aria-label="Search" aria-keyshortcuts="Control+K"><svg aria-hidden="true"></svg>' +
  '<span class="sl-hidden md:sl-block" aria-hidden="true">Search</span><kbd class="sl-hidden md:sl-flex" style="display: none;"><kbd>Ctrl</kbd><kbd>K</kbd></kbd></button></site-search>';

describe('hideSearchShortcut', () => {
  it('hides the shortcut of the search button from its accessible name, once', () => {
    const { html, count } = hideSearchShortcut(searchButton);
    expect(count).toBe(1);
    expect(html).toContain('<kbd aria-hidden="true" class="sl-hidden md:sl-flex"');
    expect(html.match(/aria-hidden="true"/g)).toHaveLength(3);
    expect(hideSearchShortcut(html).count).toBe(0);
  });

  it('leaves other buttons alone', () => {
    expect(hideSearchShortcut('<button>Copy <kbd>C</kbd></button>').count).toBe(0);
  });
});

describe('wrapAriaHiddenScripts', () => {
  it('moves aria-hidden from a script to a hidden wrapper, keeping the script text (and its CSP hash)', () => {
    const body = "\n\t(() => { window._x = '<b>'; })();\n";
    const { html, count } = wrapAriaHiddenScripts(`<p>a</p><script aria-hidden="true">${body}</script><script>other()</script>`);
    expect(count).toBe(1);
    expect(html).toBe(`<p>a</p><div hidden><script>${body}</script></div><script>other()</script>`);
  });
});

describe('fixExpressiveCode', () => {
  const block =
    '<pre data-language="js"><code><div class="ec-line"><div class="code"><span style="--0:#fff">a</span></div></div>' +
    '<div class="ec-line"><div class="code">b</div></div></code></pre>' +
    '<div class="copy"><div aria-live="polite"></div><button title="Copy to clipboard" data-copied="Copied!" data-code="a\u007fb"><div></div></button></div>';

  it('makes the block focusable, turns line divs into spans, line separators into newlines and the button background into a span', () => {
    const { html, count } = fixExpressiveCode(block);
    expect(count).toBe(2);
    expect(html).toBe(
      '<pre tabindex="0" data-language="js"><code><span class="ec-line"><span class="code"><span style="--0:#fff">a</span></span></span>' +
        '<span class="ec-line"><span class="code">b</span></span></code></pre>' +
        '<div class="copy"><div aria-live="polite"></div><button title="Copy to clipboard" data-copied="Copied!" data-code="a&#10;b"><span class="ec-copy-bg"></span></button></div>',
    );
  });

  it('leaves code blocks that are not Expressive Code alone', () => {
    const plain = '<pre><code><div>x</div></code></pre>';
    expect(fixExpressiveCode(plain)).toEqual({ html: plain, count: 0 });
  });
});

describe('moveCspMetaFirst', () => {
  it('puts the policy right after the charset, before any script', () => {
    const page = '<head><meta charset="utf-8"/><script>theme()</script><meta http-equiv="content-security-policy" content="default-src \'self\'"></head>';
    const { html, count } = moveCspMetaFirst(page);
    expect(count).toBe(1);
    expect(html).toBe('<head><meta charset="utf-8"/><meta http-equiv="content-security-policy" content="default-src \'self\'"><script>theme()</script></head>');
  });

  it('does nothing when the policy already comes first or is missing', () => {
    const first = '<meta charset="utf-8"><meta http-equiv="content-security-policy" content="x"><script></script>';
    expect(moveCspMetaFirst(first).count).toBe(0);
    expect(moveCspMetaFirst('<meta charset="utf-8"><script></script>').count).toBe(0);
  });
});

describe('separateLinkText', () => {
  it('puts a space between a link card’s title and its description, and between hero buttons', () => {
    const card = '<span class="sl-flex stack"><a href="/x/"><span class="title">Title</span></a><span class="description astro-1">Text</span></span>';
    const hero = '<a class="sl-link-button primary" href="/a/">A</a><a class="sl-link-button minimal" href="/b/">B</a>';
    const { html, count } = separateLinkText(card + hero);
    expect(count).toBe(2);
    expect(html).toContain('</a> <span class="description astro-1">');
    expect(html).toContain('A</a> <a class="sl-link-button minimal"');
  });

  it('leaves other adjacent links alone', () => {
    const html = '<p><a href="/a/">A</a><a href="/b/">B</a></p>';
    expect(separateLinkText(html)).toEqual({ html, count: 0 });
  });
});

describe('unescapeAnchorLabels', () => {
  const anchor = (heading: string, label: string) =>
    `<div class="sl-heading-wrapper level-h2"><h2 id="x">${heading}</h2>\n<a class="sl-anchor-link" href="#x"><span aria-hidden="true" class="sl-anchor-icon"><svg></svg></span><span class="sr-only" data-pagefind-ignore="">${label}</span></a></div>`;

  it('gives a label that escapes its heading’s HTML again the heading’s text, once per heading', () => {
    const html = anchor('A &amp; B <em>&lt;C&gt;</em>', 'Section titled “A &amp;amp; B &amp;lt;C&amp;gt;”') + anchor('D &amp; E', 'Section titled “D &amp;amp; E”');
    expect(unescapeAnchorLabels(html)).toEqual({ html: anchor('A &amp; B <em>&lt;C&gt;</em>', 'Section titled “A &amp; B &lt;C&gt;”') + anchor('D &amp; E', 'Section titled “D &amp; E”'), count: 2 });
  });

  it('reads each heading on its own, a heading without a link before it included', () => {
    const html = '<h2>Plain &amp; simple</h2><p>x</p>' + anchor('D &amp; E', 'Section titled “D &amp;amp; E”');
    expect(unescapeAnchorLabels(html)).toEqual({ html: '<h2>Plain &amp; simple</h2><p>x</p>' + anchor('D &amp; E', 'Section titled “D &amp; E”'), count: 1 });
  });

  it('leaves a label escaped once alone, even one that names an entity', () => {
    const html = anchor('A &amp; B', 'Section titled “A &amp; B”') + anchor('The <code>&amp;amp;</code> entity', 'Section titled “The &amp;amp; entity”');
    expect(unescapeAnchorLabels(html)).toEqual({ html, count: 0 });
  });
});

describe('fixStarlightHtml', () => {
  const oneAfterAnother = (html: string) =>
    [hideSearchShortcut, wrapAriaHiddenScripts, fixExpressiveCode, moveCspMetaFirst, separateLinkText, unescapeAnchorLabels].reduce((page, fix) => fix(page).html, html);
  const codeBlock =
    '<figure><pre data-language="sh"><code><div class="ec-line"><div class="code">npm test</div></div></code></pre>' +
    '<div class="copy"><button title="Copy" data-code="npm\u007ftest"><div></div></button></div></figure>';
  const anchored = '<h2 id="a">A &amp; B</h2><a class="sl-anchor-link" href="#a"><span class="sr-only">Section titled “A &amp;amp; B”</span></a>';
  const card = '<span class="stack"><a href="/x/"><span class="title">X</span></a><span class="description">Text</span></span>';
  const page =
    `<head><meta charset="utf-8"><script>theme()</script><meta http-equiv="content-security-policy" content="default-src 'self'"></head>` +
    `<body>${searchButton}<nav><script aria-hidden="true">state()</script></nav><main>${anchored}${card}${codeBlock}</main></body>`;

  it('gives the page that applying the fixes one after another gives', () => {
    const { html, applied } = fixStarlightHtml(page);
    expect(html).toBe(oneAfterAnother(page));
    expect(applied).toEqual({ searchShortcutHidden: 1, scriptAriaHidden: 1, expressiveCode: 2, cspMetaFirst: 1, linkText: 1, anchorLabel: 1 });
  });

  it('applies the fixes one after another where two of them change the same text', () => {
    // A script inside the search button, before its shortcut: both fixes would rewrite it.
    const tangled = searchButton.replace('<kbd class', '<script aria-hidden="true">x()</script><kbd class');
    const { html, applied } = fixStarlightHtml(tangled);
    expect(html).toBe(oneAfterAnother(tangled));
    expect(applied.searchShortcutHidden + applied.scriptAriaHidden).toBe(2);
  });

  it('reports what each fix changed', () => {
    const { applied } = fixStarlightHtml(`<meta charset="utf-8">${searchButton}<script aria-hidden="true">x</script>`);
    expect(applied).toEqual({ searchShortcutHidden: 1, scriptAriaHidden: 1, expressiveCode: 0, cspMetaFirst: 0, linkText: 0, anchorLabel: 0 });
  });
});
