import { describe, expect, it } from 'vitest';
import { componentsInBody, tocEntries, withComponentHeadings, type Heading } from './component-headings';

const h = (depth: number, slug: string): Heading => ({ depth, slug, text: slug.toUpperCase() });

describe('the components of a page’s MDX', () => {
  it('are the tags that open a line, in order, each with the Markdown headings before it', () => {
    const body = ['import Gizmos from "./Gizmos.astro";', '', 'Intro <Inline /> text.', '', '<Gizmos />', '## First', 'text', '### Deeper', '  <Widgets kind="a">', '</Widgets>'].join('\n');
    expect(componentsInBody(body)).toEqual([
      { name: 'Gizmos', headingsBefore: 0 },
      { name: 'Widgets', headingsBefore: 2 },
    ]);
  });

  it('count a setext heading (text underlined with = or -), not a rule after a blank line', () => {
    const body = ['Intro', '=====', '', '---', '', 'Part', '---', '<Gizmos />'].join('\n');
    expect(componentsInBody(body)).toEqual([{ name: 'Gizmos', headingsBefore: 2 }]);
  });

  it('leave out code fences, their tags and their headings', () => {
    const body = ['```mdx', '## Not a heading', '<Gizmos />', '```', '## Real', '~~~', '<Widgets />', '~~~', '<Widgets />'].join('\n');
    expect(componentsInBody(body)).toEqual([{ name: 'Widgets', headingsBefore: 1 }]);
  });
});

describe('a page’s headings with its components’', () => {
  const provided = new Map([
    ['Gizmos', [h(2, 'gizmo-a'), h(2, 'gizmo-b')]],
    ['Widgets', [h(2, 'widget')]],
  ]);
  const of = (name: string) => provided.get(name);

  it('puts each component’s where the page puts the component', () => {
    const body = ['<Gizmos />', '## First', '## Second', '<Widgets />', '## Third'].join('\n');
    const page = [h(2, 'first'), h(2, 'second'), h(2, 'third')];
    expect(withComponentHeadings(body, page, of).map((x) => x.slug)).toEqual(['gizmo-a', 'gizmo-b', 'first', 'second', 'widget', 'third']);
  });

  it('puts a component after the last heading at the end, and adds nothing for a component without headings', () => {
    const page = [h(2, 'first')];
    expect(withComponentHeadings(['## First', '<Other />', '<Widgets />'].join('\n'), page, of).map((x) => x.slug)).toEqual(['first', 'widget']);
    expect(withComponentHeadings('## First\n<Other />', page, of)).toEqual(page);
  });
});

describe('the table of contents', () => {
  const top = { depth: 2, slug: '_top', text: 'Overview' };
  it('starts with the page itself and nests each heading under the last one above its level, within the levels shown', () => {
    const entries = tocEntries([h(2, 'a'), h(3, 'a1'), h(4, 'a1x'), h(3, 'a2'), h(2, 'b'), h(5, 'deep')], top, { minHeadingLevel: 2, maxHeadingLevel: 3 });
    const shape = (e: { slug: string; children: unknown[] }): unknown => (e.children.length ? { [e.slug]: (e.children as typeof entries).map(shape) } : e.slug);
    expect(entries.map(shape)).toEqual(['_top', { a: ['a1', 'a2'] }, 'b']);
  });
});
