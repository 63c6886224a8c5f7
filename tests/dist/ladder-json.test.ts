import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { loadContent } from '~/lib/content/validation/load';
import { roleParts } from '~/schemas/collections';
import { distDir, requireDist } from '../support/dist';
import { repoRoot } from '../support/repo';

requireDist();
const ladder = JSON.parse(readFileSync(join(distDir, 'ladder.json'), 'utf8'));
const schema = JSON.parse(readFileSync(join(distDir, 'ladder.schema.json'), 'utf8'));
/** The content the site was built from, read with the validator's loader. */
const { entries } = loadContent(repoRoot);
const of = (collection: string) => entries.filter((e) => e.collection === collection);
const ids = (list: { id: string }[]) => list.map((x) => x.id).sort();

describe('the published machine-readable ladder', () => {
  it('has its top-level keys named, each once, by the data guide’s table, and no key it lacks', () => {
    const page = readFileSync(join(distDir, 'reference/data-export/index.html'), 'utf8');
    const named = [...page.matchAll(/<code data-export-key[^>]*>([^<]+)<\/code>/g)].map((m) => m[1]);
    expect(named.sort()).toEqual(Object.keys(ladder).sort());
  });

  it('validates against the published JSON Schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const valid = validate(ladder);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('fails validation when the data breaks the contract', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const broken = structuredClone(ladder);
    broken.levels[0].rank = 'first';
    delete broken.competencies[0].name;
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toEqual(expect.arrayContaining(['/levels/0/rank', '/competencies/0']));
  });

  it('holds every level, competency, track, path, glossary term and step of the scale the content has', () => {
    expect(ladder.$schema).toMatch(/\/ladder\.schema\.json$/);
    expect(ids(ladder.levels)).toEqual(ids(of('roles')));
    expect(ids(ladder.competencies)).toEqual(ids(of('competencies')));
    expect(ids(ladder.tracks)).toEqual(ids(of('tracks')));
    expect(ids(ladder.paths)).toEqual(ids(of('paths')));
    expect(ids(ladder.glossary)).toEqual(ids(of('glossary')));
    expect(ladder.proficiencyScale).toEqual((of('proficiencyScale')[0]!.data as { steps: unknown[] }).steps);
  });

  it('holds every part of every role description as the content has it, KPI by KPI, a scorecard’s dimensions with their competencies’ names', () => {
    const names = new Map(of('competencies').map((c) => [c.id, (c.data as { name: string }).name]));
    /** The export keeps a dimension's `label`, which scorecard.yaml no longer writes: its competency's name. */
    const named = (data: { dimensions: { competency: string }[] }) => ({ ...data, dimensions: data.dimensions.map((d) => ({ ...d, label: names.get(d.competency) })) });
    for (const part of roleParts)
      for (const entry of of(part.name)) {
        const data = JSON.parse(JSON.stringify(entry.data));
        expect(ladder.roleDescriptions[entry.id]?.[part.key], `${entry.file}`).toEqual(part.name === 'scorecards' ? named(data) : data);
      }
    expect(Object.keys(ladder.roleDescriptions).sort()).toEqual([...new Set(roleParts.flatMap((p) => of(p.name).map((e) => e.id)))].sort());
  });

  it('gives every level an expectation for every competency of its track, on a step of the scale', () => {
    const steps = ladder.proficiencyScale.map((s: { value: number }) => s.value);
    for (const level of ladder.levels) {
      const ofTrack = ladder.competencies.filter((c: { tracks: string[] }) => c.tracks.includes(level.track)).map((c: { id: string }) => c.id);
      expect(Object.keys(level.expectations).sort(), level.id).toEqual(expect.arrayContaining(ofTrack));
      for (const e of Object.values(level.expectations) as { proficiency: number }[]) expect(steps).toContain(e.proficiency);
    }
  });

  it('is at the version of the newest release in its changelog', () => {
    expect(ladder.version).toBe(ladder.changelog[0].version);
  });
});
