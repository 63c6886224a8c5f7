import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { loadContent } from '~/lib/content/validation/load';
import { roleFile } from '~/schemas/collections';
import { copyRepository, repoRoot } from '../support/repo';

const copy = copyRepository('broken-build-');
afterAll(() => copy.remove());

it('stops `astro build` itself (not only `npm run validate`) on a broken reference', () => {
  // Any level, moved to a track that no tracks.yaml defines.
  const { entries } = loadContent(repoRoot);
  const level = entries.find((e) => e.collection === 'roles')!;
  const track = String((level.data as { track: string }).track);
  const tracks = new Set(entries.filter((e) => e.collection === 'tracks').map((e) => e.id));
  const missing = `${[...tracks].join('-')}-elsewhere`;
  const file = join(copy.dir, roleFile(level.id));
  writeFileSync(file, readFileSync(file, 'utf8').replace(new RegExp(`^track: ${track}$`, 'm'), `track: ${missing}`));

  const build = copy.build();
  const output = build.stdout + build.stderr;
  expect(build.status, output).not.toBe(0);
  expect(output).toContain(`${roleFile(level.id)}:`);
  expect(output).toContain(`broken-reference  track \`${missing}\` does not exist`);
  // The report alone: the content is at fault, not the handbook's code.
  expect(output).not.toMatch(/unhandled error|Stack trace|Location:/);
}, 150_000);
