import { describe, expect, it } from 'vitest';
import { parseCsv, serializeCsv } from './csv';
import { applySheetEdits, cellList, cellOfPath, columnLetter, describeEdits, formatCell, ladderColumns, ladderSheet, listCell, parseLadderCsv, readLadderSheet, sheetOrder, type CellRef, type SheetCompetency, type SheetLevel } from './csv-ladder';

const competencies: SheetCompetency[] = [
  { id: 'design', name: 'Design' },
  { id: 'people', name: 'People' },
];
const levels: SheetLevel[] = [
  { id: 'junior', title: 'Junior', expectations: { design: { proficiency: 1, behaviors: ['Designs a part.'], evidence: ['A doc.'] } } },
  {
    id: 'senior',
    title: 'Senior',
    expectations: {
      design: { proficiency: 2, behaviors: ['Designs a system.', 'Reviews “designs”, too.'], evidence: ['A design, reviewed.'] },
      people: { proficiency: 1, behaviors: ['Mentors one person.'], evidence: ['A mentee.'] },
    },
  },
];

/** The sheet as a spreadsheet saves it, after `edit` changed some cells. */
function roundTrip(edit: (rows: string[][]) => void = () => {}) {
  const rows = ladderSheet(levels, competencies);
  edit(rows);
  return readLadderSheet(parseCsv(serializeCsv(rows)), levels, competencies);
}
const col = (key: (typeof ladderColumns)[number]['key']) => ladderColumns.findIndex((c) => c.key === key);

describe('ladderSheet', () => {
  it('has a header and one row per expectation a level has, levels then competencies in order', () => {
    const rows = ladderSheet(levels, competencies);
    expect(rows[0]).toEqual(ladderColumns.map((c) => c.header));
    expect(rows.slice(1).map((r) => `${r[col('level')]}/${r[col('competency')]}`)).toEqual(['junior/design', 'senior/design', 'senior/people']);
  });

  it('puts a list in one cell, one item per line', () => {
    const rows = ladderSheet(levels, competencies);
    expect(rows[2]![col('behaviors')]).toBe('Designs a system.\nReviews “designs”, too.');
  });

  it('refuses an item with a line break, which would read back as two items', () => {
    const broken: SheetLevel = { id: 'x', title: 'X', expectations: { design: { proficiency: 1, behaviors: ['two\nlines'], evidence: ['e'] } } };
    expect(() => ladderSheet([broken], competencies)).toThrow(/x › design › behaviors/);
  });
});

