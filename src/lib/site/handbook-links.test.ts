import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenHandbookLinks, builtSiteFiles } from './handbook-links';
import { selfAssessmentHref } from './urls';

const ladder = { levels: [{ id: 'senior', title: 'Senior', track: 'ic', rank: 1 }], competencies: [{ id: 'design', name: 'Design' }], tracks: [{ id: 'ic', name: 'IC' }] };
const growthPage = (withModel = true) => ({
  path: selfAssessmentHref,
  html: `<main><h2 id="how">How</h2>${withModel ? `<script type="application/json" data-growth-model>${JSON.stringify({ ladder, kpis: [] })}</script>` : ''}</main>`,
});
const files = new Set(['/index.html', `${selfAssessmentHref}index.html`]);

describe('brokenHandbookLinks', () => {
  it('reads the self-assessment’s fragment as a share link when it is one, and as an anchor otherwise', () => {
    const home = { path: '/', html: `<a href="${selfAssessmentHref}#how">anchor</a><a href="${selfAssessmentHref}#sa=9">old</a><a href="${selfAssessmentHref}#nowhere">gone</a>` };
    const problems = brokenHandbookLinks([home, growthPage()], files).map((b) => b.problem);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^share link: /);
    expect(problems[1]).toMatch(/no element with id “nowhere”/);
  });

  it('refuses to check links into a self-assessment page that lost its data block', () => {
    expect(() => brokenHandbookLinks([growthPage(false)], files)).toThrow(/growth data block/);
  });
});

describe('builtSiteFiles', () => {
  it('lists every file under a folder as a site path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'site-'));
    try {
      mkdirSync(join(dir, 'a/b'), { recursive: true });
      writeFileSync(join(dir, 'index.html'), '');
      writeFileSync(join(dir, 'a/b/index.html'), '');
      writeFileSync(join(dir, 'a/data.json'), '');
      expect(builtSiteFiles(dir).sort()).toEqual(['/a/b/index.html', '/a/data.json', '/index.html']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
