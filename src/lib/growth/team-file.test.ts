import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { storageFormat, type ToolSpec } from '../browser/store';
import { exportTool, refuseTeamFile, teamFileRefusal } from './team-file';

/** A small synthetic team tool: a list of names. */
const team: ToolSpec<unknown> = { tool: 'crew', version: 2, schema: z.strictObject({ names: z.array(z.string()) }), empty: () => ({ names: [] }) };
const file = (tool: string, version: number) => JSON.stringify({ format: storageFormat, tool, version, savedAt: '', data: { names: ['Ada'] } });

describe('a team file chosen as a person’s record', () => {
  it('reads the tool an export names, and nothing from text that is not one', () => {
    expect(exportTool(file('crew', 1))).toBe('crew');
    for (const text of ['', '{', '[1]', 'null', '{"tool": 3}']) expect(exportTool(text)).not.toBe('crew');
  });

  it('is sent to the data panel, by its heading', () => {
    const text = refuseTeamFile(team, 'crew.json', file('crew', 2), 'Panel H');
    expect(text).toContain('“crew.json”');
    expect(text).toContain('“Panel H”');
  });

  it('of a newer version, says so and what to do, and still where a team file goes', () => {
    const text = refuseTeamFile(team, 'crew.json', file('crew', 3), 'Panel H')!;
    expect(text).toContain('newer version');
    expect(text).toContain('open it in the handbook that made it');
    expect(text).toContain('“Panel H”');
    expect(text).not.toContain('not from this page');
  });

  it('names the data panel when it has no heading', () => {
    for (const none of [null, undefined, '', ' ']) expect(refuseTeamFile(team, 'crew.json', file('crew', 3), none)).toMatch(/the data panel.*newer version/);
  });

  it('is none for a file of another tool, or not JSON', () => {
    for (const text of [file('person', 1), '', '{']) expect(refuseTeamFile(team, 'x.json', text, 'Panel H')).toBeNull();
  });

  it('chosen as a person’s record, is sent to the data panel, named by its heading when it has one', () => {
    expect(teamFileRefusal('team.json', 'Your team’s data')).toContain('“Your team’s data”');
    for (const none of [null, undefined, '', ' ']) {
      const text = teamFileRefusal('team.json', none);
      expect(text).toContain('the data panel');
      expect(text).not.toMatch(/undefined|null|“\s*”/);
    }
  });
});
