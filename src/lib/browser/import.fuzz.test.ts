/**
 * Import fuzzing for every tool's format besides the scorecard's (which has its own, case by case,
 * in src/lib/hiring/scorecard-import.fuzz.test.ts, and the growth tools', in
 * src/lib/growth/growth-import.fuzz.test.ts): seeded random mutations of a valid export of the
 * onboarding tracker and the debrief. Each mutated file is either refused with
 * a message, leaving storage byte for byte as it was, or read as valid data; and a stored value
 * mutated the same way is read without throwing, with what cannot be read kept aside.
 */
import { describe, expect, it } from 'vitest';
import { flooredScorecard } from '../../../tests/support/scorecard.fixture';
import { plan } from '../../../tests/support/onboarding.fixture';
import { mutations } from '../../../tests/support/mutate';
import { createStore, memoryStorage, storageFormat, type KeyValueStorage, type ToolSpec } from './store';
import { setCompletedOn, setDone, setNotes, trackerSpec } from '../onboarding/progress';
import { debriefSpec, scorecardsFromExport, type DebriefModel } from '../hiring/debrief';
import { candidateExportText, newCandidate, scorecardSpec, withCandidate } from '../hiring/scorecard-store';
import { parseImport } from './parse-export';

const dump = (storage: KeyValueStorage) => JSON.stringify(Array.from({ length: storage.length }, (_, i) => [storage.key(i), storage.getItem(storage.key(i)!)]));

/** A valid export of each tool, made with its own update functions. */
function validExports(): { name: string; spec: ToolSpec<unknown>; text: string }[] {
  const [first, second] = plan.phases.flatMap((p) => p.goals.map((g) => g.id));
  const tracker = setNotes(setCompletedOn(setDone({ goals: [] }, first!, true, '2026-03-01'), second!, '2026-03-02', '2026-03-02').state, second!, 'Notes with “quotes” and\nlines.');
  const model: DebriefModel = { ...flooredScorecard, disagreementPoints: 2 };
  const sc = scorecardSpec(model);
  const base = { ...sc.empty(), interviewer: 'Ann' };
  const candidate = { ...newCandidate(base, 'Ada', new Date('2026-03-01T00:00:00Z'), () => 0.3), ratings: { design: 4, code: 1 }, notes: { design: 'Good.' }, redFlags: ['no-tests'] };
  const read = scorecardsFromExport(model, candidateExportText(sc, withCandidate(base, candidate), candidate.id), 'ann.json');
  if (!read.ok) throw new Error(read.error);
  const debrief = { role: model.role, candidate: 'ada', scorecards: read.value };
  const tools: [string, ToolSpec<unknown>, unknown][] = [
    ['the onboarding tracker', trackerSpec as ToolSpec<unknown>, tracker],
    ['the debrief', debriefSpec(model) as ToolSpec<unknown>, debrief],
  ];
  return tools.map(([name, spec, data]) => {
    const store = createStore(spec, memoryStorage());
    const written = store.update(() => data);
    if (!written.ok) throw new Error(`${name}: ${written.error.message}`);
    return { name, spec, text: store.exportText(store.read().data) };
  });
}

describe.each(validExports())('$name', ({ spec, text }) => {
  it('reads its own valid export', () => {
    expect(parseImport(createStore(spec, memoryStorage()), text).ok).toBe(true);
  });

  it('survives 300 random mutations of a valid export, as an import and as stored data', () => {
    let refused = 0;
    for (const mutated of mutations(text, 300, 20260314)) {
      // As an import: refused with a message and no change, or valid data.
      const storage = memoryStorage({ [`handbook:${spec.tool}`]: text });
      const store = createStore(spec, storage);
      store.read();
      const before = dump(storage);
      const result = parseImport(store, mutated);
      if (result.ok) expect(spec.schema.safeParse(result.value).success).toBe(true);
      else {
        refused++;
        expect(result.error).toMatch(/^Import failed: .+\. Nothing was changed\.$/s);
      }
      expect(dump(storage)).toBe(before);

      // As stored data: read without throwing; whatever is not loaded is kept aside, as it was.
      const held = memoryStorage({ [`handbook:${spec.tool}`]: mutated });
      const heldStore = createStore(spec, held);
      const read = heldStore.read();
      expect(spec.schema.safeParse(read.data).success).toBe(true);
      if (read.notices.some((n) => n.kind === 'set-aside')) expect(heldStore.unreadable().length).toBeGreaterThan(0);
    }
    expect(refused).toBeGreaterThan(150);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses an export of another tool and a newer version, naming them', () => {
    const store = createStore(spec, memoryStorage());
    const other = JSON.stringify({ ...JSON.parse(text), tool: 'something-else' });
    const newer = JSON.stringify({ ...JSON.parse(text), version: spec.version + 1 });
    expect(parseImport(store, other)).toMatchObject({ ok: false, error: expect.stringContaining('another tool (“something-else”)') });
    expect(parseImport(store, newer)).toMatchObject({ ok: false, error: expect.stringContaining('newer version') });
    expect(JSON.parse(text).format).toBe(storageFormat);
  });
});
