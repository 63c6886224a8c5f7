/**
 * The ladder as a spreadsheet: one row per level × competency the level has an expectation for,
 * with its proficiency, behaviors and evidence; and an edited sheet read back as value edits to the
 * levels' YAML files. Pure: the scripts (scripts/export-csv.ts, scripts/import-csv.ts) read and
 * write the files and run the validator.
 *
 * A list (behaviors, evidence) sits in one cell, one item per line: a spreadsheet shows it as a
 * multi-line cell (Alt+Enter in Excel, Ctrl+Enter in Google Sheets, adds a line). Blank lines and
 * spaces around an item are dropped on import.
 */
import type { Expectation } from '../../schemas/role.ts';
import { diffSequence } from '../text/diff.ts';
import { parseCsv, type CsvRecord } from './csv.ts';
import { didYouMean } from './validation/did-you-mean.ts';
import { applyYamlEdits, YamlEditError, YamlSyntaxError, type YamlPath, type YamlValueEdit } from './yaml-edit.ts';

/** The expectation fields a sheet edits, in column order: the keys of `expectations.<competency>` in role.yaml. */
export const editableFields = ['proficiency', 'behaviors', 'evidence'] as const satisfies readonly (keyof Expectation)[];
export type EditableField = (typeof editableFields)[number];

/** The sheet's columns, in order. Ids say which expectation a row is; names are there to read and are not imported. */
export const ladderColumns = [
  { key: 'level', header: 'Level id', role: 'id' },
  { key: 'levelTitle', header: 'Level', role: 'label' },
  { key: 'competency', header: 'Competency id', role: 'id' },
  { key: 'competencyName', header: 'Competency', role: 'label' },
  { key: 'proficiency', header: 'Proficiency', role: 'value' },
  { key: 'behaviors', header: 'Behaviors', role: 'value' },
  { key: 'evidence', header: 'Evidence', role: 'value' },
] as const satisfies readonly { key: string; header: string; role: 'id' | 'label' | 'value' }[];
type ColumnKey = (typeof ladderColumns)[number]['key'];

/** What the sheet needs of a level: its id, title and expectations as read from its file. */
export interface SheetLevel {
  id: string;
  title: string;
  expectations: Readonly<Record<string, Pick<Expectation, EditableField>>>;
}
export interface SheetCompetency {
  id: string;
  name: string;
}

/** A cell of the sheet, as a spreadsheet names it: row 5, column F (“Behaviors”). */
export interface CellRef {
  row: number;
  column: ColumnKey;
  /** In a list's cell, the 1-based item (a line of the cell) the value is: two slips in one cell are told apart. */
  item?: number;
}
const columnIndex = (key: ColumnKey) => ladderColumns.findIndex((c) => c.key === key);
/** Spreadsheet letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
export const formatCell = (cell: CellRef): string => {
  const i = columnIndex(cell.column);
  return `row ${cell.row}, column ${columnLetter(i)} (“${ladderColumns[i]!.header}”)${cell.item ? `, item ${cell.item}` : ''}`;
};

/**
 * Sheet order, for listing problems as a reader goes down the sheet: by row, then column, problems
 * without a cell (a file the sheet does not place) after those with one, in their order.
 */
export const sheetOrder = (a: CellRef | undefined, b: CellRef | undefined): number =>
  !a || !b ? Number(!a) - Number(!b) : a.row - b.row || columnIndex(a.column) - columnIndex(b.column);

/** A list as one cell: one item per line. */
export const listCell = (items: readonly string[]): string => items.join('\n');
/** A cell as a list: one item per non-blank line, trimmed. */
export const cellList = (cell: string): string[] =>
  cell
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/** The sheet of a ladder: a header row, then a row per expectation, levels in the order given, competencies in theirs. */
export function ladderSheet(levels: readonly SheetLevel[], competencies: readonly SheetCompetency[]): string[][] {
  const rows: string[][] = [ladderColumns.map((c) => c.header)];
  for (const level of levels)
    for (const competency of competencies) {
      const e = level.expectations[competency.id];
      if (!e) continue;
      for (const [field, items] of [
        ['behaviors', e.behaviors],
        ['evidence', e.evidence],
      ] as const)
        if (items.some((item) => /[\r\n]/.test(item)))
          throw new Error(`${level.id} › ${competency.id} › ${field}: an item holds a line break, which a cell cannot tell from the next item`);
      const cells: Record<ColumnKey, string> = {
        level: level.id,
        levelTitle: level.title,
        competency: competency.id,
        competencyName: competency.name,
        proficiency: String(e.proficiency),
        behaviors: listCell(e.behaviors),
        evidence: listCell(e.evidence),
      };
      rows.push(ladderColumns.map((c) => cells[c.key]));
    }
  return rows;
}

