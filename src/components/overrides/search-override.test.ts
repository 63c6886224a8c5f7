import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The handbook's Search.astro is Starlight's, copied, with a few lines changed. This test applies
 * exactly those changes to the Search.astro of the installed Starlight and expects the override:
 * after a Starlight upgrade that touches the component, it fails, so that someone copies the new
 * version and makes the changes again rather than keep an old copy by accident.
 */
/** The installed Starlight's component, through its public export `@astrojs/starlight/components/*`. */
const upstream = readFileSync(createRequire(import.meta.url).resolve('@astrojs/starlight/components/Search.astro'), 'utf8');
const override = readFileSync(join(import.meta.dirname, 'Search.astro'), 'utf8');

/** The handbook's changes, each as Starlight's lines and what the override has instead. */
const changes: { why: string; starlight: string; handbook: string }[] = [
  {
    why: 'a doc comment on the copy, and Icon from its public export (a copy cannot import Starlight’s internal path)',
    starlight: "---\nimport Icon from '../user-components/Icon.astro';\n",
    handbook: `---\n${/^---\n(\/\*\*[\s\S]*?\*\/)\n/.exec(override)?.[1] ?? '(the override has no doc comment)'}\nimport { Icon } from '@astrojs/starlight/components';\n`,
  },
  {
    why: 'the shortcut drawn by CSS: keys in data-key, not text (label-content-name-mismatch)',
    starlight: `\t\t<kbd class="sl-hidden md:sl-flex" style="display: none">\n\t\t\t<kbd>{Astro.locals.t('search.ctrlKey')}</kbd><kbd>K</kbd>\n\t\t</kbd>\n`,
    handbook: `\t\t<kbd aria-hidden="true" class="sl-hidden md:sl-flex" style="display: none">\n\t\t\t<kbd data-key={Astro.locals.t('search.ctrlKey')}></kbd><kbd data-key="K"></kbd>\n\t\t</kbd>\n`,
  },
  {
    why: 'the Apple key set the same way',
    starlight: "\t\t\tplatformKey.textContent = '⌘';\n",
    handbook: "\t\t\tplatformKey.dataset.key = '⌘';\n",
  },
  {
    why: 'the query’s function words dropped, the ranking-only search fields hidden, and those the own excerpt shows, the sections chosen by weight, Pagefind’s module with a fallback (src/lib/site/search-query.ts, search-weights.ts, search-sections.ts, search-fallback.ts); the states of drawing Pagefind’s UI (search-loading.ts)',
    starlight: "\timport { pagefindUserConfig } from 'virtual:starlight/pagefind-config';\n",
    handbook:
      "\timport { pagefindUserConfig } from 'virtual:starlight/pagefind-config';\n\t// What the search box sends and which search fields it shows (handbook change).\n\timport { searchTerms } from '~/lib/site/search-query';\n\timport { hiddenResultFields } from '~/lib/site/search-result-tags';\n\timport { strongestSections, type RankedSection } from '~/lib/site/search-sections';\n\timport { searchApiRoute } from '~/lib/site/urls';\n\timport { nextSearchUiLoad, searchHandOver, searchUiStatus, startsDrawing, type SearchUiEvent, type SearchUiLoad } from '~/lib/site/search-loading';\n",
  },
  {
    why: 'Pagefind’s module loaded through the handbook’s, which answers a query that finds nothing with the pages that match most of it (src/lib/site/search-fallback.ts)',
    starlight: "\t\t\t\t\t\tbundlePath: import.meta.env.BASE_URL.replace(/\\/$/, '') + '/pagefind/',\n",
    handbook: "\t\t\t\t\t\t// Pagefind's module with a fallback for queries that find nothing (handbook change).\n\t\t\t\t\t\tbundlePath: import.meta.env.BASE_URL.replace(/\\/$/, '') + searchApiRoute.bundlePath,\n",
  },
  {
    why: 'only the filter values that have results; the query’s topic words; no ranking-only fields under results, nor one the own excerpt shows; the weightiest sections',
    starlight: '\t\t\t\t\t\tshowSubResults: true,\n\t\t\t\t\t\tprocessResult: (result: { url: string; sub_results: Array<{ url: string }> }) => {\n',
    handbook:
      '\t\t\t\t\t\tshowSubResults: true,\n\t\t\t\t\t\t// Hide filter values with no results for the current search (handbook change).\n\t\t\t\t\t\tshowEmptyFilters: false,\n\t\t\t\t\t\t// Search for the words of a question that carry its topic (handbook change).\n\t\t\t\t\t\tprocessTerm: searchTerms,\n\t\t\t\t\t\tprocessResult: (result: { url: string; excerpt: string; meta: Record<string, unknown>; sub_results: Array<RankedSection> }) => {\n\t\t\t\t\t\t\t// The sections where the query weighs most, not where it occurs most (handbook change).\n\t\t\t\t\t\t\tresult.sub_results = strongestSections(result.url, result.sub_results);\n\t\t\t\t\t\t\t// Search fields that only rank, or that the page\'s own excerpt shows, are not tags under the result (handbook change).\n\t\t\t\t\t\t\tfor (const field of hiddenResultFields(result)) delete result.meta[field];\n',
  },
  {
    why: 'a placeholder in the dialog until Pagefind’s UI is drawn: a search box to type into at once, and a status line (loading, or a failure)',
    starlight: '\t\t\t\t<div class="search-container"><div id="starlight__search" /></div>\n',
    handbook: `\t\t\t\t<div class="search-container">\n${/\n(\t+\{\/\* Until Pagefind's UI is drawn[\s\S]*?\n)\t+<div id="starlight__search" \/>\n/.exec(override)?.[1] ?? '(the override has no placeholder)'}\t\t\t\t\t<div id="starlight__search" />\n\t\t\t\t</div>\n`,
  },
  {
    why: 'the dialog opens at once, in the reader’s gesture (a phone shows its keyboard only then), with focus in the placeholder’s box until Pagefind’s is drawn, which starts the drawing',
    starlight: "\t\t\tconst openModal = (event?: MouseEvent) => {\n\t\t\t\tdialog.showModal();\n",
    handbook:
      "\t\t\tconst openModal = (event?: MouseEvent) => {\n\t\t\t\t// The dialog opens at once, in the reader's gesture; its first input is the placeholder's\n\t\t\t\t// search box until Pagefind's UI is drawn (handbook change).\n\t\t\t\tdrawSearch();\n\t\t\t\tdialog.showModal();\n",
  },
  {
    why: 'Pagefind’s UI drawn when a reader is about to search (pointer over or down on the button, a touch, focus, a click, Ctrl K), not at idle: its module and first drawing were among the longest tasks of a page’s load (issue 20); once drawn, its box takes over the placeholder’s text and focus; a failed draw says so and is tried again',
    starlight:
      "\t\t\twindow.addEventListener('DOMContentLoaded', () => {\n\t\t\t\tif (import.meta.env.DEV) return;\n\t\t\t\tconst onIdle = window.requestIdleCallback || ((cb) => setTimeout(cb, 1));\n\t\t\t\tonIdle(async () => {\n",
    handbook: `${/\n(\t+\/\/ Pagefind's UI is drawn when a reader is about to search[\s\S]*?\t+void \(async \(\) => \{\n)/.exec(override)?.[1] ?? '(the override draws no search on intent)'}`,
  },
  {
    why: 'the end of that function, and the events that start the drawing',
    starlight: '\t\t\t\t\t});\n\t\t\t\t});\n\t\t\t});\n\t\t}\n\t}\n',
    handbook: "\t\t\t\t\t});\n\t\t\t\t})().then(handOver, drawFailed);\n\t\t\t};\n\t\t\tfor (const intent of ['pointerenter', 'pointerdown', 'touchstart', 'focus'] as const) openBtn.addEventListener(intent, drawSearch, { passive: true });\n\t\t}\n\t}\n",
  },
  {
    why: 'the placeholder drawn as Pagefind’s search box',
    starlight: "\t\t:root[data-theme='light'] #starlight__search {\n\t\t\t--pagefind-ui-tag: var(--sl-color-gray-6);\n\t\t}\n",
    handbook: `\t\t:root[data-theme='light'] #starlight__search {\n\t\t\t--pagefind-ui-tag: var(--sl-color-gray-6);\n\t\t}\n${/\t\t\}\n(\n\t\t\/\* The placeholder's search box[\s\S]*?\n)(?=\n\t\t@media \(min-width: 50rem\) \{\n\t\t\t#starlight__search)/.exec(override)?.[1] ?? '(the override does not style a placeholder)'}`,
  },
  {
    why: 'the CSS that draws the keys',
    starlight: '\t\tkbd {\n\t\t\tfont-family: var(--__sl-font);\n\t\t}\n',
    handbook:
      "\t\tkbd {\n\t\t\tfont-family: var(--__sl-font);\n\t\t}\n\n\t\t/* The key, shown but not text: its alternative text is empty (handbook change). */\n\t\tkbd[data-key]::before {\n\t\t\tcontent: attr(data-key) / '';\n\t\t}\n",
  },
];

