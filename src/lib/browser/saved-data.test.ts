/**
 * Data saved by the tools of framework 1.0 still loads, with nothing lost: the export files under
 * tests/fixtures/exports/ were made by that version's code (see its README). Each is stored as a
 * browser held it and read by today's store with today's specs, built from the content as the pages
 * build them; every record of the file must come back, or, if the framework no longer has its ids,
 * be kept aside, never dropped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../content/validation/load';
import { repoRoot } from '../../../tests/support/repo';
import { createStore, memoryStorage, type ToolSpec } from './store';
import { toScorecardModel } from '../hiring/scorecard';
import { scorecardSpec } from '../hiring/scorecard-store';
import { trackerSpec } from '../onboarding/progress';
import { selfAssessmentSpec, type Ladder } from '../growth/self-assessment';

const fixtures = join(repoRoot, 'tests/fixtures/exports');
const { entries } = loadContent(repoRoot);
const data = (collection: string): (Record<string, unknown> & { id: string })[] =>
  entries.filter((e) => e.collection === collection).map((e) => ({ ...(e.data as Record<string, unknown>), id: e.id }));

/** Today's spec of each tool, from the content (the first role with a scorecard, as the pages use it). */
function specs(): Record<string, ToolSpec<unknown>> {
  const scorecard = data('scorecards')[0] as unknown as Parameters<typeof toScorecardModel>[0] & { id: string };
  const hiring = data('hiring').find((h) => h.id === scorecard.id) as unknown as { redFlags: { id: string; text: string }[] };
  const model = toScorecardModel({ ...scorecard, role: scorecard.id, roleTitle: scorecard.id, redFlags: hiring.redFlags });
  const ladder = {
    competencies: data('competencies').map((c) => ({ id: c.id, name: String(c['name']) })),
    levels: data('roles').map((r) => ({ id: r.id })),
  } as unknown as Ladder;
  return {
    scorecard: scorecardSpec(model) as ToolSpec<unknown>,
    onboarding: trackerSpec as ToolSpec<unknown>,
    'self-assessment': selfAssessmentSpec(ladder) as ToolSpec<unknown>,
  };
}

const files = readdirSync(fixtures).filter((f) => f.endsWith('.json'));

describe('data saved under framework 1.0', () => {
  it('has an export file for every tool of that version', () => {
    expect(files.map((f) => f.replace(/-v\d+\.json$/, '')).sort()).toEqual(['onboarding', 'scorecard', 'self-assessment']);
  });

  it.each(files)('%s loads with every record, or keeps aside what the framework no longer knows', (file) => {
    const text = readFileSync(join(fixtures, file), 'utf8');
    const saved = JSON.parse(text) as { tool: string; data: Record<string, unknown> };
    const spec = specs()[saved.tool]!;
    const storage = memoryStorage({ [`handbook:${saved.tool}`]: text });
    const store = createStore(spec, storage);
    const read = store.read();
    expect(read.writable).toBe(true);
    for (const collection of spec.records ?? []) {
      const before = saved.data[collection.field];
      const ids = Array.isArray(before) ? before.map((r: { id: string }) => r.id) : Object.keys(before as object);
      const after = (read.data as Record<string, unknown>)[collection.field];
      const loaded = new Set(Array.isArray(after) ? after.map((r: { id: string }) => r.id) : Object.keys(after as object));
      const keptAside = store.unreadable().map((u) => u.text);
      for (const [i, id] of ids.entries()) {
        const record = Array.isArray(before) ? before[i] : (before as Record<string, unknown>)[id];
        expect(loaded.has(id) || keptAside.includes(JSON.stringify(record)), `${file}: ${collection.noun} ${id}`).toBe(true);
      }
    }
    // Nothing outside the records is lost either: the whole file reads as an import.
    expect(store.parseImport(text).ok || store.unreadable().length > 0).toBe(true);
  });
});
