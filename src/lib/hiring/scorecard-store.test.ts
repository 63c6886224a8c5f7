import { describe, expect, it } from 'vitest';
import { newCandidate, withAddedCandidate, type ScorecardData } from './scorecard-store';

const empty: ScorecardData = { role: 'r', interviewer: '', currentId: '', candidates: [] };
const now = new Date('2026-01-02T03:04:05Z');
let seed = 0;
const random = () => ((seed = (seed * 7 + 3) % 97), seed / 97);

describe('adding a candidate', () => {
  it('keeps the draft on screen beside the new one, so the reader has two candidates, not one renamed', () => {
    const draft = newCandidate(empty, 'Candidate 1', now, random);
    const { data, added } = withAddedCandidate(empty, draft, now, random);
    expect(data.candidates.map((c) => c.id)).toEqual([draft.id, added.id]);
    expect(new Set(data.candidates.map((c) => c.name)).size).toBe(2);
    expect(data.currentId).toBe(added.id);
  });

  it('adds one candidate when the one on screen is already stored, or there is none', () => {
    const first = withAddedCandidate(empty, null, now, random);
    expect(first.data.candidates).toHaveLength(1);
    const second = withAddedCandidate(first.data, first.added, now, random);
    expect(second.data.candidates.map((c) => c.id)).toEqual([first.added.id, second.added.id]);
    expect(second.added.name).not.toBe(first.added.name);
  });
});