/** A changed value of one expectation, from one cell of the sheet. */
export interface CellEdit {
  cell: CellRef;
  level: string;
  competency: string;
  field: EditableField;
  before: unknown;
  after: number | string | string[];
  /** Where the value sits in the level's file. */
  path: YamlPath;
}

export interface SheetProblem {
  /** The cell at fault, or the row when the whole row is. */
  cell?: CellRef;
  row?: number;
  message: string;
}

export interface SheetReading {
  edits: CellEdit[];
  problems: SheetProblem[];
  /** What was read but not imported (edited names), worth a line of output. */
  notes: string[];
  /** The sheet row of each expectation it holds, by `level competency`, to place problems the validator finds. */
  rowOf: Map<string, number>;
}

export const expectationKey = (level: string, competency: string) => `${level} ${competency}`;

/**
 * The records of a ladder sheet as a spreadsheet saved it. Excel set to a language whose decimal
 * separator is the comma (German, French…) saves even “CSV UTF-8 (Comma delimited)” with semicolons
 * between cells, and some spreadsheets save tabs: a header row that is the export's header joined by
 * one of them says which, and the file is read with it. Throws `CsvSyntaxError` as `parseCsv` does.
 */
export function parseLadderCsv(text: string): CsvRecord[] {
  // The separator is read from the first line alone: parsing the whole file with commas first
  // would throw on a semicolon sheet whose cells hold `,"` or a line starting `""` (valid with `;`).
  const firstLine = (text.startsWith('\uFEFF') ? text.slice(1) : text).split(/\r?\n|\r/, 1)[0] ?? '';
  const expected = ladderColumns.map((c) => c.header.toLowerCase());
  const separator = firstLine.includes(',') ? undefined : ([';', '\t'] as const).find((s) => sameHeader(firstLine.split(s), expected));
  return parseCsv(text, separator);
}

/** Header cells as a spreadsheet writes them, quoted or not. */
const sameHeader = (found: readonly string[], expected: readonly string[]) =>
  found.length === expected.length && found.every((h, i) => h.trim().replace(/^"(.*)"$/, '$1').trim().toLowerCase() === expected[i]);

/**
 * A proficiency cell as the number it holds, with a point or a comma before its fraction (“3.0”,
 * or “3,5” where the comma is the decimal separator): a spreadsheet writes a whole number so when
 * the cell is formatted so, and a number off the scale (“3.5”) is the scale rule's to name (“expected
 * one of 1, 2, 3, 4, 5”), not text for the validator to reject as “expected number, found "3.5"”.
 * Anything else stays text, which the validator rejects at its cell.
 */
const proficiencyValue = (cell: string): number | string => {
  const number = /^\s*(\d+)(?:[.,](\d+))?\s*$/.exec(cell);
  return number ? Number(`${number[1]}.${number[2] ?? '0'}`) : cell.trim();
};

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Reads an edited sheet against the ladder it was exported from: the changed cells as edits, and
 * what cannot be imported (a wrong header, an unknown id, a row twice, an expectation the level
 * does not have) as problems at their cells. Rows left out change nothing.
 */
