/**
 * `npm run export:csv [-- <file.csv>] [--root <dir>]`
 *
 * Writes the ladder as a spreadsheet (default `ladder.csv`; `-` for standard output): one row per
 * level × competency with its proficiency, behaviors and evidence, lists one item per line in a
 * cell. Edit it in any spreadsheet and read it back with `npm run import:csv` (see
 * /reference/spreadsheet/).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { serializeCsv } from '../src/lib/content/csv.ts';
import { ladderSheet } from '../src/lib/content/csv-ladder.ts';
import { ladderOfContent } from '../src/lib/content/ladder-of-content.ts';
import { loadContent } from '../src/lib/content/validation/load.ts';
import { scriptArgs } from './usage.ts';

const { values, positionals } = scriptArgs(import.meta.url, { allowPositionals: true, options: { root: { type: 'string', default: '.' } } });
// npm runs scripts from the repository's root; a CSV file's relative path is relative to where npm was run.
const cwd = process.env['INIT_CWD'] ?? process.cwd();
const root = resolve(values.root!);
const target = positionals[0] ?? 'ladder.csv';

const ladder = ladderOfContent(loadContent(root));
if ('unreadable' in ladder) {
  console.error(`export:csv: the ladder cannot be read: ${ladder.unreadable}. Run npm run validate.`);
  process.exit(1);
}
const rows = ladderSheet(
  ladder.levels,
  ladder.competencies.map((c) => ({ id: c.id, name: c.name })),
);
const csv = serializeCsv(rows);
if (target === '-') process.stdout.write(csv);
else {
  const path = resolve(cwd, target);
  writeFileSync(path, csv);
  console.log(`Wrote ${path}: ${rows.length - 1} rows (${ladder.levels.length} levels × the competencies of their tracks).
Edit proficiency, behaviors and evidence, then: npm run import:csv -- ${target}`);
}
