/**
 * One or two stylesheets a page instead of one per component. Astro links a page's CSS as one file
 * per chunk (Starlight's layout, each component with its own styles: 8 to 13 files a page), and
 * the browser paints nothing until it has them all. On a slow connection each further file costs a
 * round trip: Lighthouse's simulated phone painted the Lead's level page at 1.4 s with its 12
 * files and at 1.1 s with them joined (Performance 99 → 100 in that run). A page written in MDX
 * links its components' styles after a script, apart from the layout's: two runs, two files.
 *
 * The build replaces each run of consecutive stylesheet links of the build's assets with one link
 * to a file holding their text in the same order, which the cascade reads exactly as it read the
 * separate files. A link with other attributes (`media="print"`) or outside the assets folder is
 * left where it is and ends a run, so the order of every stylesheet on the page is kept. Pages that
 * link the same run share one file, named after its content so that hosts may cache it for good.
 */
import { createHash } from 'node:crypto';

/** A `<link>` the build wrote for a stylesheet, with nothing but its href. */
const plainStylesheetLink = /<link rel="stylesheet" href="([^"]+)"\s*\/?>/g;

/**
 * The page with every run of two or more consecutive stylesheet links under `assetsPrefix`
 * replaced by one link to `join(hrefs)`; whitespace between the links of a run goes with them. A
 * run that `join` cannot join (it returns undefined) stays as it is.
 */
export function joinStylesheets(html: string, assetsPrefix: string, join: (hrefs: string[]) => string | undefined): string {
  const runs: { start: number; end: number; hrefs: string[] }[] = [];
  for (const m of html.matchAll(plainStylesheetLink)) {
    const href = m[1]!;
    const start = m.index;
    const end = start + m[0].length;
    if (!href.startsWith(assetsPrefix)) continue;
    const last = runs.at(-1);
    if (last && /^\s*$/.test(html.slice(last.end, start))) {
      last.hrefs.push(href);
      last.end = end;
    } else runs.push({ start, end, hrefs: [href] });
  }
  let out = '';
  let from = 0;
  for (const run of runs.filter((r) => r.hrefs.length > 1)) {
    const joined = join(run.hrefs);
    if (joined === undefined) continue;
    out += html.slice(from, run.start) + `<link rel="stylesheet" href="${joined}">`;
    from = run.end;
  }
  return out + html.slice(from);
}

/** Rules a browser reads only at the top of a stylesheet: after another file's rules they would be ignored. */
const topOnlyRule = /^(?:\s|\/\*[\s\S]*?\*\/)*@(?:charset|import|namespace)\b/i;

/**
 * The joined text of stylesheets, in order, and the file name it is written under (named by its
 * content); undefined when a stylesheet after the first starts with `@import`, `@charset` or
 * `@namespace`, which would stop working in the middle of the joined file.
 */
export function joinedStylesheet(texts: readonly string[]): { text: string; fileName: string } | undefined {
  if (texts.slice(1).some((t) => topOnlyRule.test(t))) return undefined;
  const text = texts.map((t) => t.replace(/\s+$/, '')).join('\n') + '\n';
  return { text, fileName: `page-styles.${createHash('sha256').update(text).digest('hex').slice(0, 10)}.css` };
}
