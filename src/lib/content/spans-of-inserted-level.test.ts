import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { levelSpan } from '../ladder/level-span';
import { addToSpansAround } from './spans-of-inserted-level';

const ladder = [
  { id: 'senior', track: 'ic', rank: 1 },
  { id: 'staff', track: 'ic', rank: 2 },
  { id: 'principal', track: 'ic', rank: 3 },
  { id: 'manager', track: 'mgmt', rank: 1 },
  { id: 'director', track: 'mgmt', rank: 2 },
];

const file = `# The shapes of impact at the top.
- id: lead
  name: Lead
  levels: [staff, principal] # where it applies
- id: deep
  name: Deep
  levels:
    - staff
    # a comment between the items
    - principal
    - director
- id: top
  levels: [principal]
- id: managers
  levels: [manager, director]
`;

const levelsOf = (text: string) => Object.fromEntries((parse(text) as { id: string; levels: string[] }[]).map((a) => [a.id, a.levels]));

describe('addToSpansAround', () => {
  it('adds a level inserted between two listed levels of its track to that item, after the level below it, keeping every other line', () => {
    const { text, ids } = addToSpansAround(file, { id: 'senior-staff', track: 'ic', rank: 3 }, ladder);
    expect(ids).toEqual(['lead', 'deep']);
    expect(levelsOf(text)).toEqual({ lead: ['staff', 'senior-staff', 'principal'], deep: ['staff', 'senior-staff', 'principal', 'director'], top: ['principal'], managers: ['manager', 'director'] });
    // Only the lines of the changed lists differ: the flow list's line (its comment kept) and one new block item.
    const before = file.split('\n');
    expect(text.split('\n').filter((line) => !before.includes(line))).toEqual(['  levels: [staff, senior-staff, principal] # where it applies', '    - senior-staff']);
    expect(before.filter((line) => !text.split('\n').includes(line))).toEqual(['  levels: [staff, principal] # where it applies']);
  });

  it('leaves the file as it was for a level on top of its track, at its bottom, or in a track whose levels no item spans', () => {
    for (const inserted of [
      { id: 'distinguished', track: 'ic', rank: 4 },
      { id: 'junior', track: 'ic', rank: 1 },
      { id: 'senior-2', track: 'ic', rank: 2 },
      { id: 'vp', track: 'mgmt', rank: 3 },
    ]) {
      const { text, ids } = addToSpansAround(file, inserted, ladder);
      expect(ids, inserted.id).toEqual([]);
      expect(text, inserted.id).toBe(file);
    }
  });

  it('adds a level inserted between two levels of another track to the item that spans them, not to the others', () => {
    const { text, ids } = addToSpansAround(file, { id: 'senior-manager', track: 'mgmt', rank: 2 }, ladder);
    expect(ids).toEqual(['managers']);
    expect(levelsOf(text)['managers']).toEqual(['manager', 'senior-manager', 'director']);
    expect(levelsOf(text)['deep']).toEqual(['staff', 'principal', 'director']);
  });

  it('edits a file saved with a byte-order mark, which it keeps, as it edits one without', () => {
    // A list (paths.yaml, archetypes.yaml) whose first line is its first item: the yaml library reads a mark there as text.
    const list = `- id: lead\n  levels: [staff, principal]\n- id: top\n  levels: [principal]\n`;
    const plain = addToSpansAround(list, { id: 'senior-staff', track: 'ic', rank: 3 }, ladder);
    expect(plain.ids).toEqual(['lead']);
    expect(addToSpansAround(`\uFEFF${list}`, { id: 'senior-staff', track: 'ic', rank: 3 }, ladder)).toEqual({ ...plain, text: `\uFEFF${plain.text}` });
  });

  it('puts the level between the levels around it in the order the list is written, highest first too', () => {
    const highestFirst = `- id: lead\n  levels: [director, principal, staff]\n- id: deep\n  levels:\n    - principal\n    - senior\n`;
    const { text, ids } = addToSpansAround(highestFirst, { id: 'senior-staff', track: 'ic', rank: 3 }, ladder);
    expect(ids).toEqual(['lead', 'deep']);
    expect(levelsOf(text)).toEqual({ lead: ['director', 'principal', 'senior-staff', 'staff'], deep: ['principal', 'senior-staff', 'senior'] });
  });

  it('leaves an item that lists the level already as it was', () => {
    const listed = file.replace('[staff, principal]', '[staff, senior-staff, principal]');
    const { text, ids } = addToSpansAround(listed, { id: 'senior-staff', track: 'ic', rank: 3 }, ladder);
    expect(ids).toEqual(['deep']);
    expect(levelsOf(text)['lead']).toEqual(['staff', 'senior-staff', 'principal']);
  });

  it('adds a level, wherever it is inserted, to exactly the items whose span (rules archetype-levels and path-levels) would leave it out, so that none does', () => {
    // Also on a ladder with two levels at one rank, which rank-sequence reports but a scaffold may meet.
    const twoAtOneRank = [...ladder, { id: 'principal-b', track: 'ic', rank: 3 }];
    for (const levels of [ladder, twoAtOneRank]) {
      for (const track of ['ic', 'mgmt']) {
        const inTrack = levels.filter((l) => l.track === track);
        for (let rank = 1; rank <= inTrack.length + 1; rank++) {
          const inserted = { id: 'inserted', track, rank };
          const after = [...inTrack.map((l) => (l.rank >= rank ? { ...l, rank: l.rank + 1 } : l)), inserted];
          const leftOut = (listed: string[]) => (levelSpan(listed, after)?.missing ?? []).map((l) => l.id);
          const { text, ids } = addToSpansAround(file, inserted, levels);
          const at = `${track} rank ${rank} of ${levels.length} levels`;
          expect(ids, at).toEqual(Object.entries(levelsOf(file)).flatMap(([id, listed]) => (leftOut(listed).includes('inserted') ? [id] : [])));
          for (const [id, listed] of Object.entries(levelsOf(text))) expect(leftOut(listed), `${at}: ${id}`).toEqual([]);
        }
      }
    }
  });

  it('edits a list of feeder and adjacent paths as it does the archetypes: a path concerning the levels around it concerns it, its folded description kept', () => {
    const paths = `- id: mlops
  kind: feeder
  description: >-
    Owns CI/CD for ML; the move adds
    model serving.
  levels: [senior, staff]
- id: research
  kind: adjacent
  description: A move toward research.
  levels:
    - principal
`;
    const { text, ids } = addToSpansAround(paths, { id: 'senior-2', track: 'ic', rank: 2 }, ladder);
    expect(ids).toEqual(['mlops']);
    expect(text).toBe(paths.replace('levels: [senior, staff]', 'levels: [senior, senior-2, staff]'));
  });

  it('throws on a file that does not parse, rather than guess', () => {
    expect(() => addToSpansAround('- id: lead\n  levels: [staff, principal\n', { id: 'x', track: 'ic', rank: 3 }, ladder)).toThrow(/not valid YAML/);
  });
});
