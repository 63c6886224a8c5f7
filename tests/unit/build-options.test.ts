/**
 * Build options a fork may set in astro.config.mjs, in a copy of the repository built for real:
 * another `outDir` still gets every page finished (src/integrations/quality-gates.ts), and a
 * `build.format` other than directories stops the build with a message saying it is not supported.
 */
import { existsSync, globSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { copyRepository } from '../support/repo';

const copy = copyRepository('build-options-');
afterAll(() => copy.remove());
const configFile = join(copy.dir, 'astro.config.mjs');
const config = readFileSync(configFile, 'utf8');
/** The copy's config with `options` added to its top level. */
const configWith = (options: string) => {
  const withOptions = config.replace(/^(\s*)trailingSlash: 'always',$/m, `$1trailingSlash: 'always',$1${options}`);
  expect(withOptions, 'astro.config.mjs sets trailingSlash').not.toBe(config);
  writeFileSync(configFile, withOptions);
};

it('finishes every page written to another outDir', () => {
  configWith("outDir: './site-out',");
  const build = copy.build();
  expect(build.status, build.stdout + build.stderr).toBe(0);
  const out = join(copy.dir, 'site-out');
  expect(existsSync(join(copy.dir, 'dist'))).toBe(false);
  const pages = globSync('**/*.html', { cwd: out });
  expect(pages.length).toBeGreaterThan(1);
  // Every Starlight page carries scripts with aria-hidden until it is finished (starlight-fixes.ts).
  const starlight = pages.filter((file) => readFileSync(join(out, file), 'utf8').includes('data-has-sidebar'));
  expect(starlight.length).toBeGreaterThan(0);
  for (const file of starlight) expect(readFileSync(join(out, file), 'utf8'), file).not.toMatch(/<script\b[^>]*\saria-hidden=/);
  expect(existsSync(join(out, '_headers'))).toBe(true);
}, 600_000);

it('stops a build with build.format \'file\', saying the option is not supported', () => {
  const withFormat = config.replace(/^(\s*)build: \{/m, "$1build: { format: 'file',");
  expect(withFormat, 'astro.config.mjs sets build options').not.toBe(config);
  writeFileSync(configFile, withFormat);
  const build = copy.build();
  const output = build.stdout + build.stderr;
  expect(build.status, output).not.toBe(0);
  expect(output).toContain("build.format 'file' is not supported");
  expect(output).not.toMatch(/unhandled error|Stack trace/);
}, 600_000);
