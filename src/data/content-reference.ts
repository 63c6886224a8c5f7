/** Examples from the real content for the Content reference page. */
import { getCollection } from 'astro:content';
import { stringify } from 'yaml';
import { dataCollectionsByName, roleParts, type DataCollectionName } from '~/schemas/collections';
import { schemaAt } from '~/lib/content/validation/schema-issues';

/** The role whose folder holds the most parts of a role description: the fullest example of each. */
async function fullestRole(): Promise<string | undefined> {
  const counts = new Map<string, number>();
  for (const part of roleParts) for (const e of await getCollection(part.name)) counts.set(e.id, (counts.get(e.id) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

/** Longest text an example shows in full; longer ones are cut at a word, with an ellipsis. */
const exampleTextLength = 120;
const cut = (text: string) => (text.length <= exampleTextLength ? text : `${text.slice(0, text.lastIndexOf(' ', exampleTextLength))} …`);

/**
 * A short example of an entry of any data collection, from the real content, with lists cut to
 * their first item, long texts cut short, and the fields named in `omit` left out (a field type documented once, with its
 * own example, such as `provenance`). A `list` collection's example is a one-item list, as its file is.
 */
export async function getCollectionExample(name: DataCollectionName, kind: 'list' | 'document', omit: readonly string[] = []): Promise<unknown> {
  const entries = await getCollection(name);
  const role = await fullestRole();
  const first = entries.find((e) => e.id === role) ?? entries[0];
  if (!first) return undefined;
  const schema = dataCollectionsByName[name].schema;
  const isRecord = (path: (string | number)[]) => (schemaAt(schema, path) as unknown as { def?: { type: string } } | undefined)?.def?.type === 'record';
  const trim = (value: unknown, path: (string | number)[]): unknown => {
    if (Array.isArray(value)) return value.slice(0, 1).map((v) => trim(v, [...path, 0]));
    if (value && typeof value === 'object') {
      const fields = Object.entries(value as Record<string, unknown>).filter(([k]) => !omit.includes(k));
      // Maps keyed by ids (a level's expectations, its shared expectations) keep one key, as lists keep one item.
      return Object.fromEntries((isRecord(path) ? fields.slice(0, 1) : fields).map(([k, v]) => [k, trim(v, [...path, k])]));
    }
    return typeof value === 'string' ? cut(value) : value;
  };
  const data = trim(first.data, []) as object;
  // An entry's `id` is among its fields where the schema has one; the readers' words have none.
  return kind === 'list' ? [data] : data;
}

/** The frontmatter of a real page that belongs to a role and names glossary terms, with its terms cut to two. */
export async function getPageExample(): Promise<string> {
  const docs = (await getCollection('docs')).sort((a, b) => a.id.localeCompare(b.id));
  const page = docs.find((e) => e.data.role && e.data.terms.length) ?? docs[0];
  if (!page) return '';
  const { title, description, pageType, role, terms, sidebar } = page.data;
  const example = { title, description, pageType, ...(role ? { role } : {}), terms: terms.slice(0, 2), ...(sidebar.order !== undefined ? { sidebar: { order: sidebar.order } } : {}) };
  return `---\n${stringify(example, { lineWidth: 100 })}---`;
}

