import type { Entry, Page } from '../load.ts';
import { dataOf, defineRule, reporter, type Data } from '../rule.ts';
import type { PathKey } from '../yaml-source.ts';

/** Every provenance object of an entry (a value with a `kind` under a `provenance` key), with its path. */
function provenancesOf(value: unknown, path: PathKey[] = [], under = false): { path: PathKey[]; provenance: Data }[] {
  if (!value || typeof value !== 'object') return [];
  if (under && !Array.isArray(value) && 'kind' in value) return [{ path, provenance: value as Data }];
  const children: [PathKey, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return children.flatMap(([key, child]) => provenancesOf(child, [...path, key], under || key === 'provenance'));
}

/** The headings of a page's body (levels 2 to 4), as plain text: links and code marks removed. */
function headingsOf(page: Page): Set<string> {
  const headings = new Set<string>();
  let inFence = false;
  for (const line of page.text.split('\n').slice(page.bodyStartLine - 1)) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const h = inFence ? null : /^#{2,4}\s+(.+?)\s*#*\s*$/.exec(line);
    if (h) headings.add(h[1]!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[`*_]/g, ''));
  }
  return headings;
}

export const provenanceSource = defineRule({
  id: 'provenance-source',
  description:
    'Every provenance says where its content comes from truthfully: `role-description` and `derived` name at least one section, each a heading of the page its link points to; `handbook` names none.',
  hint: 'Name the section by its heading as the page shows it and link to that page; or, for content written for the handbook, use `kind: handbook` without `sections`.',
  check(content) {
    const { problems, report } = reporter('provenance-source');
    const pages = content.unreadable.has('docs') ? undefined : new Map(content.pages.map((p) => [p.href, p]));
    const headings = new Map<string, Set<string>>();
    const headingsAt = (page: Page) => headings.get(page.href) ?? headings.set(page.href, headingsOf(page)).get(page.href)!;

    const check = (entry: Entry, path: PathKey[], provenance: Data) => {
      const kind = provenance['kind'];
      const sections = Array.isArray(provenance['sections']) ? (provenance['sections'] as Data[]) : [];
      if (kind === 'handbook' && sections.length)
        report(entry, [...path, 'sections'], 'content written for the handbook names sections of the role description', {
          expected: '`kind: role-description` or `derived` with these sections, or no `sections`',
          found: `${sections.length} section${sections.length === 1 ? '' : 's'}`,
        });
      if ((kind === 'role-description' || kind === 'derived') && !sections.length)
        report(entry, [...path, 'kind'], `\`${kind}\` provenance names no section of the role description`, {
          expected: 'a `sections` list with the heading and page of each section it comes from',
          found: 'no sections',
        });
      if (!pages) return;
      sections.forEach((section, i) => {
        const href = section['href'];
        const name = section['name'];
        if (typeof href !== 'string' || typeof name !== 'string') return; // A schema problem.
        const page = pages.get(href.split('#')[0]!);
        if (!page) {
          report(entry, [...path, 'sections', i, 'href'], `page \`${href}\` does not exist`, { expected: 'the path of a page in content/docs', found: `\`${href}\`` });
          return;
        }
        const known = headingsAt(page);
        if (!known.has(name))
          report(entry, [...path, 'sections', i, 'name'], `“${name}” is not a heading of ${page.href}`, {
            expected: `one of ${[...known].map((h) => `“${h}”`).join(', ') || 'its headings (it has none)'}`,
            found: `“${name}”`,
          });
      });
    };

    for (const entry of content.entries) for (const { path, provenance } of provenancesOf(dataOf(entry))) check(entry, path, provenance);
    return problems;
  },
});
