import { describe, expect, it } from 'vitest';
import { deletedSince, latestTombstones, tombstonesKept, tombstonesOf } from './tombstones';

const t1 = '2026-09-01T10:00:00.000Z';
const t2 = '2026-09-02T10:00:00Z';
const tomb = (id: string, deletedAt: string) => ({ field: 'evidence', id, deletedAt });

describe('tombstones', () => {
  it('are none in data made before them', () => {
    expect(tombstonesOf({ evidence: [] }, 'deleted')).toEqual([]);
    expect(tombstonesOf({ deleted: [tomb('e1', t1)] }, undefined)).toEqual([]);
  });

  it('delete a copy changed at or before the deletion, or never stamped, and not one changed after', () => {
    const times = latestTombstones([tomb('e1', t1), tomb('e1', t2)]);
    expect(deletedSince(times, 'evidence', 'e1', t2)).toBe(true);
    expect(deletedSince(times, 'evidence', 'e1', undefined)).toBe(true);
    expect(deletedSince(times, 'evidence', 'e1', '2026-09-02T10:00:00.001Z')).toBe(false);
    expect(deletedSince(times, 'checkIns', 'e1', undefined)).toBe(false);
  });

  it('keep one per record, its latest, none for a record kept, the newest few, oldest first', () => {
    const list = [tomb('e3', t2), tomb('e1', t2), tomb('e1', t1), tomb('e2', t1), tomb('e4', '2026-08-01T00:00:00Z')];
    expect(tombstonesKept(latestTombstones(list), (_, id) => id === 'e2', 2)).toEqual([tomb('e3', t2), tomb('e1', t2)]);
    expect(tombstonesKept(latestTombstones(list), () => false, 10).map((t) => t.id)).toEqual(['e4', 'e2', 'e3', 'e1']);
  });
});
