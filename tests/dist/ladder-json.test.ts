import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { distDir, requireDist } from '../support/dist';

requireDist();
const ladder = JSON.parse(readFileSync(join(distDir, 'ladder.json'), 'utf8'));
const schema = JSON.parse(readFileSync(join(distDir, 'ladder.schema.json'), 'utf8'));

describe('the published machine-readable ladder', () => {
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

  it('holds the whole job family: every level with an expectation for every competency, and the Lead role description', () => {
    expect(ladder.$schema).toMatch(/\/ladder\.schema\.json$/);
    expect(ladder.levels.length).toBeGreaterThanOrEqual(6);
    for (const level of ladder.levels) expect(Object.keys(level.expectations).sort()).toEqual(ladder.competencies.map((c: { id: string }) => c.id).sort());
    const lead = ladder.roleDescriptions['lead-ml-engineer'];
    expect(lead.kpis.metrics).toHaveLength(22);
    expect(lead.scorecard.dimensions.reduce((sum: number, d: { weight: number }) => sum + d.weight, 0)).toBe(100);
    expect(ladder.version).toBe(ladder.changelog[0].version);
  });
});
