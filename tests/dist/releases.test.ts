/**
 * The release pages as built: one per release of the changelog, linked from the changelog, each
 * with a section for exactly the levels and competencies whose snapshot differs from the release
 * before (read from content/family/releases/ and compared here as plain data), the first release
 * saying it is the first. Holds for whatever releases the content has.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { changelogHref, competencyHref, levelHref, releaseCompetencyAnchor, releaseLevelAnchor, releasePageHref } from '~/lib/site/urls';
import { loadContent } from '~/lib/content/validation/load';
import { snapshotFile } from '~/lib/ladder/release-snapshot';
import { distDir, requireDist } from '../support/dist';
import { mainText } from '../support/html-text';
import { repoRoot } from '../support/repo';

requireDist();
interface Snapshot {
  levels: { id: string; expectations: Record<string, unknown> }[];
  competencies: { id: string }[];
}
interface LoggedRelease {
  version: string;
  effective: string;
  changes: { subject: string; id: string }[];
}
const changelog = (parse(readFileSync(join(repoRoot, 'content/family/changelog.yaml'), 'utf8')) as { releases: LoggedRelease[] }).releases;
const releases = changelog.map((r) => r.version);
const snapshot = (version: string) => parse(readFileSync(join(repoRoot, snapshotFile(version)), 'utf8')) as Snapshot;
const built = (href: string) => readFileSync(join(distDir, href, 'index.html'), 'utf8');
const ids = (html: string, anchor: (id: string) => string, all: string[]) => all.filter((id) => html.includes(` id="${anchor(id)}"`));

/** JSON with keys in sorted order: two snapshots of the same data compare equal whatever their key order. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));

/** Ids of the entries of `before` and `after` that differ, come or go. */
function changed<T extends { id: string }>(before: T[], after: T[], same: (a: T, b: T) => boolean): string[] {
  const old = new Map(before.map((x) => [x.id, x]));
  const now = new Map(after.map((x) => [x.id, x]));
  return [...new Set([...now.keys(), ...old.keys()])].filter((id) => !old.has(id) || !now.has(id) || !same(old.get(id)!, now.get(id)!));
}

/** The levels and competencies whose snapshot in release `i` of the changelog differs from the release before (all of them in the first). */
function changedIn(i: number): { levels: string[]; competencies: string[] } {
  const after = snapshot(releases[i]!);
  const previous = releases[i + 1];
  const before: Snapshot = previous ? snapshot(previous) : { levels: [], competencies: [] };
  const expectationsOf = (s: Snapshot, competency: string) => canonical(Object.fromEntries(s.levels.map((l) => [l.id, l.expectations[competency]])));
  return {
    levels: changed(before.levels, after.levels, (a, b) => canonical(a) === canonical(b)),
    competencies: changed(before.competencies, after.competencies, (a, b) => canonical(a) === canonical(b) && expectationsOf(before, a.id) === expectationsOf(after, b.id)),
  };
}