/** The first line where two texts differ, with its neighbours, for a message a reader can act on. */
function firstDifference(a: string, b: string): string {
  const [linesA, linesB] = [a.split('\n'), b.split('\n')];
  const at = linesA.findIndex((line, i) => line !== linesB[i]);
  const show = (lines: string[]) => lines.slice(Math.max(0, at - 2), at + 3).join('\n');
  return at === -1 ? '' : `line ${at + 1}:\nexpected (Starlight with the handbook's changes)\n${show(linesA)}\nfound (the override)\n${show(linesB)}`;
}

describe('the Search override', () => {
  it('finds each line the handbook changes in the installed Starlight, once', () => {
    const gone = changes.filter((c) => upstream.split(c.starlight).length !== 2).map((c) => c.why);
    expect(gone, 'Starlight’s Search.astro changed where the handbook changes it: copy the new version into src/components/overrides/Search.astro and make these changes again').toEqual([]);
  });

  it('is Starlight’s Search.astro with only those changes', () => {
    const expected = changes.reduce((text, c) => text.replace(c.starlight, c.handbook), upstream);
    expect(firstDifference(expected, override), 'The override differs from Starlight’s component beyond the handbook’s changes (or Starlight changed it): bring the copy up to date, keeping the changes listed in this test').toBe('');
  });
});
