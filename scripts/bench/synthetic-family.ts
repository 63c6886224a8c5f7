/**
 * Writes a synthetic job family into `dir` for benchmarks: `tracks` tracks of `levels` levels each,
 * `competencies` competencies that every level must cover, each level with the full set of
 * role-description files and `pagesPerLevel` MDX pages. It passes the validator, so the
 * benchmark measures a clean run. Derived from the real content so the shapes stay realistic.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { documentFile, roleFile, roleParts, rolesBase } from '../../src/schemas/collections.ts';

export interface SyntheticSize {
  tracks: number;
  levels: number;
  competencies: number;
  pagesPerLevel: number;
}

export function writeSyntheticFamily(repo: string, dir: string, size: SyntheticSize): { files: number; levels: number } {
  const real = (p: string) => parse(readFileSync(join(repo, 'content', p), 'utf8'));
  const readFile = (file: string) => parse(readFileSync(join(repo, file), 'utf8'));
  // The model for every synthetic level: a role whose description has every part.
  const model = readdirSync(join(repo, rolesBase)).find((role) => roleParts.every((part) => existsSync(join(repo, documentFile(part.collection, role)))));
  if (!model) throw new Error(`no role in ${rolesBase}/ has every part of a role description to copy`);
  const modelLevel = readFile(roleFile(model));
  const expectation = Object.values(modelLevel.expectations)[0] as Record<string, unknown>;
  let files = 0;
  const write = (p: string, value: unknown) => {
    const path = join(dir, 'content', p);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, typeof value === 'string' ? value : stringify(value));
    files++;
  };

  const competencyIds = Array.from({ length: size.competencies }, (_, i) => `competency-${i + 1}`);
  const trackIds = Array.from({ length: size.tracks }, (_, i) => `track-${i + 1}`);
  write('family/family.yaml', { name: 'Synthetic Engineering', description: 'A synthetic job family for benchmarks.', version: '1.0.0' });
  write('family/tracks.yaml', trackIds.map((id) => ({ id, name: `Track ${id}`, description: 'A synthetic track.' })));
  write('family/glossary.yaml', real('family/glossary.yaml'));
  const scale = real('family/proficiency-scale.yaml');
  const steps = (scale.steps as { value: number }[]).map((s) => s.value);
  write('family/proficiency-scale.yaml', scale);
  write('family/paths.yaml', [{ id: 'feeder', name: 'Feeder role', kind: 'feeder', description: 'A synthetic feeder.', levels: [`${trackIds[0]}-level-1`] }]);
  write(
    'family/competencies.yaml',
    competencyIds.map((id) => ({ id, name: `Competency ${id}`, summary: 'A synthetic competency.', tracks: trackIds, technicalSkills: [], softSkills: [] })),
  );

  // Every part but the hiring guide, whose kits and anchors belong to the model role's own scorecard.
  const parts = roleParts.filter((part) => part.name !== 'hiring');
  // Every competency is a dimension of each scorecard, with whole weights that add up to 100.
  const weights = competencyIds.map((_, i) => Math.floor(100 / competencyIds.length) + (i < 100 % competencyIds.length ? 1 : 0));
  for (const track of trackIds) {
    for (let rank = 1; rank <= size.levels; rank++) {
      const id = `${track}-level-${rank}`;
      const expectations = Object.fromEntries(competencyIds.map((c) => [c, { ...expectation, proficiency: steps[Math.min(steps.length - 1, Math.floor(rank / 2))], provenance: { kind: 'derived', section: 'Synthetic' } }]));
      write(roleFile(id).slice('content/'.length), { ...modelLevel, title: `Level ${rank} of ${track}`, track, rank, nextLevels: rank < size.levels ? [`${track}-level-${rank + 1}`] : [], provenance: { kind: 'derived', section: 'Synthetic' }, expectations });
      for (const part of parts) {
        const data = readFile(documentFile(part.collection, model));
        if (part.name === 'technicalSkills' || part.name === 'softSkills') for (const s of data.skills) s.id = `${id}-${s.id}`;
        if (part.name === 'scorecards') data.dimensions = competencyIds.map((competency, i) => ({ ...data.dimensions[0], competency, weight: weights[i] }));
        if (part.name === 'goals') for (const phase of data.phases) for (const g of phase.goals) g.competencies = [competencyIds[0]];
        write(documentFile(part.collection, id).slice('content/'.length), data);
      }
      for (let p = 1; p <= size.pagesPerLevel; p++)
        write(`docs/synthetic/${id}/page-${p}.mdx`, `---\ntitle: Page ${p} of ${id}\ndescription: A synthetic page.\nrole: ${id}\nterms: [drift]\n---\n\n## Section\n\nText of page ${p}.\n`);
    }
  }
  write('docs/index.mdx', '---\ntitle: Synthetic\ndescription: A synthetic handbook.\n---\n\nHome.\n');
  cpSync(join(repo, 'content/docs/404.md'), join(dir, 'content/docs/404.md'));
  return { files: files + 1, levels: size.tracks * size.levels };
}
