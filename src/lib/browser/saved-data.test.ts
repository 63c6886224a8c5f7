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
import { buildLadder, type LadderSource } from '../growth/self-assessment';
import { growthSpec } from '../growth/growth-store';
import { levelHref } from '../site/urls';
import { parseImport } from './parse-export';

const fixtures = join(repoRoot, 'tests/fixtures/exports');
const { entries } = loadContent(repoRoot);
const data = (collection: string): (Record<string, unknown> & { id: string })[] =>
  entries.filter((e) => e.collection === collection).map((e) => ({ ...(e.data as Record<string, unknown>), id: e.id }));

/** Today's spec of each tool, from the content (the first role with a scorecard, as the pages use it). */
function specs(): Record<string, ToolSpec<unknown>> {
  const scorecard = data('scorecards')[0] as unknown as Parameters<typeof toScorecardModel>[0] & { id: string };
  const hiring = data('hiring').find((h) => h.id === scorecard.id) as unknown as { redFlags: { id: string; text: string }[] };
  const model = toScorecardModel({ ...scorecard, role: scorecard.id, roleTitle: scorecard.id, redFlags: hiring.redFlags });
  // The ladder as the growth pages build it (src/data/growth.ts), from the content files.
  const ladder = buildLadder({
    tracks: data('tracks'),
    competencies: data('competencies'),
    levels: data('roles').map((r) => ({ ...r, href: levelHref(r.id) })),
    scale: (data('proficiencyScale')[0] as unknown as { steps: LadderSource['scale'] }).steps,
    scorecard: { title: '', href: '', dimensions: (scorecard as unknown as { dimensions: LadderSource['scorecard']['dimensions'] }).dimensions },
  } as unknown as LadderSource);
  const kpis = data('kpis').flatMap((k) => (k['metrics'] as { id: string }[]).map((m) => m.id));
  return {
    scorecard: scorecardSpec(model) as ToolSpec<unknown>,
    onboarding: trackerSpec as ToolSpec<unknown>,
    'self-assessment': growthSpec(ladder, kpis) as ToolSpec<unknown>,
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
      // A collection the file's version did not have yet: its migration is checked below.
      if (before === undefined) continue;
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
    expect(parseImport(store, text).ok || store.unreadable().length > 0).toBe(true);
  });

  it('self-assessment-v1.json becomes a first check-in that keeps every competency with its notes and links', () => {
    const text = readFileSync(join(fixtures, 'self-assessment-v1.json'), 'utf8');
    const saved = JSON.parse(text) as { data: { current: string; target: string; competencies: Record<string, { demonstrated: string | null; notes: string; links: string[] }> } };
    const store = createStore(specs()['self-assessment']!, memoryStorage({ 'handbook:self-assessment': text }));
    const record = store.read().data as { target: string; checkIns: { level: string; competencies: Record<string, { notes: string; links: string[]; demonstrated?: string }> }[] };
    expect(store.unreadable()).toEqual([]);
    // A target or a demonstrated level the ladder no longer has (a level removed since) is cleared, as
    // the editors’ guide’s “Remove a level” says of a target.
    const levels = new Set(data('roles').map((r) => r.id));
    expect(record.target).toBe(levels.has(saved.data.target) ? saved.data.target : null);
    expect(record.checkIns).toHaveLength(1);
    expect(record.checkIns[0]!.level).toBe(saved.data.current);
    for (const [c, e] of Object.entries(saved.data.competencies))
      expect(record.checkIns[0]!.competencies[c], c).toMatchObject({ notes: e.notes, links: e.links, ...(e.demonstrated && levels.has(e.demonstrated) ? { demonstrated: e.demonstrated } : {}) });
  });
});
