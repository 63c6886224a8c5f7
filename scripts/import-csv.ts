/**
 * `npm run import:csv -- <file.csv> [--write] [--root <dir>]`
 *
 * Reads a spreadsheet written by `npm run export:csv` and edited, and puts the changed cells back
 * into the levels' YAML files, changing nothing else in them (comments, quoting and layout stay).
 * It prints the changes first, level by level and competency by competency, then writes them only
 * with `--write` or when you answer yes. It refuses anything the validator would reject: it runs the
 * validator on the would-be content in a temporary copy and names the CSV row and column of each
 * problem. Nothing is written unless every change is valid.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { CsvSyntaxError, decodeCsv } from '../src/lib/content/csv.ts';
import { applySheetEdits, cellOfPath, describeEdits, formatCell, parseLadderCsv, readLadderSheet, sheetOrder, type CellEdit } from '../src/lib/content/csv-ladder.ts';
import { ladderOfContent } from '../src/lib/content/ladder-of-content.ts';
import { loadContent } from '../src/lib/content/validation/load.ts';
import { validateContent } from '../src/lib/content/validation/validate.ts';
import { offsetOf, yamlPathAt } from '../src/lib/content/yaml-edit.ts';
import { spreadsheetGuideHref } from '../src/lib/site/urls.ts';
import { roleFile } from '../src/schemas/collections.ts';
import { scriptArgs } from './usage.ts';

const { values, positionals } = scriptArgs(import.meta.url, { allowPositionals: true, options: { write: { type: 'boolean', default: false }, root: { type: 'string', default: '.' } } });
// npm runs scripts from the repository's root; a CSV file's relative path is relative to where npm was run.
const cwd = process.env['INIT_CWD'] ?? process.cwd();
const root = resolve(values.root!);
const fail = (message: string): never => {
  console.error(`import:csv: ${message}\nNothing was written.`);
  process.exit(1);
};
if (!positionals[0]) fail('name the CSV file: npm run import:csv -- ladder.csv');
const csvPath = resolve(cwd, positionals[0]!);

let records;
try {
  records = parseLadderCsv(decodeCsv(readFileSync(csvPath)));
} catch (error) {
  fail(error instanceof CsvSyntaxError ? `${positionals[0]}: ${error.message}` : String(error));
}

const ladder = ladderOfContent(loadContent(root));
if ('unreadable' in ladder) fail(`the ladder in ${root} cannot be read: ${ladder.unreadable}. Run npm run validate.`);
const { levels, competencies } = ladder as Exclude<typeof ladder, { unreadable: string }>;
const reading = readLadderSheet(records!, levels, competencies);
const sheetRef = (p: { cell?: Parameters<typeof formatCell>[0]; row?: number }) => (p.cell ? formatCell(p.cell) : `row ${p.row}`);
if (reading.problems.length) fail(`${positionals[0]} cannot be imported:\n${reading.problems.map((p) => `  ${sheetRef(p)}: ${p.message}`).join('\n')}`);
for (const note of reading.notes) console.log(`Note: ${note}`);
if (!reading.edits.length) {
  console.log(`No changes: ${positionals[0]} matches the ladder in the content.`);
  process.exit(0);
}

// The would-be files: each changed level's file with only its changed values replaced.
const byLevel = Map.groupBy(reading.edits, (e) => e.level);
const changed = new Map<string, { text: string; edits: CellEdit[] }>();
for (const [level, edits] of byLevel) {
  const file = roleFile(level);
  const applied = applySheetEdits(readFileSync(join(root, file), 'utf8'), edits);
  if ('problem' in applied) fail(`${positionals[0]} cannot be imported into ${file}:\n  ${applied.problem.cell ? `${formatCell(applied.problem.cell)}: ` : ''}${applied.problem.message}`);
  else changed.set(file, { text: applied.text, edits });
}

console.log(`Changes from ${positionals[0]}:\n\n${describeEdits(reading.edits)}\n`);

// The validator on a temporary copy of the content with the changes. The newest release's snapshot
// is left out of the judgement: it is recorded after the import (npm run release:snapshot).
const temp = mkdtempSync(join(tmpdir(), 'import-csv-'));
let problems;
try {
  cpSync(join(root, 'content'), join(temp, 'content'), { recursive: true });
  for (const [file, { text }] of changed) writeFileSync(join(temp, file), text);
  problems = validateContent(temp).problems.filter((p) => p.rule !== 'release-snapshot');
} finally {
  rmSync(temp, { recursive: true, force: true });
}
if (problems.length) {
  const levelOfFile = new Map(levels.map((l) => [roleFile(l.id), l.id]));
  const placed = problems.map((p) => {
    const level = levelOfFile.get(p.file);
    const text = changed.get(p.file)?.text ?? (level ? readFileSync(join(root, p.file), 'utf8') : undefined);
    const cell = level && text ? cellOfPath(level, yamlPathAt(text, offsetOf(text, p.line, p.column)), reading.rowOf) : undefined;
    const detail = [p.expected && `expected ${p.expected}`, p.found && `found ${p.found}`].filter(Boolean).join(', ');
    return { cell, line: `  ${cell ? formatCell(cell) : `${p.file}:${p.line}:${p.column}`}: ${p.message}${detail ? ` (${detail})` : ''} [${p.rule}]` };
  });
  // Two slips of one rule in one item (two straight apostrophes) read the same: said once.
  const lines = [...new Set(placed.sort((a, b) => sheetOrder(a.cell, b.cell)).map((p) => p.line))];
  fail(`the validator rejects these changes:\n${lines.join('\n')}`);
}

let write = values.write;
if (!write && process.stdin.isTTY) {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  write = /^y(es)?$/i.test((await prompt.question(`Write these changes to ${changed.size} file${changed.size === 1 ? '' : 's'}? [y/N] `)).trim());
  prompt.close();
}
if (!write) {
  console.log('Nothing written. Run again with --write to write these changes.');
  process.exit(0);
}
for (const [file, { text }] of changed) writeFileSync(join(root, file), text);
console.log(`Wrote ${[...changed.keys()].join(', ')}.
Next: record it in content/family/changelog.yaml, a \`changed\` change for each level above (subject: level, its id,
what and why): in a new release (and its version in family.yaml) if this changes the framework, else in the newest
release; then run npm run release:snapshot to record the ladder of that release (see ${spreadsheetGuideHref}).`);
