import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { roleSchema } from '../../schemas/role';
import { describeFields, howCollectionIsRead } from './schema-doc';

describe('describeFields', () => {
  it('lists fields with type, requiredness, allowed values, defaults and descriptions', () => {
    const schema = z.object({
      name: z.string().describe('The name.'),
      kind: z.enum(['a', 'b']).optional(),
      tags: z.array(z.string()).default([]),
      items: z.array(z.object({ weight: z.number().int().min(1).max(100) })),
    });
    expect(describeFields(schema)).toEqual([
      { path: 'name', type: 'text', required: true, description: 'The name.' },
      { path: 'kind', type: 'one of', required: false, allowed: ['a', 'b'] },
      { path: 'tags', type: 'list of text', required: false, defaultValue: '[]' },
      { path: 'items', type: 'list of map', required: true },
      { path: 'items[].weight', type: 'whole number 1–100', required: true },
    ]);
  });

  it('describes a shared schema by its name in one row, wherever it is used', () => {
    const source = z.object({ kind: z.enum(['a', 'b']) }).describe('Where it comes from.');
    const schema = z.object({ source, parts: z.object({ first: source.describe('Of the first part.') }) });
    expect(describeFields(schema, '', new Map([[source, 'source']]))).toEqual([
      { path: 'source', type: 'source', required: true, description: 'Where it comes from.' },
      { path: 'parts', type: 'map', required: true },
      { path: 'parts.first', type: 'source', required: true, description: 'Of the first part.' },
    ]);
  });

  it('documents every field of the role schema, nested expectations included', () => {
    const paths = describeFields(roleSchema).map((f) => f.path);
    expect(paths).toContain('expectations.<id>.proficiency');
    expect(paths).toContain('provenance.summary.kind');
    expect(paths).toContain('expectations.<id>.provenance.behaviors.sections[].name');
    expect(describeFields(roleSchema).every((f) => f.description || f.path.includes('.'))).toBe(true);
  });
});

describe('howCollectionIsRead', () => {
  const schema = z.object({});
  it('says a document named by a pattern is one entry per folder, and one named outright one file', () => {
    expect(howCollectionIsRead({ name: 'kpis', kind: 'document', base: 'content/roles', pattern: '*/kpis.yaml', schema, title: 'KPIs' }, false)).toMatch(/name of the folder/);
    expect(howCollectionIsRead({ name: 'family', kind: 'document', base: 'content', pattern: 'family/family.yaml', schema, title: 'Family' }, false)).not.toMatch(/folder/);
  });

  it('says whether a list’s entries carry their own id', () => {
    const list = { name: 'glossary', kind: 'list', file: 'content/family/glossary.yaml', schema, title: 'Glossary' } as const;
    expect(howCollectionIsRead(list, true)).toMatch(/`id`/);
    expect(howCollectionIsRead(list, false)).not.toMatch(/`id`/);
  });
});
