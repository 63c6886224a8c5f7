import { describe, expect, it } from 'vitest';
import { brokenInternalLinks, elementIds, formatBrokenLinks, servedFile } from './internal-links';

const page = (path: string, body: string) => ({ path, html: `<html><body>${body}</body></html>` });
const files = (...paths: string[]) => new Set(paths);

describe('brokenInternalLinks', () => {
  it('passes links to pages, files and anchors that exist, and ignores other sites and schemes', () => {
    const pages = [
      page('/', '<a href="/a/">a</a><a href="/a/#part">part</a><a href="/data.json">json</a><a href="https://example.com/x">x</a><a href="mailto:a@b.c">mail</a><a href="//cdn.example/x">cdn</a>'),
      page('/a/', '<h2 id="part">Part</h2><a href="../">home</a><a href="#part">here</a><a href="b/">child</a>'),
      page('/a/b/', '<a href="/a/?x=1#part">query</a>'),
    ];
    expect(brokenInternalLinks(pages, { files: files('/index.html', '/a/index.html', '/a/b/index.html', '/data.json') })).toEqual([]);
  });

  it('reports a missing page, a missing anchor and a missing trailing slash, with the link as written', () => {
    const pages = [page('/', '<a href="/gone/">gone</a><a href="/a/#nowhere">anchor</a><a href="/a">slash</a><a href="#top">self</a>')];
    const broken = brokenInternalLinks(pages, { files: files('/index.html', '/a/index.html') });
    expect(broken.map((b) => [b.href, b.problem.split(' ').slice(0, 2).join(' ')])).toEqual([
      ['/gone/', 'no such'],
      ['/a/#nowhere', 'no element'],
      ['/a', 'no trailing'],
      ['#top', 'no element'],
    ]);
  });

  it('checks anchors against the target page, decoding references and escapes', () => {
    const pages = [page('/', '<a href="/t/#caf%C3%A9">é</a><a href="/t/#a&amp;b">amp</a>'), page('/t/', '<p id="café"></p><p id="a&amp;b"></p>')];
    expect(brokenInternalLinks(pages, { files: files('/index.html', '/t/index.html') })).toEqual([]);
  });

  it('hands the fragment of a page that keeps state in it to that page’s reader', () => {
    const pages = [page('/', '<a href="/tool/#v=1&x=2">ok</a><a href="/tool/#v=9">bad</a><a href="/tool/#help">anchor</a><a href="/tool/#gone">gone</a>'), page('/tool/', '<h2 id="help">Help</h2>')];
    const read: string[] = [];
    const readState = (f: string) => (read.push(f), !f.startsWith('v=') ? null : f.startsWith('v=1') ? undefined : `cannot read “${f}”`);
    const broken = brokenInternalLinks(pages, { files: files('/index.html', '/tool/index.html'), stateFragments: new Map([['/tool/', readState]]) });
    expect(broken.map((b) => [b.href, b.problem])).toEqual([
      ['/tool/#v=9', 'cannot read “v=9”'],
      ['/tool/#gone', 'no element with id “gone” on /tool/'],
    ]);
    // As the page's script reads `location.hash`: escapes kept.
    expect(brokenInternalLinks([page('/', '<a href="/tool/#v=1%2B2">plus</a>')], { files: files('/tool/index.html'), stateFragments: new Map([['/tool/', readState]]) })).toEqual([]);
    expect(read.at(-1)).toBe('v=1%2B2');
  });

  it('resolves links under the base path the site is served from, and reports one that leaves it', () => {
    const pages = [
      page('/', '<a href="/docs/a/">a</a><a href="/docs/a/#part">part</a><a href="a/">relative</a><a href="/docs/">home</a>'),
      page('/a/', '<h2 id="part">Part</h2><a href="../">home</a><a href="/docs/a/#gone">gone</a><a href="/a/">outside</a><a href="../../">above</a>'),
    ];
    const broken = brokenInternalLinks(pages, { files: files('/index.html', '/a/index.html'), base: '/docs/' });
    expect(broken.map((b) => [b.page, b.href, b.problem])).toEqual([
      ['/a/', '/docs/a/#gone', 'no element with id “gone” on /a/'],
      ['/a/', '/a/', 'outside the site’s base path /docs/ (write /docs/a/)'],
      ['/a/', '../../', 'outside the site’s base path /docs/ (write /docs/)'],
    ]);
  });

  it('judges a link written relative to its page on each page, and reports a broken link on every page that has it', () => {
    const links = '<a href="#part">anchor</a><a href="c/">child</a><a href="/gone/">gone</a><a href="/a/c/">fine</a>';
    const pages = [page('/a/', `<h2 id="part">Part</h2>${links}`), page('/b/', links)];
    const broken = brokenInternalLinks(pages, { files: files('/a/index.html', '/b/index.html', '/a/c/index.html') });
    expect(broken.map((b) => [b.page, b.href, b.problem])).toEqual([
      ['/a/', '/gone/', 'no such page'],
      ['/b/', '#part', 'no element with id “part” on /b/'],
      ['/b/', 'c/', 'no such page'],
      ['/b/', '/gone/', 'no such page'],
    ]);
  });

  it('reports a link that is not a well-formed URL instead of failing', () => {
    const broken = brokenInternalLinks([page('/', '<a href="/a/%E0%A4%A">bad</a>')], { files: files('/index.html') });
    expect(broken[0]?.problem).toMatch(/well-formed/);
  });
});

