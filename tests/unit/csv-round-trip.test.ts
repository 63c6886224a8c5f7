/**
 * The spreadsheet round trip on the real content, in a copy of the repository: `npm run export:csv`
 * then `npm run import:csv --write` of the file as it is changes no byte of any file; a valid edit
 * changes only its value; a line added at the end of a list cell is added to the list; a broken
 * edit is refused at its row and column and writes nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCsv, serializeCsv } from '~/lib/content/csv';
import { formatCell, ladderColumns } from '~/lib/content/csv-ladder';
import { loadContent } from '~/lib/content/validation/load';
import { roleFile } from '~/schemas/collections';
import { copyRepository } from '../support/repo';

const copy = copyRepository('csv-', ['content', 'scripts', 'src', 'package.json', 'tsconfig.json']);
afterAll(() => copy.remove());

const csv = join(copy.dir, 'ladder.csv');
const script = (name: string, ...args: string[]) => copy.run([join(copy.dir, 'scripts', `${name}.ts`), ...args, '--root', copy.dir]);
const output = (r: { stdout: string; stderr: string }) => `${r.stdout}\n${r.stderr}`;
const levels = loadContent(copy.dir).entries.filter((e) => e.collection === 'roles');
/** Every level's file, as it is now. */
const levelFiles = () => new Map(levels.map((l) => [roleFile(l.id), readFileSync(join(copy.dir, roleFile(l.id)), 'utf8')]));
const column = (key: (typeof ladderColumns)[number]['key']) => ladderColumns.findIndex((c) => c.key === key);

/** The exported sheet with one cell changed, saved as a spreadsheet would. */
function editedSheet(row: number, key: (typeof ladderColumns)[number]['key'], change: (cell: string) => string): string {
  const rows = parseCsv(readFileSync(csv, 'utf8')).map((r) => r.fields);
  rows[row - 1]![column(key)] = change(rows[row - 1]![column(key)]!);
  const file = join(copy.dir, `edited-${row}-${key}.csv`);
  writeFileSync(file, serializeCsv(rows));
  return file;
}

// Each test runs a script or two in a fresh Node; give them room on a busy machine.
describe('the spreadsheet round trip on the real content', { timeout: 60_000 }, () => {
  it('exports one row per expectation of every level', () => {
    const run = script('export-csv', csv);
    expect(run.status, output(run)).toBe(0);
    const records = parseCsv(readFileSync(csv, 'utf8'));
    const expectations = levels.reduce((n, l) => n + Object.keys((l.data as { expectations: object }).expectations).length, 0);
    expect(records).toHaveLength(expectations + 1);
  });

  it('imports the sheet as exported without changing a byte', () => {
    const before = levelFiles();
    const run = script('import-csv', csv, '--write');
    expect(run.status, output(run)).toBe(0);
    expect(run.stdout).toMatch(/No changes/);
    expect(levelFiles()).toEqual(before);
  });

  it('imports the sheet as exported and saved again with semicolons between cells (Excel in a language with a decimal comma) without changing a byte', () => {
    const rows = parseCsv(readFileSync(csv, 'utf8')).map((r) => r.fields);
    const file = join(copy.dir, 'semicolons.csv');
    writeFileSync(file, `\uFEFF${rows.map((row) => row.map((f) => (/[";\n]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f)).join(';')).join('\r\n')}\r\n`);
    const before = levelFiles();
    const run = script('import-csv', file, '--write');
    expect(run.status, output(run)).toBe(0);
    expect(run.stdout).toMatch(/No changes/);
    expect(levelFiles()).toEqual(before);
  });

  it('writes a valid edit into its level’s file, changing nothing else there', () => {
    const [, first] = parseCsv(readFileSync(csv, 'utf8'));
    const level = first!.fields[column('level')]!;
    const competency = first!.fields[column('competency')]!;
    const before = readFileSync(join(copy.dir, roleFile(level)), 'utf8');
    const items = first!.fields[column('behaviors')]!.split('\n');
    const reworded = `${items[0]!.replace(/\.$/, '')}, and writes down why.`;
    const file = editedSheet(first!.row, 'behaviors', () => [reworded, ...items.slice(1)].join('\n'));

    const dryRun = script('import-csv', file);
    expect(dryRun.status, output(dryRun)).toBe(0);
    expect(dryRun.stdout).toContain(`${level} › ${competency}`);
    expect(dryRun.stdout).toContain(`+ ${reworded}`);
    expect(readFileSync(join(copy.dir, roleFile(level)), 'utf8')).toBe(before);

    const run = script('import-csv', file, '--write');
    expect(run.status, output(run)).toBe(0);
    const after = readFileSync(join(copy.dir, roleFile(level)), 'utf8');
    expect(parse(after).expectations[competency].behaviors[0]).toBe(reworded);
    // Only that item's text changed: the rest of the file is the same before and after it.
    let start = 0;
    while (before[start] === after[start]) start++;
    let end = 0;
    while (end < before.length - start && before.at(-1 - end) === after.at(-1 - end)) end++;
    // What differs stays within the one item: no other item or key starts in it.
    for (const region of [before.slice(start, before.length - end), after.slice(start, after.length - end)]) expect(region).not.toMatch(/\n\s*(- |[\w-]+:)/);
    writeFileSync(join(copy.dir, roleFile(level)), before);
  });

  it('adds a line put at the end of a Behaviors cell as the last behavior, keeping the others', () => {
    const [, first] = parseCsv(readFileSync(csv, 'utf8'));
    const level = first!.fields[column('level')]!;
    const competency = first!.fields[column('competency')]!;
    const before = readFileSync(join(copy.dir, roleFile(level)), 'utf8');
    const behaviors: string[] = parse(before).expectations[competency].behaviors;
    const added = 'Writes a decision memo for every launch.';
    const file = editedSheet(first!.row, 'behaviors', (cell) => `${cell}\n${added}`);

    const run = script('import-csv', file, '--write');
    expect(run.status, output(run)).toBe(0);
    expect(parse(readFileSync(join(copy.dir, roleFile(level)), 'utf8')).expectations[competency].behaviors).toEqual([...behaviors, added]);
    writeFileSync(join(copy.dir, roleFile(level)), before);
  });

  it('refuses a broken edit, naming its row and column, and writes nothing', () => {
    const [, , second] = parseCsv(readFileSync(csv, 'utf8'));
    const file = editedSheet(second!.row, 'proficiency', () => 'very high');
    const before = levelFiles();
    const run = script('import-csv', file, '--write');
    expect(run.status).toBe(1);
    expect(output(run)).toContain(`${formatCell({ row: second!.row, column: 'proficiency' })}:`);
    expect(output(run)).toMatch(/invalid-type/);
    expect(output(run)).toMatch(/Nothing was written/);
    expect(levelFiles()).toEqual(before);
  });

  it('names the item of a list cell that a slip is in, and a slip made twice in one item once', () => {
    const [, , second] = parseCsv(readFileSync(csv, 'utf8'));
    // A new last line with two straight apostrophes, which the style rules refuse.
    const file = editedSheet(second!.row, 'behaviors', (cell) => `${cell}\nDoesn't skip the team's reviews.`);
    const items = parseCsv(readFileSync(file, 'utf8'))[2]!.fields[column('behaviors')]!.split('\n').filter((line) => line.trim()).length;
    const run = script('import-csv', file, '--write');
    expect(run.status).toBe(1);
    const at = `${formatCell({ row: second!.row, column: 'behaviors', item: items })}:`;
    expect(output(run).split('\n').filter((line) => line.includes(at))).toHaveLength(1);
  });
});
