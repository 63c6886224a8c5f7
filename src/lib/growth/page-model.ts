/**
 * The growth tools' data block as a built page carries it (`GrowthModel.astro` writes it, the
 * islands read it in the browser): read from the page's HTML where there is no DOM, for the build's
 * check of share links.
 */
import type { Ladder } from './self-assessment.ts';

/** The ladder in a page's growth data block; undefined when the page has none. */
export function ladderInPage(html: string): Ladder | undefined {
  const json = /<script[^>]*\bdata-growth-model\b[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1];
  return json ? (JSON.parse(json) as { ladder: Ladder }).ladder : undefined;
}
