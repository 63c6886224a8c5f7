import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { loadContent } from '~/lib/content/validation/load';
import { levelHref } from '~/lib/site/urls';
import { roleFile, roleParts } from '~/schemas/collections';
import { binOf, copyRepository } from '../support/repo';

const copy = copyRepository('dev-bad-content-');
let server: ChildProcess | undefined;
afterAll(() => {
  server?.kill();
  copy.remove();
});

/** A port nothing listens on. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** The environment of a dev server as a terminal starts it: Astro serves no page when it sees VITEST set. */
function serverEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV'));
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1' };
}

it('keeps `astro dev` serving when it starts on a wrong type and a YAML syntax error, and serves the level again once it is fixed', { timeout: 120_000 }, async () => {
  // Any level, its rank written as text; and a part of a role description that no longer parses.
  const { entries } = loadContent(copy.dir);
  const level = entries.find((e) => e.collection === 'roles')!;
  const levelFile = join(copy.dir, roleFile(level.id));
  const written = readFileSync(levelFile, 'utf8');
  const wrongType = written.replace(/^rank: .*$/m, 'rank: not-a-number');
  expect(wrongType, `${roleFile(level.id)} has no rank line`).not.toBe(written);
  writeFileSync(levelFile, wrongType);
  const part = entries.find((e) => roleParts.some((p) => p.name === e.collection))!;
  writeFileSync(join(copy.dir, part.file), `broken: [\n${readFileSync(join(copy.dir, part.file), 'utf8')}`);

  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let output = '';
  server = spawn(process.execPath, [binOf('astro'), 'dev', '--host', '127.0.0.1', '--port', String(port)], { cwd: copy.dir, env: serverEnv() });
  // Without its colours, which the logger adds when CI is set, even into a pipe.
  const read = (chunk: Buffer) => (output += chunk.toString().replace(/\x1b\[[0-9;]*m/g, ''));
  server.stdout!.on('data', read);
  server.stderr!.on('data', read);
  // Ready once the content is synced and the address printed; or it stops, which is the failure.
  const started = await new Promise<string>((resolve) => {
    const settle = (result: string) => {
      clearInterval(check);
      resolve(result);
    };
    const check = setInterval(() => /\[content\] Synced content/.test(output) && output.includes(`${origin}/`) && settle('serving'), 100);
    server!.on('exit', (code) => settle(`exited with ${code}:\n${output}`));
  });
  expect(started).toBe('serving');

  // The validator's words for both problems, never Astro's raw schema error.
  expect(output).toMatch(new RegExp(`${roleFile(level.id)}:\\d+:\\d+ {2}invalid-type`));
  expect(output).toMatch(new RegExp(`${part.file}:\\d+:\\d+ {2}yaml-syntax`));
  expect(output).not.toContain('InvalidContentEntryDataError');

  // The level's page is missing, says why, and the server answers on.
  const missing = await fetch(`${origin}${levelHref(level.id)}`);
  expect(missing.ok).toBe(false);
  const notice = await missing.text();
  expect(notice).toContain('content-problems-notice');
  expect(notice).toMatch(new RegExp(`${roleFile(level.id)}:\\d+:\\d+ {2}invalid-type`));
  expect(server.exitCode).toBeNull();

  // Fixed while the server runs: the level's page is back.
  writeFileSync(levelFile, written);
  await vi.waitFor(async () => expect((await fetch(`${origin}${levelHref(level.id)}`)).status, output).toBe(200), { timeout: 60_000, interval: 500 });
});