describe('release pages', () => {
  it('exist for every release of the changelog, which links to each', () => {
    const changelog = built(changelogHref);
    for (const version of releases) {
      expect(existsSync(join(distDir, releasePageHref(version), 'index.html')), version).toBe(true);
      expect(changelog).toContain(`href="${releasePageHref(version)}"`);
    }
  });

  it('show a section for exactly the levels and competencies that changed since the release before', () => {
    releases.forEach((version, i) => {
      const html = built(releasePageHref(version));
      const after = snapshot(version);
      const previous = releases[i + 1];
      const before: Snapshot = previous ? snapshot(previous) : { levels: [], competencies: [] };
      const allLevels = [...new Set([...after.levels, ...before.levels].map((l) => l.id))];
      const allCompetencies = [...new Set([...after.competencies, ...before.competencies].map((c) => c.id))];
      const { levels, competencies } = changedIn(i);
      expect(ids(html, releaseLevelAnchor, allLevels).sort(), version).toEqual(levels.sort());
      expect(ids(html, releaseCompetencyAnchor, allCompetencies).sort(), version).toEqual(competencies.sort());
      if (!previous) expect(mainText(html)).toMatch(/first release/);
    });
  });

  it('are upcoming while their effective date is after the day the site was built, the newest effective one in force, and pages say so', () => {
    const log = built(changelogHref);
    // The day the site says it was built, read from the changelog page: the test holds on any day.
    const builtOn = /class="changelog-as-of"[\s\S]*?<time datetime="(\d{4}-\d{2}-\d{2})"/.exec(log)?.[1];
    expect(builtOn, 'the changelog says on which day it judges the releases').toBeDefined();
    const inForce = changelog.find((r) => r.effective <= builtOn!);
    const expected = (r: LoggedRelease) => (r.effective > builtOn! ? 'upcoming' : r === inForce ? 'in-force' : 'superseded');
    const standingOn = (html: string, attribute: string) => new RegExp(`${attribute}[^>]*data-standing="([a-z-]+)"`).exec(html)?.[1];
    for (const r of changelog) {
      expect(standingOn(log, `data-release="${r.version}"`), `changelog, ${r.version}`).toBe(expected(r));
      const page = built(releasePageHref(r.version));
      expect(/<p data-standing="([a-z-]+)"/.exec(page)?.[1], `release page ${r.version}`).toBe(expected(r));
      if (expected(r) === 'upcoming') expect(mainText(page)).toContain(`Takes effect on ${r.effective}`);
    }
    // A level's or competency's note on its last change, the newest release that lists a change for it
    // or whose snapshot changed it: an upcoming release is not called the version in force.
    const changedBy = changelog.map((r, i) => {
      const { levels, competencies } = changedIn(i);
      const listed = r.changes.filter((c) => c.subject === 'level' || c.subject === 'competency').map((c) => `${c.subject} ${c.id}`);
      return new Set([...listed, ...levels.map((id) => `level ${id}`), ...competencies.map((id) => `competency ${id}`)]);
    });
    let notes = 0;
    for (const [i, r] of changelog.entries())
      for (const key of changedBy[i]!) {
        if (changedBy.findIndex((subjects) => subjects.has(key)) !== i) continue; // not its last change
        const [subject, id] = key.split(' ') as ['level' | 'competency', string];
        const href = subject === 'level' ? levelHref(id) : competencyHref(id);
        if (!existsSync(join(distDir, href, 'index.html'))) continue; // removed since
        const html = built(href);
        notes++;
        expect(standingOn(html, 'class="last-changed\\b'), href).toBe(expected(r));
        const note = mainText(/<aside class="last-changed\b[\s\S]*?<\/aside>/.exec(html)![0]);
        expect(note, href).toMatch(new RegExp(`in framework version ${r.version.replaceAll('.', '\\.')}\\b`));
        if (expected(r) === 'upcoming') expect(note, href).toMatch(new RegExp(`takes effect on ${r.effective}${inForce ? `; until then, version ${inForce.version.replaceAll('.', '\\.')} is in force` : ''}`));
        else expect(note, href).toContain(`${expected(r) === 'superseded' ? 'effective' : 'in force since'} ${r.effective}`);
      }
    expect(notes).toBeGreaterThan(0);
  });
});

describe('the changelog', () => {
  it('names what each change is about as readers know it, never by its id', () => {
    const text = mainText(built(changelogHref));
    const ids = changelog.flatMap((r) => r.changes.map((c) => `${c.subject.replace('-', ' ')}: ${c.id})`));
    expect(ids.filter((id) => text.includes(id))).toEqual([]);
  });

  it('words its change notes as readers would, never with a field name of the data files, wherever they show', () => {
    // The camelCase keys of every data file (`trackFocus`, `differsFromPrevious`…), read from the content.
    const keys = new Set<string>();
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object')
        for (const [key, v] of Object.entries(value)) {
          if (/^[a-z]+[A-Z]/.test(key)) keys.add(key);
          walk(v);
        }
    };
    for (const entry of loadContent(repoRoot).entries) walk(entry.data);
    expect(keys.size).toBeGreaterThan(0);
    const pages = [changelogHref, ...releases.map(releasePageHref), ...changelog.flatMap((r) => r.changes.filter((c) => c.subject === 'competency').map((c) => competencyHref(c.id)))];
    for (const href of pages) {
      const text = mainText(built(href));
      for (const key of keys) expect(text, `${href}: ${key}`).not.toMatch(new RegExp(`\\b${key}\\b`));
    }
  });
});
