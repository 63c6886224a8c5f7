/**
 * The hosting guide as built: it names every environment variable that says where the site lives
 * (those src/site.ts reads), and a configuration it titles as a file of dist/ is one the build writes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostingGuideHref } from '~/lib/site/urls';
import { decodeEntities } from '~/lib/text/html-entities';
import { distDir, requireDist } from '../support/dist';
import { mainText } from '../support/html-text';
import { repoRoot } from '../support/repo';

requireDist();
const html = readFileSync(join(distDir, hostingGuideHref, 'index.html'), 'utf8');

describe('the hosting guide', () => {
  it('names every environment variable the site’s address and edit links are read from', () => {
    const variables = [...readFileSync(join(repoRoot, 'src/site.ts'), 'utf8').matchAll(/process\.env\['(\w+)'\]/g)].map((m) => m[1]!);
    expect(variables.length).toBeGreaterThan(0);
    const text = mainText(html);
    for (const variable of variables) expect(text, variable).toContain(variable);
  });

  it('titles a configuration as a file of dist/ only when the build writes that file', () => {
    const titles = [...html.matchAll(/<span class="title">([^<]*)<\/span>/g)].map((m) => decodeEntities(m[1]!));
    expect(titles.length).toBeGreaterThan(0);
    for (const file of titles.filter((t) => t.startsWith('dist/'))) expect(existsSync(join(distDir, file.slice('dist/'.length))), file).toBe(true);
  });
});