export function readLadderSheet(records: readonly CsvRecord[], levels: readonly SheetLevel[], competencies: readonly SheetCompetency[]): SheetReading {
  const reading: SheetReading = { edits: [], problems: [], notes: [], rowOf: new Map() };
  const [header, ...rows] = records;
  const expected = ladderColumns.map((c) => c.header);
  const found = header?.fields.map((f) => f.trim()) ?? [];
  if (!header || expected.some((h, i) => found[i]?.toLowerCase() !== h.toLowerCase())) {
    // A spreadsheet set to a language whose decimal separator is the comma saves “CSV” with semicolons (or tabs).
    const separator = found.length === 1 ? [';', '\t'].find((s) => found[0]!.split(s).length === expected.length) : undefined;
    const hint = separator ? ` (its cells are separated by ${separator === ';' ? '“;”' : 'tabs'}: save the file as CSV with commas between cells)` : '';
    reading.problems.push({ row: header?.row ?? 1, message: `the header row must be ${expected.map((h) => `“${h}”`).join(', ')}; found ${found.map((h) => `“${h}”`).join(', ') || 'nothing'}${hint}` });
    return reading;
  }
  const levelById = new Map(levels.map((l) => [l.id, l]));
  const competencyById = new Map(competencies.map((c) => [c.id, c]));
  const blank = (field: string) => field.trim() === '';
  for (const record of rows) {
    const cell = (key: ColumnKey) => record.fields[columnIndex(key)] ?? '';
    const at = (column: ColumnKey): CellRef => ({ row: record.row, column });
    // A spreadsheet saves a row it once formatted or cleared as separators alone (“,,,,,,”) and
    // may add empty cells after the last column: neither is an edit, nor a reason to refuse the file.
    if (record.fields.every(blank)) continue;
    if (record.fields.length < expected.length || record.fields.slice(expected.length).some((f) => !blank(f))) {
      reading.problems.push({ row: record.row, message: `the row has ${record.fields.length} cells; expected ${expected.length}, one per column of the header` });
      continue;
    }
    const level = levelById.get(cell('level').trim());
    const competency = competencyById.get(cell('competency').trim());
    // As the validator names an unknown id: the one probably meant first, then every one there is.
    const unknown = (what: string, typed: string, ids: readonly string[]) => {
      const meant = didYouMean(typed.trim(), ids);
      return `no ${what} \`${typed}\`${meant ? ` (did you mean \`${meant}\`?)` : ''} (expected one of ${ids.join(', ')})`;
    };
    if (!level) reading.problems.push({ cell: at('level'), message: unknown('level', cell('level'), [...levelById.keys()]) });
    if (!competency) reading.problems.push({ cell: at('competency'), message: unknown('competency', cell('competency'), [...competencyById.keys()]) });
    if (!level || !competency) continue;
    const key = expectationKey(level.id, competency.id);
    const current = level.expectations[competency.id];
    if (!current) {
      reading.problems.push({ cell: at('competency'), message: `${level.id} has no expectation for ${competency.id}; add new expectations in its role.yaml (they need a provenance)` });
      continue;
    }
    if (reading.rowOf.has(key)) {
      reading.problems.push({ row: record.row, message: `${level.id} › ${competency.id} is already on row ${reading.rowOf.get(key)}` });
      continue;
    }
    reading.rowOf.set(key, record.row);
    if (cell('levelTitle').trim() !== level.title) reading.notes.push(`${formatCell(at('levelTitle'))}: the level’s title is not imported; change it in its role.yaml`);
    if (cell('competencyName').trim() !== competency.name) reading.notes.push(`${formatCell(at('competencyName'))}: the competency’s name is not imported; change it in competencies.yaml`);
    for (const field of editableFields) {
      const after = field === 'proficiency' ? proficiencyValue(cell(field)) : cellList(cell(field));
      if (sameValue(after, current[field])) continue;
      reading.edits.push({ cell: at(field), level: level.id, competency: competency.id, field, before: current[field], after, path: ['expectations', competency.id, field] });
    }
  }
  return reading;
}

/**
 * A level's file (its YAML text) with the sheet's edits of that level applied; or, when an edit
 * cannot be applied, the cell it came from, so an editor can find it in the sheet; or, when the
 * file itself does not parse, what is wrong with it (no cell is at fault).
 */
export function applySheetEdits(text: string, edits: readonly CellEdit[]): { text: string } | { problem: SheetProblem } {
  const yamlEdits: YamlValueEdit[] = edits.map((e) => ({ path: e.path, value: e.after }));
  try {
    return { text: applyYamlEdits(text, yamlEdits).text };
  } catch (error) {
    if (error instanceof YamlSyntaxError) return { problem: { message: error.message } };
    if (!(error instanceof YamlEditError)) throw error;
    const edit = edits[yamlEdits.indexOf(error.edit)]!;
    return { problem: { cell: edit.cell, message: `${edit.level} › ${edit.competency} › ${edit.field}: ${error.message}` } };
  }
}

/** The sheet cell that shows the value at `path` of a level's file, if the sheet has one. */
export function cellOfPath(level: string, path: YamlPath, rowOf: ReadonlyMap<string, number>): CellRef | undefined {
  if (path[0] !== 'expectations' || typeof path[1] !== 'string') return undefined;
  const row = rowOf.get(expectationKey(level, path[1]));
  if (row === undefined) return undefined;
  const field = editableFields.find((f) => f === path[2]);
  return { row, column: field ?? 'competency', ...(field && typeof path[3] === 'number' ? { item: path[3] + 1 } : {}) };
}

/**
 * The edits as a reader checks them before they are written: per level and competency, the
 * proficiency as `before → after`, and each list as its items removed (`-`) and added (`+`).
 */
export function describeEdits(edits: readonly CellEdit[]): string {
  const groups = new Map<string, CellEdit[]>();
  for (const e of edits) groups.set(expectationKey(e.level, e.competency), [...(groups.get(expectationKey(e.level, e.competency)) ?? []), e]);
  const blocks = [...groups.values()].map((group) => {
    const { level, competency, cell } = group[0]!;
    const lines = [`${level} › ${competency} (row ${cell.row})`];
    for (const e of group) {
      const header = ladderColumns[columnIndex(e.field)]!.header;
      if (!Array.isArray(e.after)) {
        lines.push(`  ${header}: ${String(e.before)} → ${String(e.after)}`);
        continue;
      }
      lines.push(`  ${header}:`);
      for (const part of diffSequence(Array.isArray(e.before) ? (e.before as string[]) : [], e.after))
        if (part.kind !== 'same') lines.push(`    ${part.kind === 'removed' ? '-' : '+'} ${part.value}`);
    }
    return lines.join('\n');
  });
  return blocks.join('\n\n');
}
