/**
 * `npm run build:checked` (the build step of `npm test`): `astro build`, printed as it runs, that
 * fails when the build printed any warning or error. A warning nobody reads hides the next real
 * one: fix each at its cause; when one comes from upstream and cannot be fixed here, drop exactly
 * that message in astro.config.mjs (Vite's `build.rolldownOptions.onwarn`) with the upstream issue
 * in a comment.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** ANSI colour and style codes, which Astro adds when it writes to a terminal. */
const ansi = /\x1b\[[0-9;]*m/g;

/**
 * The lines of a build log that report a warning or an error: Astro's logger (`12:00:00 [WARN] …`,
 * also used for Vite's and integrations' warnings), Node's process warnings
 * (`(node:123) DeprecationWarning: …`) and npm's (`npm warn …`).
 */
export function warningLines(log: string): string[] {
  return log
    .replace(ansi, '')
    .split(/\r?\n/)
    .filter((line) => /^(?:\d\d:\d\d:\d\d\s+)?\[(?:WARN|ERROR)\]|^\(node:\d+\) \w*Warning:|^npm (?:warn|error)\b/i.test(line.trim()));
}

async function main(): Promise<void> {
  const manifest = createRequire(import.meta.url).resolve('astro/package.json');
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: { astro: string } };
  const astro = join(dirname(manifest), bin.astro);
  const child = spawn(process.execPath, [astro, 'build', ...process.argv.slice(2)], { stdio: ['inherit', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    log += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    process.stderr.write(chunk);
    log += chunk.toString();
  });
  const status = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  if (status !== 0) process.exit(status);
  const warnings = warningLines(log);
  if (warnings.length) {
    console.error(
      `\nThe build printed ${warnings.length} warning line(s); the handbook builds without any:\n  ${warnings.join('\n  ')}\n` +
        "Fix each at its cause. One that comes from upstream and cannot be fixed here is dropped, exactly, by Vite's `build.rolldownOptions.onwarn` in astro.config.mjs, with the upstream issue in a comment.",
    );
    process.exit(1);
  }
  console.log('Build without warnings.');
}

if (import.meta.main) await main();
