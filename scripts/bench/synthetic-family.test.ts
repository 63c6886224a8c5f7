import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content/validation/format.ts';
import { loadContent, type LoadedContent } from '../../src/lib/content/validation/load.ts';
import { validateContent } from '../../src/lib/content/validation/validate.ts';
import { copyId, writeSyntheticFamily } from './synthetic-family.ts';

// The benchmark's family is the real content with its ladder copied under new ids. If a schema or a
// rule changes and the copying no longer follows, this fails, and `npm run bench:validate` would refuse
// to time the family: fix synthetic-family.ts, not the content.
describe('the synthetic family of the validator benchmark', () => {
  const repo = process.cwd();
  let dir: string;
  let real: LoadedContent;
  let family: LoadedContent;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'synthetic-family-'));
    writeSyntheticFamily(repo, dir, { copies: 2 });
    real = loadContent(repo);
    family = loadContent(dir);
  }, 120_000); // It writes and reads the content twice over: more than a hook's 10 s on a busy machine.
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('validates with no problems, as the real content does', () => {
    expect(validateContent(repo).problems.map(formatProblem), 'the real content has problems: run npm run validate').toEqual([]);
    expect(validateContent(dir).problems.map(formatProblem)).toEqual([]);
  }, 120_000);

  it('holds every level and track of the real content, and a copy of each under a new id', () => {
    const ids = (c: LoadedContent, collection: string) => c.entries.filter((e) => e.collection === collection).map((e) => e.id).sort();
    for (const collection of ['roles', 'tracks']) {
      const copied = ids(real, collection).flatMap((id) => [id, copyId(id, 2)]).sort();
      expect(ids(family, collection)).toEqual(copied);
      expect(new Set(copied).size).toBe(copied.length);
    }
  });

  it('copies every file of a level’s folder, its interview materials with it', () => {
    expect(family.filesChecked).toBeGreaterThan(real.filesChecked);
    expect(family.materials.filesChecked).toBe(2 * real.materials.filesChecked);
  });
});