describe('readLadderSheet', () => {
  it('finds no edit in a sheet read back unchanged', () => {
    const reading = roundTrip();
    expect(reading.edits).toEqual([]);
    expect(reading.problems).toEqual([]);
    expect(reading.notes).toEqual([]);
  });

  it('turns changed cells into edits at their level, competency and field', () => {
    const reading = roundTrip((rows) => {
      rows[2]![col('proficiency')] = '3';
      rows[3]![col('evidence')] = 'A mentee.\n\n  Two mentees promoted.  ';
    });
    expect(reading.edits.map((e) => [e.level, e.competency, e.field, e.after, formatCell(e.cell)])).toEqual([
      ['senior', 'design', 'proficiency', 3, 'row 3, column E (“Proficiency”)'],
      ['senior', 'people', 'evidence', ['A mentee.', 'Two mentees promoted.'], 'row 4, column G (“Evidence”)'],
    ]);
    expect(reading.edits[0]!.path).toEqual(['expectations', 'design', 'proficiency']);
  });

  it('reads a whole number written with a zero fraction, as a spreadsheet may format it, as that number', () => {
    const reading = roundTrip((rows) => {
      rows[1]![col('proficiency')] = '1.0';
      rows[2]![col('proficiency')] = '3,00';
    });
    expect(reading.edits.map((e) => [e.level, e.competency, e.after])).toEqual([['senior', 'design', 3]]);
  });

  it('reads a number with a fraction, written with a point or a comma, as a number for the scale rule to judge', () => {
    const reading = roundTrip((rows) => {
      rows[1]![col('proficiency')] = '1.5';
      rows[2]![col('proficiency')] = ' 2,5 ';
    });
    expect(reading.edits.map((e) => e.after)).toEqual([1.5, 2.5]);
  });

  it('keeps a proficiency that is not a number as text, for the validator to reject at its cell', () => {
    const reading = roundTrip((rows) => (rows[1]![col('proficiency')] = 'high'));
    expect(reading.edits.map((e) => e.after)).toEqual(['high']);
  });

  it('reports an unknown level or competency at its cell, and a row given twice', () => {
    const reading = roundTrip((rows) => {
      rows[1]![col('level')] = 'nobody';
      rows.push([...rows[2]!]);
    });
    expect(reading.problems.map((p) => (p.cell ? formatCell(p.cell) : `row ${p.row}`))).toEqual(['row 2, column A (“Level id”)', 'row 5']);
    expect(reading.problems[0]!.message).toMatch(/no level `nobody`/);
  });

  it('names the level or competency an id in the sheet was probably meant to be, as the validator does', () => {
    const meant: string[] = [];
    const reading = roundTrip((rows) => {
      // A slip of two letters swapped in a level id, and one letter added to a competency id.
      const level = rows[1]![col('level')]!;
      const competency = rows[2]![col('competency')]!;
      meant.push(level, competency);
      rows[1]![col('level')] = level.slice(0, -2) + level.slice(-1) + level.slice(-2, -1);
      rows[2]![col('competency')] = competency + 'x';
    });
    expect(reading.problems.map((p) => p.message.match(/did you mean `([^`]+)`/)?.[1])).toEqual(meant);
  });

  it('tells apart two items of one list cell, as the lines of the cell', () => {
    expect(formatCell({ row: 4, column: 'behaviors', item: 2 })).not.toBe(formatCell({ row: 4, column: 'behaviors', item: 1 }));
    expect(formatCell({ row: 4, column: 'behaviors', item: 2 })).toContain(formatCell({ row: 4, column: 'behaviors' }));
  });

  it('skips a row of empty cells and ignores empty cells after the last column, as spreadsheets save them', () => {
    const reading = roundTrip((rows) => {
      for (const row of rows) row.push('', ' ');
      rows[2]![col('proficiency')] = '3';
      rows.splice(2, 0, rows[0]!.map(() => ''));
      rows.push(rows[0]!.map(() => ''), rows[0]!.map(() => ''));
    });
    expect(reading.problems).toEqual([]);
    expect(reading.edits.map((e) => [e.level, e.competency, e.after, formatCell(e.cell)])).toEqual([['senior', 'design', 3, 'row 4, column E (“Proficiency”)']]);
  });

  it('refuses a row with text beyond the last column, or with cells missing', () => {
    const reading = roundTrip((rows) => {
      rows[1]!.push('a note');
      rows[2]!.pop();
    });
    expect(reading.problems.map((p) => `row ${p.row}: ${p.message}`)).toEqual([
      'row 2: the row has 8 cells; expected 7, one per column of the header',
      'row 3: the row has 6 cells; expected 7, one per column of the header',
    ]);
  });

  it('refuses an expectation the level does not have', () => {
    const reading = roundTrip((rows) => (rows[1]![col('competency')] = 'people'));
    expect(reading.problems.map((p) => p.message)).toEqual([expect.stringMatching(/junior has no expectation for people/)]);
  });

  it('refuses a sheet whose header is not the export’s', () => {
    const reading = roundTrip((rows) => (rows[0]![col('behaviors')] = 'Behaviors (British)'));
    expect(reading.problems).toHaveLength(1);
    expect(reading.problems[0]!.message).toMatch(/header row must be/);
  });

  it('says so when the cells are separated by semicolons or tabs, as some spreadsheets save “CSV”', () => {
    for (const [separator, said] of [[';', '“;”'], ['\t', 'tabs']] as const) {
      const rows = ladderSheet(levels, competencies).map((row) => [row.join(separator)]);
      const reading = readLadderSheet(parseCsv(serializeCsv(rows)), levels, competencies);
      expect(reading.problems.map((p) => p.message)).toEqual([expect.stringContaining(`its cells are separated by ${said}: save the file as CSV with commas`)]);
    }
  });

  it('reads a sheet saved with semicolons or tabs between cells, as Excel set to a language with a decimal comma saves “CSV UTF-8”, as the same records', () => {
    const rows = ladderSheet(levels, competencies);
    rows[1]![col('behaviors')] = 'Writes; tests, and ships.\nSecond item';
    const withCommas = parseCsv(serializeCsv(rows));
    for (const separator of [';', '\t']) {
      const saved = `\uFEFF${rows.map((row) => row.map((f) => (/[";\t\n,]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f)).join(separator)).join('\r\n')}\r\n`;
      expect(parseLadderCsv(saved)).toEqual(withCommas);
      expect(readLadderSheet(parseLadderCsv(saved), levels, competencies).problems).toEqual([]);
    }
    expect(parseLadderCsv(serializeCsv(rows))).toEqual(withCommas);
  });

  it('reads a semicolon sheet whose cells would not parse with commas (a line starting `""`, a cell holding `,"`)', () => {
    for (const [behaviors, quoted] of [
      ['Says:\n"no" to scope creep', ';"Says:\n""no"" to scope creep";'],
      ['Owns A,"B" and C', ';"Owns A,""B"" and C";'],
    ]) {
      const rows = ladderSheet(levels, competencies);
      rows[1]![col('behaviors')] = behaviors!;
      const saved = `\uFEFF${rows.map((row) => row.map((f) => (/[";\n]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f)).join(';')).join('\r\n')}\r\n`;
      expect(saved).toContain(quoted);
      expect(parseLadderCsv(saved)).toEqual(parseCsv(serializeCsv(rows)));
    }
  });

  it('notes an edited name without importing it', () => {
    const reading = roundTrip((rows) => (rows[1]![col('levelTitle')] = 'Junior Engineer'));
    expect(reading.edits).toEqual([]);
    expect(reading.notes).toEqual([expect.stringMatching(/^row 2, column B/)]);
  });

  it('places a value of a level’s file on its sheet cell', () => {
    const { rowOf } = roundTrip();
    expect(cellOfPath('senior', ['expectations', 'people', 'behaviors', 0], rowOf)).toEqual({ row: 4, column: 'behaviors', item: 1 });
    expect(cellOfPath('senior', ['expectations', 'people', 'behaviors'], rowOf)).toEqual({ row: 4, column: 'behaviors' });
    expect(cellOfPath('senior', ['expectations', 'people', 'provenance'], rowOf)).toEqual({ row: 4, column: 'competency' });
    expect(cellOfPath('senior', ['title'], rowOf)).toBeUndefined();
  });
});

describe('applySheetEdits', () => {
  const seniorFile = `title: Senior
expectations:
  design:
    proficiency: 2
    behaviors:
      - Designs a system.
      - Reviews “designs”, too.
    evidence: [A design, reviewed.]
  people:
    proficiency: 1
    behaviors:
      - Mentors one person.
    evidence: [A mentee.]
`;
  const seniorEdits = (edit: (rows: string[][]) => void) => roundTrip(edit).edits.filter((e) => e.level === 'senior');

  it('adds a line put at the end of a list cell to the end of that list in the file', () => {
    const edits = seniorEdits((rows) => (rows[2]![col('behaviors')] += '\nWrites a memo.'));
    const applied = applySheetEdits(seniorFile, edits);
    expect(applied).toEqual({ text: seniorFile.replace('      - Reviews “designs”, too.\n', '      - Reviews “designs”, too.\n      - Writes a memo.\n') });
  });

  it('reports a file that is not valid YAML as a problem of that file, not as a crash', () => {
    const edits = seniorEdits((rows) => (rows[2]![col('behaviors')] += '\nWrites a memo.'));
    const applied = applySheetEdits(`${seniorFile}  people: [unclosed\n`, edits);
    expect(applied).toEqual({ problem: { message: expect.stringMatching(/not valid YAML/) } });
  });

  it('names the sheet’s row and column of an edit the file has no place for', () => {
    const edits = seniorEdits((rows) => (rows[3]![col('behaviors')] += '\nRuns a study group.'));
    const applied = applySheetEdits(seniorFile.replace(/  people:[\s\S]*/, '  people:\n    proficiency: 1\n'), edits);
    expect(applied).toEqual({ problem: { cell: { row: 4, column: 'behaviors' }, message: expect.stringMatching(/^senior › people › behaviors: /) } });
  });
});

describe('describeEdits', () => {
  it('shows a proficiency move and the list items removed and added, per level and competency', () => {
    const reading = roundTrip((rows) => {
      rows[2]![col('proficiency')] = '3';
      rows[2]![col('behaviors')] = 'Designs a system.\nDesigns several systems.';
    });
    expect(describeEdits(reading.edits)).toBe(
      ['senior › design (row 3)', '  Proficiency: 2 → 3', '  Behaviors:', '    - Reviews “designs”, too.', '    + Designs several systems.'].join('\n'),
    );
  });
});

describe('cells', () => {
  it('names columns as spreadsheets do', () => {
    expect([0, 6, 25, 26, 27].map(columnLetter)).toEqual(['A', 'G', 'Z', 'AA', 'AB']);
  });

  it('reads a list cell back as the list it was written from', () => {
    const items = ['One.', 'Two, with a comma.'];
    expect(cellList(listCell(items))).toEqual(items);
    expect(cellList('\r\n  a \r\n\r\nb')).toEqual(['a', 'b']);
  });

  it('orders cells as a reader goes down the sheet, cells before what the sheet does not place', () => {
    const cells: (CellRef | undefined)[] = [undefined, { row: 10, column: 'proficiency' }, { row: 2, column: 'evidence' }, { row: 2, column: 'proficiency' }];
    expect(cells.sort(sheetOrder)).toEqual([{ row: 2, column: 'proficiency' }, { row: 2, column: 'evidence' }, { row: 10, column: 'proficiency' }, undefined]);
  });
});
