/**
 * The content layer's loader for a data collection: its entries come from the build's one reading
 * of the content (`content-reading.ts`), so Astro does not parse the files again.
 *
 * In a build (no watcher) the reading has already checked every entry against this collection's
 * schema and the build has stopped on any problem, so each entry is stored as the reading parsed
 * it; a file that does not parse stops the loader with its problems, instead of leaving the
 * collection silently without its entries.
 *
 * In `astro dev` (a watcher) the content and even the schemas can change while the server runs:
 * every valid entry goes through Astro's own check from its value as written, which applies the
 * schema as it is now, and the collection is filled again when a YAML file under content/ changes.
 * Bad content never stops the server, at startup or after an edit: an entry with a problem, and
 * every entry of a file that does not parse, is left out with a warning that names its problems as
 * the validator reports them (file:line:column, rule, expected and found), and a page that needs
 * what was left out shows its error in the browser.
 */
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { DataCollection } from '../../../schemas/collections.ts';
import { keptReading } from './content-readings.ts';
import type { Entry, LoadedContent } from './load.ts';
import type { Problem } from './problem.ts';

type Reading = Pick<LoadedContent, 'entries' | 'problems' | 'unreadable'>;

/**
 * The reading the configuration made, or a new one (the dev server after an edit, `astro sync`
 * alone). The reader's modules are imported only then: this module is loaded through Vite when the
 * build syncs content, where each module imported costs a transform on the build's critical path.
 */
async function reading(root: string): Promise<Reading> {
  return keptReading(root) ?? (await import('./content-reading.ts')).readContent(root);
}

/** The value of an entry as its file writes it (before the schema's defaults and transforms). */
export function writtenValue(entry: Pick<Entry, 'source' | 'pathPrefix'>): Record<string, unknown> {
  return entry.pathPrefix.reduce<unknown>((value, key) => (value as Record<string | number, unknown> | undefined)?.[key], entry.source.value) as Record<string, unknown>;
}

/** Whether a file (relative, forward slashes) belongs to a collection. */
export function isCollectionFile(c: DataCollection, file: string): boolean {
  return c.kind === 'list' ? file === c.file : file.startsWith(`${c.base}/`);
}

/** What the dev server leaves out of a collection: unparsed files (their syntax errors), invalid entries, entries Astro's check refused. */
interface LeftOut {
  unparsed: Problem[];
  invalid: Entry[];
  refused: { entry: Entry; message: string }[];
}

/** The dev server's warning for what a collection leaves out, each problem as the validator words it. */
async function leftOutWarning(c: DataCollection, { unparsed, invalid, refused }: LeftOut, problems: readonly Problem[]): Promise<string> {
  const { formatProblem } = await import('./format.ts');
  const invalidFiles = new Set(invalid.map((e) => e.file));
  const missing = [...invalid, ...refused.map((r) => r.entry)].map((e) => e.id).concat([...new Set(unparsed.map((p) => p.file))].map((file) => `every entry of ${file}`));
  const reasons = [...unparsed, ...problems.filter((p) => p.rule !== 'yaml-syntax' && invalidFiles.has(p.file))]
    .map(formatProblem)
    .concat(refused.map((r) => `${r.entry.file}  ${r.entry.id}: ${r.message}`));
  return `The ${c.name} collection leaves out ${missing.join(', ')} until fixed (a page that needs it shows an error; its own page, where it has one, is not found and says why):\n${reasons.join('\n')}`;
}

export function readingLoader(c: DataCollection, read: (root: string) => Reading | Promise<Reading> = reading): Loader {
  return {
    name: 'handbook-content-reading',
    load: async ({ config, store, parseData, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const fill = async () => {
        const content = await read(root);
        const unparsed = content.unreadable.has(c.name) ? content.problems.filter((p) => p.rule === 'yaml-syntax' && isCollectionFile(c, p.file)) : [];
        if (unparsed.length && !watcher) {
          const { formatProblem } = await import('./format.ts');
          throw new Error(`The ${c.name} collection cannot be read:\n${unparsed.map(formatProblem).join('\n')}`);
        }
        const kept: { id: string; data: Record<string, unknown>; filePath: string }[] = [];
        const invalid: LeftOut['invalid'] = [];
        const refused: LeftOut['refused'] = [];
        for (const e of content.entries.filter((entry) => entry.collection === c.name)) {
          const check = () => parseData({ id: e.id, data: writtenValue(e), filePath: e.file });
          if (!watcher) kept.push({ id: e.id, data: e.valid ? (e.data as Record<string, unknown>) : await check(), filePath: e.file });
          else if (!e.valid) invalid.push(e);
          else {
            // Valid when the reading was made, yet refused by the schema as it is now (edited since).
            try {
              kept.push({ id: e.id, data: await check(), filePath: e.file });
            } catch (error) {
              refused.push({ entry: e, message: error instanceof Error ? error.message : String(error) });
            }
          }
        }
        store.clear();
        for (const entry of kept) store.set(entry);
        if (unparsed.length || invalid.length || refused.length) logger.warn(await leftOutWarning(c, { unparsed, invalid, refused }, content.problems));
      };
      await fill();
      const contentDir = `${root.replace(/[\\/]$/, '')}${sep}content${sep}`;
      watcher?.on('all', (_event, path) => {
        if (path.startsWith(contentDir) && /\.ya?ml$/.test(path)) fill().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
      });
    },
  };
}
