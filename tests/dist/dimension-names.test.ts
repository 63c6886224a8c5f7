import { describe, expect, it } from 'vitest';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { loadContent } from '~/lib/content/validation/load';
import { dataOf } from '~/lib/content/validation/entry-data';
import { dimensionAnchor } from '~/lib/site/urls';
import { decodeEntities } from '~/lib/text/html-entities';
import { builtPages } from '../support/dist';
import { repoRoot } from '../support/repo';

/** A node of the HTML syntax tree (hast), as far as this test reads it. */
interface HtmlNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HtmlNode[];
}
const parseHtml = unified().use(rehypeParse);
const hasClass = (node: HtmlNode, name: string) => ([node.properties?.['className']].flat() as unknown[]).includes(name);
const elementsIn = (node: HtmlNode, test: (n: HtmlNode) => boolean): HtmlNode[] => [
  ...(node.type === 'element' && test(node) ? [node] : []),
  ...(node.children ?? []).flatMap((c) => elementsIn(c, test)),
];
/** The text of `node`, leaving out the parts `skip` accepts (a weight beside the name). */
const textOf = (node: HtmlNode, skip: (n: HtmlNode) => boolean = () => false): string =>
  node.type === 'text' ? (node.value ?? '') : node.type === 'element' && skip(node) ? '' : (node.children ?? []).map((c) => textOf(c, skip)).join('');
const clean = (s: string) => decodeEntities(s).replace(/\s+/g, ' ').trim();

const { entries } = loadContent(repoRoot);
const competencyNames = new Map(entries.filter((e) => e.collection === 'competencies').map((e) => [dimensionAnchor(e.id), String(dataOf(e)['name'])]));

/**
 * Every place a page shows a scorecard dimension by its anchor (`dimension-<competency>`): the
 * scorecard table's row header and the calculator's fieldset legend, without the weight beside it.
 */
const shownDimensions = builtPages().flatMap((page) =>
  elementsIn(parseHtml.parse(page.html) as HtmlNode, (n) => typeof n.properties?.['id'] === 'string' && competencyNames.has(n.properties['id'] as string)).flatMap((n) => {
    const anchor = n.properties!['id'] as string;
    const named = elementsIn(n, (m) => m.tagName === 'legend' || (m.tagName === 'th' && m.properties?.['scope'] === 'row'))[0];
    return named ? [{ page: page.path, anchor, shown: clean(textOf(named, (m) => hasClass(m, 'sc-weight'))) }] : [];
  }),
);

describe('a scorecard dimension', () => {
  it('is shown somewhere, on the scorecard table and in the calculator', () => {
    expect(shownDimensions.length).toBeGreaterThan(0);
    expect(new Set(shownDimensions.map((d) => d.page)).size).toBeGreaterThan(1);
  });

  it('shows its competency’s name wherever it is shown', () => {
    const differing = shownDimensions.filter((d) => d.shown !== competencyNames.get(d.anchor));
    expect(differing).toEqual([]);
  });
});
