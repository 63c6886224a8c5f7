import { describe, expect, it } from 'vitest';
import { flooredScorecard, layeredScorecard } from '../../../tests/support/scorecard.fixture';
import { addScorecardFilesLabel, candidateKey, candidatesOf, debriefHeading, debriefOf, debriefSpec, describeDebrief, exportTimeText, isOlderExport, refusedSummary, scorecardsFromExport, scorecardsFromExports, shownScorecards, withCandidateShown, withoutScorecard, type DebriefModel, type DebriefScorecard } from './debrief';
import { formatScore } from './scorecard';
import { candidateExportText, newCandidate, scorecardSpec, withCandidate, type ScorecardData } from './scorecard-store';
import { createStore, memoryStorage, storageFormat } from '../browser/store';
import { mergeImport, planImport } from '../browser/import-plan';
import { parseImport } from '../browser/parse-export';

const model: DebriefModel = { ...flooredScorecard, disagreementPoints: 2 };
const spec = scorecardSpec(model);
const now = new Date('2026-03-14T10:00:00Z');

/** An interviewer's export of one candidate, as the calculator writes it. */
function exportOf(interviewer: string, name: string, ratings: Record<string, number>, redFlags: string[] = [], seed = 0.1, savedAt = now): string {
  const empty: ScorecardData = { ...spec.empty(), interviewer };
  const c = { ...newCandidate(empty, name, now, () => seed), ratings, notes: Object.fromEntries(Object.keys(ratings).map((k) => [k, `${interviewer} on ${k}`])), redFlags };
  return candidateExportText(spec, withCandidate(empty, c), c.id, savedAt);
}
const scorecards = (text: string, file = 'file.json'): DebriefScorecard[] => {
  const r = scorecardsFromExport(model, text, file);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('reading interviewers’ exports', () => {
  it('reads each candidate of a calculator export, with the interviewer and the file', () => {
    const [s] = scorecards(exportOf('Ann', 'Ada Example', { design: 4 }), 'ann.json');
    expect(s).toMatchObject({ interviewer: 'Ann', candidate: 'Ada Example', file: 'ann.json', ratings: { design: 4 }, notes: { design: 'Ann on design' } });
    expect(s!.id).toMatch(/^ann--c-/);
  });

  it.each([
    ['not JSON', '{', 'not valid JSON'],
    ['another tool', JSON.stringify({ format: storageFormat, tool: 'onboarding', version: 1, data: { goals: [] } }), 'another tool (“onboarding”)'],
    ['another role', exportOf('Ann', 'Ada', {}).replace(`"role": "${model.role}"`, '"role": "other-role"'), 'the role “other-role”'],
    ['no candidate', JSON.stringify({ format: storageFormat, tool: 'scorecard', version: 2, data: { role: model.role, interviewer: '', currentId: '', candidates: [] } }), 'holds no candidate'],
    ['an invalid rating', exportOf('Ann', 'Ada', { design: 4 }).replace('"design": 4', '"design": 9'), 'candidate “Ada”, ratings, design: expected a rating of the scale'],
  ])('refuses %s with the reason', (_name, text, message) => {
    const r = scorecardsFromExport(model, text, 'x.json');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toContain(message);
  });

  it('keys an import by interviewer and candidate: the same export again updates, never duplicates', () => {
    const debrief = debriefSpec(model);
    const first = { role: model.role, candidate: '', scorecards: scorecards(exportOf('Ann', 'Ada', { design: 3 })) };
    const again = { ...first, scorecards: scorecards(exportOf('Ann', 'Ada', { design: 4 })) };
    const plan = planImport(debrief, first, again);
    expect(plan).toMatchObject({ added: [], unchanged: [] });
    expect(plan.updated.map((c) => c.label)).toEqual(['Ann on Ada']);
  });

  it('adds neither of two exports, chosen together, of the same interviewer’s scorecard of a candidate, so a low rating cannot silently vanish', () => {
    const low = Math.min(...model.scale.map((s) => s.rating));
    const high = Math.max(...model.scale.map((s) => s.rating));
    const [dimension] = model.dimensions.map((d) => d.competency);
    const later = { name: 'ann (1).json', text: exportOf('Ann', 'Ada', { [dimension!]: low }) };
    const earlier = { name: 'ann.json', text: exportOf('Ann', 'Ada', { [dimension!]: high }) };
    const other = { name: 'bo.json', text: exportOf('Bo', 'Ada', { [dimension!]: high }, [], 0.2) };
    for (const sources of [[later, earlier, other], [earlier, later, other]]) {
      const { scorecards: added, refused } = scorecardsFromExports(model, sources);
      expect(added.map((s) => s.interviewer)).toEqual(['Bo']);
      expect(refused).toHaveLength(2);
      for (const file of [later.name, earlier.name]) expect(refused.some((r) => r.startsWith(`“${file}”`) && r.includes('Ann'))).toBe(true);
    }
  });

  describe('an interviewer’s older export added after a newer one', () => {
    const low = Math.min(...model.scale.map((s) => s.rating));
    const high = Math.max(...model.scale.map((s) => s.rating));
    const dimension = model.dimensions[0]!.competency;
    const earlier = new Date('2026-03-14T09:00:00Z');
    const later = new Date('2026-03-14T09:30:00Z');
    const older = { name: 'ann.json', text: exportOf('Ann', 'Ada', { [dimension]: high }, [], 0.1, earlier) };
    const newer = { name: 'ann (1).json', text: exportOf('Ann', 'Ada', { [dimension]: low }, [], 0.1, later) };
    const here = scorecards(newer.text, newer.name);

    it('records when each scorecard was exported', () => {
      expect(here[0]!.savedAt).toBe(later.toISOString());
    });

    it('counts the files refused, not their scorecards: one export of two candidates, both older', () => {
      const newerBea = scorecards(exportOf('Ann', 'Bea', { [dimension]: low }, [], 0.3, later), 'bea (1).json');
      // Ann's whole calculator, both candidates, exported before either scorecard here.
      const store = createStore(spec, memoryStorage());
      const [ada, bea] = [exportOf('Ann', 'Ada', { [dimension]: high }, [], 0.1, earlier), exportOf('Ann', 'Bea', { [dimension]: high }, [], 0.3, earlier)].map((text) => parseImport(store, text));
      if (!ada?.ok || !bea?.ok) throw new Error('fixture exports must parse');
      // The store stamps the export with the present time; the file says it was exported earlier.
      const text = store.exportText({ ...ada.value, candidates: [...ada.value.candidates, ...bea.value.candidates] }).replace(/"savedAt": "[^"]*"/, `"savedAt": "${earlier.toISOString()}"`);
      const { refused, refusedFiles } = scorecardsFromExports(model, [{ name: 'ann-all.json', text }], {}, [...here, ...newerBea]);
      expect(refused).toHaveLength(2);
      expect(refusedFiles).toBe(1);
    });

    it('is refused with both files and times named, so the newer rating stays', () => {
      const { scorecards: added, refused } = scorecardsFromExports(model, [older], {}, here);
      expect(added).toEqual([]);
      expect(refused).toHaveLength(1);
      expect(refused[0]).toMatch(/^“ann\.json”: .*Ann.*2026-03-14 09:00 UTC.*“ann \(1\)\.json”.*2026-03-14 09:30 UTC/);
    });

    it('leaves a newer export, or one whose time either side does not know, to update it', () => {
      const stored = scorecards(older.text, older.name);
      expect(scorecardsFromExports(model, [newer], {}, stored).scorecards).toEqual(here);
      const { savedAt: _, ...unknownTime } = here[0]!;
      expect(scorecardsFromExports(model, [older], {}, [unknownTime]).scorecards).toHaveLength(1);
    });

    it('is kept out by a merge too (a debrief file, another tab): the newer export stays', () => {
      const debrief = debriefSpec(model);
      const current = { role: model.role, candidate: '', scorecards: here };
      const imported = { ...current, scorecards: scorecards(older.text, older.name) };
      expect(planImport(debrief, current, imported)).toMatchObject({ updated: [], unchanged: [{ label: 'Ann on Ada' }] });
      expect(mergeImport(debrief, current, imported).scorecards).toEqual(here);
      expect(mergeImport(debrief, imported, current).scorecards).toEqual(here);
    });

    describe('an export dated after now (its computer’s clock was wrong)', () => {
      const reading = Date.parse('2026-03-14T10:00:00Z');
      const future = { name: 'ann-2099.json', text: exportOf('Ann', 'Ada', { [dimension]: high }, [], 0.1, new Date('2099-01-01T00:00:00Z')) };
      const real = { name: 'ann-real.json', text: exportOf('Ann', 'Ada', { [dimension]: low }, [], 0.1, new Date(reading - 60_000)) };

      it('is added, with its date named as one that has not come', () => {
        const { scorecards: added, refused, notes } = scorecardsFromExports(model, [future], {}, [], reading);
        expect(refused).toEqual([]);
        expect(added).toHaveLength(1);
        expect(notes).toHaveLength(1);
        expect(notes[0]).toContain('“ann-2099.json”');
        expect(notes[0]).toContain(exportTimeText('2099-01-01T00:00:00Z'));
        expect(notes[0]).toContain(`after now, ${exportTimeText(new Date(reading).toISOString())}`);
        expect(scorecardsFromExports(model, [real], {}, [], reading).notes).toEqual([]);
      });

      it('does not make the interviewer’s real, later export count as older, added or merged', () => {
        const stored = scorecards(future.text, future.name);
        const { scorecards: added, refused } = scorecardsFromExports(model, [real], {}, stored, reading);
        expect(refused).toEqual([]);
        expect(added).toEqual(scorecards(real.text, real.name));
        const debrief = debriefSpec(model, () => reading);
        const current = { role: model.role, candidate: '', scorecards: stored };
        expect(mergeImport(debrief, current, { ...current, scorecards: added }).scorecards).toEqual(added);
      });

      it('counts once its time has come, as any other', () => {
        expect(isOlderExport({ savedAt: '2099-01-01T00:00:00Z' }, { savedAt: '2026-03-14T09:59:00Z' }, reading)).toBe(false);
        expect(isOlderExport({ savedAt: '2099-01-01T00:00:00Z' }, { savedAt: '2026-03-14T09:59:00Z' }, Date.parse('2099-01-02T00:00:00Z'))).toBe(true);
      });
    });

    it('names a save time in UTC whatever offset the file wrote, and compares none without an offset (its zone would be the machine’s)', () => {
      expect(exportTimeText('2026-03-14T11:30:00+02:00')).toBe(exportTimeText('2026-03-14T09:30:00Z'));
      expect(isOlderExport({ savedAt: '2026-03-14T11:00:00+02:00' }, { savedAt: '2026-03-14T09:30:00Z' })).toBe(false);
      expect(isOlderExport({ savedAt: '2026-03-14T10:00:00' }, { savedAt: '2026-03-14T09:00:00Z' })).toBe(false);
      expect(isOlderExport({ savedAt: '2026-03-14T10:00:00Z' }, { savedAt: '2026-03-14T09:00:00Z' })).toBe(true);
    });

    it('stores the time, and refuses a stored one that is not a time', () => {
      const store = createStore(debriefSpec(model), memoryStorage());
      expect(store.update(() => ({ role: model.role, candidate: '', scorecards: here })).ok).toBe(true);
      expect(store.read().data.scorecards).toEqual(here);
      expect(debriefSpec(model).schema.safeParse({ role: model.role, candidate: '', scorecards: [{ ...here[0]!, savedAt: 'yesterday' }] }).success).toBe(false);
    });
  });

  it('sends a calculator export imported through the data panel to the page’s own field, not to the calculator', () => {
    const pages = { scorecard: { title: 'Scorecard calculator', href: '/hiring/scorecard-calculator/' } };
    const result = parseImport(createStore(debriefSpec(model), memoryStorage(), { toolPages: pages }), exportOf('Ann', 'Ada', { design: 3 }));
    expect(!result.ok && result.error).toContain(`add it with “${addScorecardFilesLabel}”`);
    expect(!result.ok && result.error).not.toContain(pages.scorecard.href);
  });

  it('reads pasted text that starts with a byte order mark as the same file would be read (the file’s decoding drops it)', async () => {
    const text = exportOf('Ann', 'Ada', { design: 3 });
    const marked = `\uFEFF${text}`;
    const fromFile = await new Blob([marked]).text();
    expect(scorecardsFromExport(model, fromFile, 'ann.json')).toEqual(scorecardsFromExport(model, text, 'ann.json'));
    const pasted = scorecardsFromExports(model, [{ name: 'pasted text', text: marked, pasted: true }]);
    expect(pasted.refused).toEqual([]);
    expect(pasted.scorecards).toEqual(scorecards(text, 'pasted text'));
  });

  it('reads exports chosen together as each alone, and lists each refused file with its reason', () => {
    const { scorecards: added, refused } = scorecardsFromExports(model, [
      { name: 'ann.json', text: exportOf('Ann', 'Ada', { design: 3 }) },
      { name: 'bad.json', text: '{' },
      { name: 'big.json', text: '', error: 'too large' },
    ]);
    expect(added).toEqual(scorecards(exportOf('Ann', 'Ada', { design: 3 }), 'ann.json'));
    expect(refused).toEqual([expect.stringMatching(/^“bad\.json”: .*not valid JSON/), '“big.json”: too large']);
  });

  it('stores the debrief and reads it back, one scorecard at a time', () => {
    const store = createStore(debriefSpec(model), memoryStorage());
    const data = { role: model.role, candidate: '', scorecards: [...scorecards(exportOf('Ann', 'Ada', { design: 3 })), ...scorecards(exportOf('Bo', 'Ada', { design: 1 }, [], 0.2))] };
    expect(store.update(() => data).ok).toBe(true);
    expect(store.read().data).toEqual(data);
  });
});

describe('the debrief of one candidate', () => {
  const ann = scorecards(exportOf('Ann', 'Ada Example', { design: 4, code: 3, ops: 3, talk: 3 }))[0]!;
  const bo = scorecards(exportOf('Bo', 'ada  example', { design: 1, code: 3, ops: 4, talk: 3 }, ['no-tests'], 0.2))[0]!;
  const cy = scorecards(exportOf('', 'Ada Example', { design: 3, code: 2, ops: 3 }, ['no-tests', 'blames-others'], 0.3))[0]!;
  const d = debriefOf(model, [ann, bo, cy]);

  it('groups scorecards by candidate name, whatever the case and spaces', () => {
    const data = { role: model.role, candidate: '', scorecards: [ann, bo, cy, scorecards(exportOf('Ann', 'Other Person', { design: 2 }, [], 0.4))[0]!] };
    expect(candidatesOf(data)).toEqual([
      { key: 'ada example', name: 'Ada Example', scorecards: 3 },
      { key: 'other person', name: 'Other Person', scorecards: 1 },
    ]);
    expect(shownScorecards(data).scorecards).toHaveLength(3);
    expect(shownScorecards({ ...data, candidate: candidateKey('Other  Person') }).scorecards).toHaveLength(1);
  });

  it('brings a candidate on screen, and leaves the data as it is when they already are', () => {
    const data = { role: model.role, candidate: '', scorecards: [ann, scorecards(exportOf('Ann', 'Other Person', { design: 2 }, [], 0.4))[0]!] };
    const other = withCandidateShown(data, candidateKey('Other Person'));
    expect(shownScorecards(other).scorecards.map((s) => s.candidate)).toEqual(['Other Person']);
    expect(other.scorecards).toBe(data.scorecards);
    expect(withCandidateShown(other, other.candidate)).toBe(other);
  });

  it('removes one scorecard, keeping the others in their order, and leaves the data as it is when it holds no such scorecard', () => {
    const data = { role: model.role, candidate: candidateKey('Ada Example'), scorecards: [ann, bo, cy] };
    const removed = withoutScorecard(data, bo.id);
    expect(removed.scorecards).toEqual([ann, cy]);
    expect({ ...removed, scorecards: data.scorecards }).toEqual(data);
    expect(data.scorecards).toEqual([ann, bo, cy]);
    expect(withoutScorecard(removed, bo.id)).toBe(removed);
  });

  it('puts every rating side by side per dimension, with the spread, and marks disagreements of 2 points or more', () => {
    expect(d.interviewers).toEqual(['Ann', 'Bo', 'Interviewer 3']);
    const row = (id: string) => d.rows.find((r) => r.dimension.competency === id)!;
    expect(row('design').ratings.map((r) => r.rating)).toEqual([4, 1, 3]);
    expect(row('design')).toMatchObject({ spread: 3, contested: true });
    expect(row('code')).toMatchObject({ spread: 1, contested: false });
    expect(row('talk')).toMatchObject({ spread: 0, mean: 3, contested: false });
    expect(row('talk').ratings[2]).toEqual({ interviewer: 'Interviewer 3', rating: null, note: '' });
  });

  it('never shows a combined score a few thousandths under a band’s minimum as reaching it', () => {
    // Means of 10/3, 13/4, 2 and 3: (40·10/3 + 25·13/4 + 20·2 + 15·3) / 100 = 2.9958…, under Hire's 3.
    const under = debriefOf(model, [
      scorecards(exportOf('Ann', 'Ada', { design: 4, code: 3 }))[0]!,
      scorecards(exportOf('Bo', 'Ada', { design: 2, code: 3 }, [], 0.2))[0]!,
      scorecards(exportOf('Cy', 'Ada', { code: 4, ops: 2, talk: 3 }, [], 0.3))[0]!,
      scorecards(exportOf('Di', 'Ada', { design: 4, code: 3 }, [], 0.4))[0]!,
    ]);
    const hire = model.bands.find((b) => b.id === 'hire')!;
    expect(under).toMatchObject({ outcome: 'combined', band: { id: 'mixed' } });
    expect(under.score!).toBeLessThan(hire.minScore);
    expect(describeDebrief(model, under).headline).toContain(`combined score ${(hire.minScore - 0.01).toFixed(2)}`);
  });

  it('puts an interviewer with two scorecards of the candidate first on the agenda and says so, as each counts in the means', () => {
    // Ann's two entries of the candidate lift the result from Mixed (Ann once: 2.925) to Hire (3.23).
    const ann = { design: 4, code: 4, ops: 4, talk: 3 };
    const bo = { design: 2, code: 2, ops: 2, talk: 2 };
    const once = debriefOf(model, [scorecards(exportOf('Ann', 'Ada', ann))[0]!, scorecards(exportOf('Bo', 'Ada', bo, [], 0.2))[0]!]);
    const twice = debriefOf(model, [scorecards(exportOf('Ann', 'Ada', ann), 'ann.json')[0]!, scorecards(exportOf('ann ', 'Ada', ann, [], 0.3), 'ann (1).json')[0]!, scorecards(exportOf('Bo', 'Ada', bo, [], 0.2))[0]!]);
    expect(once.agenda.map((a) => a.kind)).not.toContain('counted-twice');
    expect(describeDebrief(model, once).detail).not.toContain('more than once');
    expect(twice.band!.minScore).toBeGreaterThan(once.band!.minScore);
    expect(twice.agenda[0]).toMatchObject({ kind: 'counted-twice', title: 'Ann: 2 scorecards of this candidate' });
    expect(twice.agenda[0]!.detail).toContain('ann.json and ann (1).json');
    expect(twice.agenda.filter((a) => a.kind === 'counted-twice')).toHaveLength(1);
    expect(describeDebrief(model, twice).detail).toContain('count more than once');
  });

  it('lists every red flag with who raised it', () => {
    expect(d.redFlags.map((f) => [f.flag.id, f.raisedBy])).toEqual([
      ['no-tests', ['Bo', 'Interviewer 3']],
      ['blames-others', ['Interviewer 3']],
    ]);
  });

  it('combines the mean ratings with the weights, and applies the floors to every interviewer’s ratings', () => {
    // Means: design (4+1+3)/3 = 2.667, code 8/3, ops 10/3, talk 3; weights 40, 25, 20, 15.
    const expected = (40 * (8 / 3) + 25 * (8 / 3) + 20 * (10 / 3) + 15 * 3) / 100;
    expect(d.score).toBeCloseTo(expected, 10);
    expect(d.outcome).toBe('combined');
    expect(d.floorHits.map((h) => [h.interviewer, h.hit.dimension.competency])).toEqual([['Bo', 'design']]);
    const { headline, detail } = describeDebrief(model, d);
    expect(detail).toContain(`combined score ${formatScore(expected)} (${d.band!.label} band)`);
    expect(headline).toMatch(new RegExp(`\\b${d.redFlags.length} red flags\\b`, 'i'));
    expect(detail).toContain('1 contested dimension to settle first');
  });

  it('reads the band as the result only when no red flag was raised: with one, the panel decides and the score is for context', () => {
    const strong = (name: string, seed: number, redFlags: string[] = []) => scorecards(exportOf(name, 'Ada', { design: 4, code: 4, ops: 4, talk: 4 }, redFlags, seed))[0]!;
    const clean = debriefOf(model, [strong('Ann', 0.1), strong('Bo', 0.2)]);
    expect(describeDebrief(model, clean).headline).toBe(`${clean.band!.label} — combined score 4.00`);
    const flagged = debriefOf(model, [strong('Ann', 0.1, ['no-tests']), strong('Bo', 0.2)]);
    expect(flagged.band!.id).toBe(clean.band!.id);
    const { headline, detail } = describeDebrief(model, flagged);
    for (const band of model.bands) expect(headline).not.toContain(band.label);
    expect(headline).toMatch(/red flag/i);
    expect(detail).toContain(`For context only: combined score 4.00 (${flagged.band!.label} band).`);
    // What the headline says of the red flag (who decides), the detail does not say again.
    const decides = headline.slice(headline.indexOf(':') + 1).trim();
    expect(decides).not.toBe('');
    expect(detail).not.toContain(decides);
  });

  it('never reads Hire or Strong hire when an interviewer gave a 1 on a floored dimension', () => {
    const strong = (name: string, seed: number, design: number) => scorecards(exportOf(name, 'Ada', { design, code: 4, ops: 4, talk: 4 }, [], seed))[0]!;
    const withFloor = debriefOf(model, [strong('Ann', 0.1, 4), strong('Bo', 0.2, 4), strong('Cy', 0.3, 1)]);
    expect(formatScore(withFloor.score!)).toBe('3.60');
    expect(['strong-hire', 'hire']).not.toContain(withFloor.band!.id);
    expect(withFloor.cappedFrom?.id).toBe('strong-hire');
    expect(describeDebrief(model, withFloor).detail).toContain(`A decision floor holds the result at ${withFloor.band!.label}, where the score alone reads Strong hire: Cy rated Design 1.`);
  });

  it('puts contested dimensions first on the agenda, then red flags, floors, unrated dimensions and the rest', () => {
    expect(d.agenda.map((a) => a.kind)).toEqual(['contested', 'red-flag', 'red-flag', 'confirm', 'confirm', 'confirm']);
    expect(d.agenda[0]).toEqual({ kind: 'contested', title: 'Design: ratings 3 points apart', detail: 'Ann 4, Bo 1, Interviewer 3 3. Bo’s rating hits a decision floor. Each interviewer states their evidence; agree on one rating.' });
    const partial = debriefOf(model, [scorecards(exportOf('Ann', 'Ada', { code: 1 }))[0]!]);
    expect(partial.outcome).toBe('provisional');
    // The one rating hits a floor: its dimension is on the agenda there, not again to confirm.
    expect(partial.agenda.map((a) => a.kind)).toEqual(['floor', 'unrated', 'unrated', 'unrated']);
  });

  it('lists each dimension once, in the first place it earns, however the ratings combine', () => {
    const labels = model.dimensions.map((x) => x.label);
    const ratingsOf = model.scale.map((x) => x.rating);
    // Every way two interviewers can rate the first dimension, the others rated alike or not at all.
    for (const a of ratingsOf)
      for (const b of [...ratingsOf, undefined])
        for (const others of [undefined, ratingsOf.at(-1)!]) {
          const rate = (first: number | undefined) => Object.fromEntries(model.dimensions.map((x, i) => [x.competency, i === 0 ? first : others]).filter(([, r]) => r !== undefined));
          const cards = [scorecards(exportOf('Ann', 'Ada', rate(a)))[0]!, scorecards(exportOf('Bo', 'Ada', rate(b), [], 0.2))[0]!];
          const agenda = debriefOf(model, cards).agenda.filter((item) => item.kind !== 'red-flag');
          const named = agenda.map((item) => labels.find((l) => item.title.startsWith(`${l}:`) || item.title.startsWith(`Decision floor: ${l} `)));
          expect(named.every(Boolean), JSON.stringify(agenda)).toBe(true);
          expect(new Set(named).size, JSON.stringify(agenda)).toBe(named.length);
          expect(new Set(named)).toEqual(new Set(labels));
        }
  });

  it('says what to do when there is nothing to combine yet', () => {
    expect(describeDebrief(model, debriefOf(model, [])).headline).toBe('No scorecards yet');
    expect(describeDebrief(model, debriefOf(model, [scorecards(exportOf('Ann', 'Ada', {}))[0]!])).headline).toBe('No ratings yet');
  });
});

describe('decision floors at the debrief', () => {
  // Overlapping floors: a 1 on the first (heaviest) dimension hits several of them at once.
  const layered: DebriefModel = { ...layeredScorecard, disagreementPoints: 2 };
  const [floored] = layered.dimensions;
  const top = layered.scale.at(-1)!.rating;
  const bottom = layered.scale[0]!.rating;
  const card = (interviewer: string, rating: number, seed: number) =>
    scorecardsFromExport(layered, exportOf(interviewer, 'Ada', Object.fromEntries(layered.dimensions.map((d, i) => [d.competency, i === 0 ? rating : top])), [], seed), 'f.json');
  const cards = (...list: [string, number][]) =>
    list.map(([who, rating], i) => {
      const r = card(who, rating, (i + 1) / 10);
      if (!r.ok) throw new Error(r.error);
      return r.value[0]!;
    });

  it('names an interviewer once when their rating hits several floors of a contested dimension', () => {
    const d = debriefOf(layered, cards(['Jane', bottom], ['Bo', top]));
    const item = d.agenda.find((a) => a.kind === 'contested')!;
    expect(item.title).toContain(floored!.label);
    expect(item.detail).toContain(' Jane’s rating hits a decision floor.');
    expect(item.detail.split('Jane').length - 1).toBe(2); // once in the ratings, once for the floor
  });

  it('names each interviewer once, with their ratings, when several hit a floor', () => {
    const d = debriefOf(layered, cards(['Jane', bottom], ['Bo', bottom], ['Cy', top]));
    expect(d.agenda.find((a) => a.kind === 'contested')!.detail).toContain(' Jane’s and Bo’s ratings hit a decision floor.');
  });

  it('gives one floor item and one line of the result per interviewer and dimension', () => {
    // Never contested, so the floor has an agenda item of its own.
    const calm: DebriefModel = { ...layered, disagreementPoints: top - bottom + 1 };
    const d = debriefOf(calm, cards(['Jane', bottom], ['Bo', top], ['Cy', top]));
    expect(d.floorHits.map((h) => [h.interviewer, h.hit.dimension.competency])).toEqual([['Jane', floored!.competency]]);
    expect(d.agenda.filter((a) => a.kind === 'floor').map((a) => a.title)).toEqual([`Decision floor: ${floored!.label} rated ${bottom} by Jane`]);
    expect(d.cappedFrom).not.toBeNull();
    const { detail } = describeDebrief(model, d);
    expect(detail.split(`Jane rated ${floored!.label} ${bottom}`).length - 1).toBe(1);
  });
});

describe('a floor hit by several interviewers at the debrief', () => {
  it('is one agenda item naming each of them with their rating', () => {
    const layered: DebriefModel = { ...layeredScorecard, disagreementPoints: 99 };
    const [floored] = layered.dimensions;
    const bottom = layered.scale[0]!.rating;
    const top = layered.scale.at(-1)!.rating;
    const cards = ['Jane', 'Bo', 'Cy'].map((who, i) => {
      const r = scorecardsFromExport(layered, exportOf(who, 'Ada', Object.fromEntries(layered.dimensions.map((x, j) => [x.competency, j === 0 && who !== 'Cy' ? bottom : top])), [], (i + 1) / 10), 'f.json');
      if (!r.ok) throw new Error(r.error);
      return r.value[0]!;
    });
    const d = debriefOf(layered, cards);
    expect(d.floorHits).toHaveLength(2);
    expect(d.agenda.filter((a) => a.kind === 'floor').map((a) => a.title)).toEqual([`Decision floor: ${floored!.label} rated ${bottom} by Jane and Bo`]);
    expect(d.agenda.filter((a) => a.title.includes(floored!.label))).toHaveLength(1);
  });
});

describe('the top of the debrief', () => {
  const data = (...texts: string[]) => ({ role: model.role, candidate: '', scorecards: texts.flatMap((t, i) => scorecards(t, `f${i}.json`)) });

  it('names the candidate on screen, the role, the day and whose scorecards it reads', () => {
    const both = data(exportOf('Ann', 'Ada Example', { design: 4 }), exportOf('', 'ada  example', { design: 3 }, [], 0.2), exportOf('Bo', 'Ben Other', { design: 2 }, [], 0.3));
    expect(debriefHeading(model, both, '2026-11-30')).toEqual({ candidate: 'Ada Example', line: `${model.roleTitle} · debrief of 30 November 2026 · scorecards from Ann and Interviewer 2` });
    const other = { ...both, candidate: candidateKey('Ben Other') };
    expect(debriefHeading(model, other, '2026-12-01')).toEqual({ candidate: 'Ben Other', line: `${model.roleTitle} · debrief of 1 December 2026 · scorecards from Bo` });
  });

  it('says there is no candidate yet before any scorecard is added, and leaves the day out when it cannot know it', () => {
    expect(debriefHeading(model, data(), '2026-11-30')).toEqual({ candidate: 'No candidate yet', line: `${model.roleTitle} · debrief of 30 November 2026 · no scorecards yet` });
    expect(debriefHeading(model, data(), null)).toEqual({ candidate: 'No candidate yet', line: `${model.roleTitle} · debrief · no scorecards yet` });
  });
});

describe('the line beside the control when what was added is refused', () => {
  it('speaks of files for files and of the pasted text for a paste, which the reader never saw as a file', () => {
    expect(refusedSummary(1, false)).toMatch(/^One file was not added/);
    expect(refusedSummary(3, false)).toMatch(/^3 files were not added/);
    expect(refusedSummary(1, true)).toMatch(/^The pasted text was not added/);
    expect(refusedSummary(1, true)).not.toMatch(/file/);
  });
});
