/**
 * A page's “Last updated” (Starlight's footer) counts the data files its generated blocks are made
 * from. Starlight dates a page written in MDX by that file's last commit, which holds only the text
 * around the tables and lists; a team that edits only `content/roles/…/kpis.yaml` would otherwise
 * see the KPI page keep its old date. Each generated block names its file in the HTML
 * (`dataFilesIn`), so the date is settled once the page is rendered, in `finishPage`.
 */
import { dataFilesIn } from './edit-link.ts';

/** When the newest of these repository files was last committed; undefined when none was. */
export type NewestCommit = (files: readonly string[]) => Date | undefined;

/** The footer's `<time datetime="…">…</time>`: Starlight's “Last updated”, the one time element of its footer. */
const footerTime = /(<footer\b(?:(?!<\/footer>)[\s\S])*?<time datetime=")([^"]+)("[^>]*>)([^<]*)(<\/time>)/;

/** `html` with its “Last updated” moved to the newest commit of the data files it names, when that is later. */
export function withDataDates(html: string, newestCommit: NewestCommit): string {
  // The data files first: most pages name none, and the footer's date is then not looked for.
  const files = dataFilesIn(html);
  if (files.length === 0) return html;
  const shown = footerTime.exec(html);
  if (!shown) return html;
  const newest = newestCommit(files);
  const current = new Date(shown[2]!);
  if (!newest || !(newest.getTime() > current.getTime())) return html;
  const lang = /<html\b[^>]*?\slang="([^"]+)"/.exec(html)?.[1] ?? 'en';
  // As Starlight writes it (its LastUpdated component), so that a moved date reads like any other.
  const text = newest.toLocaleDateString(lang, { dateStyle: 'medium', timeZone: 'UTC' });
  return html.replace(footerTime, (_all, open: string, _at: string, close: string, _text: string, end: string) => `${open}${newest.toISOString()}${close}${text}${end}`);
}
