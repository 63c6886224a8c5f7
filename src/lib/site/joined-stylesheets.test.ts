import { describe, expect, it } from 'vitest';
import { joinStylesheets, joinedStylesheet } from './joined-stylesheets';

const link = (href: string, extra = '') => `<link rel="stylesheet" href="${href}"${extra}>`;
const hrefsOf = (html: string) => [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]);
const byName = (hrefs: string[]) => `/a/joined(${hrefs.map((h) => h.replace('/a/', '')).join('+')}).css`;

describe('joinStylesheets', () => {
  it('replaces consecutive stylesheet links of the assets folder with one link, where the first stood', () => {
    const html = `<head><meta charset="utf-8">${link('/a/one.css')}\n  ${link('/a/two.css')}${link('/a/three.css')}<script src="/a/x.js"></script></head>`;
    const joined = joinStylesheets(html, '/a/', byName);
    expect(hrefsOf(joined)).toEqual(['/a/joined(one.css+two.css+three.css).css']);
    expect(joined).toBe(`<head><meta charset="utf-8">${link('/a/joined(one.css+two.css+three.css).css')}<script src="/a/x.js"></script></head>`);
  });

  it('keeps the order of every stylesheet: a print sheet or one outside the assets folder ends a run and stays in place', () => {
    const html = [link('/a/print.css', ' media="print"'), link('/a/one.css'), link('/a/two.css'), link('/elsewhere/picker.css'), link('/a/three.css'), link('/a/four.css')].join('');
    expect(hrefsOf(joinStylesheets(html, '/a/', byName))).toEqual(['/a/print.css', '/a/joined(one.css+two.css).css', '/elsewhere/picker.css', '/a/joined(three.css+four.css).css']);
  });

  it('does not join links that other markup separates', () => {
    const html = `${link('/a/one.css')}<meta name="x">${link('/a/two.css')}`;
    expect(joinStylesheets(html, '/a/', byName)).toBe(html);
  });

  it('leaves a run as it is when it cannot be joined', () => {
    const html = `${link('/a/one.css')}${link('/a/two.css')}`;
    expect(joinStylesheets(html, '/a/', () => undefined)).toBe(html);
  });

  it('leaves a page with one stylesheet, or none, as it is', () => {
    for (const html of [`<head>${link('/a/one.css')}</head>`, '<p>A printable card</p>']) expect(joinStylesheets(html, '/a/', byName)).toBe(html);
  });
});

describe('joinedStylesheet', () => {
  it('holds the texts in order, one per line, and is named by its content', () => {
    const a = joinedStylesheet(['a{color:red}\n', 'b{color:blue}'])!;
    expect(a.text).toBe('a{color:red}\nb{color:blue}\n');
    expect(a.fileName).toMatch(/^page-styles\.[0-9a-f]{10}\.css$/);
    expect(joinedStylesheet(['a{color:red}', 'b{color:blue}'])!.fileName).toBe(a.fileName);
    expect(joinedStylesheet(['b{color:blue}', 'a{color:red}'])!.fileName).not.toBe(a.fileName);
  });

  it('refuses to move a rule that works only at the top of a stylesheet into the middle', () => {
    for (const rule of ['@import url("x.css");', '/* a comment */ @charset "utf-8";', '\n@namespace svg url(http://www.w3.org/2000/svg);'])
      expect(joinedStylesheet(['a{color:red}', `${rule}b{color:blue}`]), rule).toBeUndefined();
    expect(joinedStylesheet(['@import url("x.css");a{color:red}', 'b{color:blue}'])).toBeDefined();
  });
});
