import { describe, expect, it } from 'vitest';
import { ladderExportSchema } from '../../schemas/export';
import { exportKeys } from './export-keys';

describe('the keys of ladder.json as the data guide lists them', () => {
  it('are the export schema’s top-level keys, in its order, each saying what it holds', () => {
    const keys = exportKeys();
    expect(keys.map((k) => k.path)).toEqual(Object.keys(ladderExportSchema.shape));
    expect(keys.filter((k) => !k.description?.trim()).map((k) => k.path)).toEqual([]);
  });
});