describe('the helpers', () => {
  it('serve a directory path from its index and a file path as itself', () => {
    expect(servedFile('/a/')).toBe('/a/index.html');
    expect(servedFile('/404.html')).toBe('/404.html');
  });
  it('read element ids', () => {
    expect([...elementIds('<p id="x"></p><a href="#y" data-id="z"></a><h2 id="q&amp;a">')]).toEqual(['x', 'q&a']);
  });
  it('name the page, its source when known, the link and the problem', () => {
    const text = formatBrokenLinks([{ page: '/a/', href: '/b/', problem: 'no such page' }], (p) => (p === '/a/' ? 'content/docs/a.mdx' : undefined));
    expect(text).toBe('  /a/ (content/docs/a.mdx) → /b/: no such page');
  });
  it('place a link written in its source file at its line and column, with the rule and the page a mistyped path meant', () => {
    const mdx = '---\ntitle: A\n---\n\nSee [the levels](/ladder/levls/) and <a href="/x/#gone">x</a>.\n';
    const broken = [
      { page: '/a/', href: '/ladder/levls/', problem: 'no such page' },
      { page: '/a/', href: '/x/#gone', problem: 'no element with id “gone” on /x/' },
      { page: '/a/', href: '/made-by-a-component/', problem: 'no such page' },
    ];
    const lines = formatBrokenLinks(broken, () => 'content/docs/a.mdx', { read: (f) => (f === 'content/docs/a.mdx' ? mdx : undefined), pages: ['/', '/ladder/levels/', '/x/'] }).split('\n');
    expect(lines[0]).toMatch(/^  content\/docs\/a\.mdx:5:18  broken-link  .*`\/ladder\/levls\/`.*did you mean `\/ladder\/levels\/`\?.*\(expected .*, found no such page\)$/);
    expect(lines[1]).toMatch(/^  content\/docs\/a\.mdx:5:47  broken-link  .*`\/x\/#gone`.*\(expected .*, found no element with id “gone” on \/x\/\)$/);
    expect(lines[2]).toBe('  /a/ (content/docs/a.mdx) → /made-by-a-component/: no such page');
  });
  it('place a broken link at itself, not at an earlier link whose target it begins', () => {
    const mdx = 'See [the lead](/roles/lead-ml-engineer/) and [its part](/roles/lead#x).\n\nThen [a lead](/roles/lead "Lead").\n';
    const broken = [{ page: '/a/', href: '/roles/lead', problem: 'no such page' }];
    const [line] = formatBrokenLinks(broken, () => 'content/docs/a.mdx', { read: () => mdx }).split('\n');
    expect(line).toMatch(/^  content\/docs\/a\.mdx:3:15  broken-link  .*`\/roles\/lead`/);
  });
});
