import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { builtPages, distDir, requireDist } from '../support/dist';
import { docPages } from '../support/page-types';
import { allowedHtmlErrors } from './html-validity.allowed';

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

/** Runs the Nu HTML Checker (npm vnu-jar) over every HTML file in dist/, with the Java the dist project's setup provides. */
function checkDist(): NuMessage[] {
  requireDist();
  const jar = String(createRequire(import.meta.url)('vnu-jar'));
  const java = inject('tools').java;
  if (!java) throw new Error('No Java for the Nu HTML Checker: run this test through its Vitest project (`vitest run --project dist`), which finds or installs it.');
  const run = spawnSync(java, ['-jar', jar, '--format', 'json', '--skip-non-html', distDir + '/'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.error) throw new Error(`Could not run the Nu HTML Checker with ${java}.\n${run.error.message}`);
  // vnu writes its JSON report to stderr; it exits 1 when it finds errors.
  const report = JSON.parse(run.stderr || run.stdout) as { messages: NuMessage[] };
  return report.messages;
}

const pagePath = (url = '') => '/' + relative(distDir, fileURLToPath(url)).replace(/index\.html$/, '');

describe('the Nu HTML Checker', () => {
  it('finds no error on any built page', { timeout: 300_000 }, () => {
    const messages = checkDist();
    const pages = builtPages().length;
    const errors = messages.filter((m) => m.type !== 'info');
    const allowed = errors.filter((m) =>
      allowedHtmlErrors.some((a) => m.message.includes(a.message) && (!a.extract || a.extract.test(m.extract ?? '')) && (!a.page || a.page.test(pagePath(m.url)))),
    );
    const reported = errors.filter((m) => !allowed.includes(m));
    const warnings = messages.filter((m) => m.type === 'info' && m.subType === 'warning');
    console.log(
      `Nu HTML Checker: ${pages + 1} pages, ${reported.length} errors, ${allowed.length} allowed errors (tests/dist/html-validity.allowed.ts), ${warnings.length} warnings`,
    );
    // Warnings do not fail the build. The checker evaluates the CSP <meta> itself, without script
    // hashes and with file: URLs, so it warns about scripts and stylesheets that Chromium allows
    // (tests/browser/every-page.test.ts checks the real thing).
    const kinds = new Map<string, number>();
    for (const w of warnings) kinds.set(w.message.replace(/“[^”]*”/g, '“…”'), (kinds.get(w.message.replace(/“[^”]*”/g, '“…”')) ?? 0) + 1);
    for (const [kind, count] of kinds) console.log(`  ${count} × warning: ${kind}`);
    expect(reported.map((m) => `${pagePath(m.url)} line ${m.lastLine}:${m.firstColumn}  ${m.message}\n    ${m.extract?.replace(/\s+/g, ' ') ?? ''}`)).toEqual([]);
  });
});

describe('the fixes of Starlight markup (src/lib/starlight-fixes.ts, and the table step of src/integrations/quality-gates.ts)', () => {
  const pages = builtPages();

  it('leave no aria-hidden on a script element', () => {
    expect(pages.filter((p) => /<script\b[^>]*\baria-hidden=/i.test(p.html)).map((p) => p.path)).toEqual([]);
  });

  it('give code blocks valid content and keyboard access (Expressive Code)', () => {
    const bad = pages
      .filter((p) => /<button\b[^>]*\bdata-code="[^"]*\u007f|data-code="[^"]*"[^>]*><div>|<code><div class="ec-line"|<pre (?![^>]*tabindex)[^>]*><code><span class="ec-line"/.test(p.html))
      .map((p) => p.path);
    expect(bad).toEqual([]);
  });

  it('hide the search shortcut from the search button’s accessible name', () => {
    const bad = pages.filter((p) => /data-open-modal/.test(p.html) && !/<button\b[^>]*data-open-modal[^>]*>(?:(?!<\/button>)[\s\S])*<kbd aria-hidden="true"/.test(p.html));
    expect(bad.map((p) => p.path)).toEqual([]);
  });

  it('make every Markdown table focusable, so the keyboard can scroll a wide one', () => {
    const byPath = new Map(pages.map((p) => [p.path, p]));
    const bad: string[] = [];
    for (const doc of docPages()) {
      const source = readFileSync(join(distDir, '..', doc.file), 'utf8');
      // A GFM table has a delimiter row such as `| --- | :-: |`.
      const tables = source.split('\n').filter((line) => /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$/.test(line)).length;
      const page = byPath.get(doc.path);
      if (!tables || !page) continue;
      const focusable = page.html.match(/<table\b[^>]*\btabindex="0"/g)?.length ?? 0;
      if (focusable < tables) bad.push(`${doc.path}: ${tables} Markdown tables in ${doc.file}, ${focusable} focusable tables in the page`);
    }
    expect(bad).toEqual([]);
  });
});
