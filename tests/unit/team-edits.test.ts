/**
 * What a team that adopts the handbook does, following its guides ("Add a role or a level" and the
 * Content reference), in a throwaway copy of the repository: it adds a level on top of a track with
 * `npm run new:role`, two competencies, one on every track and one on a single track (each with an
 * expectation at every level of its tracks, a weighted scorecard dimension with the weights
 * re-balanced, and anchors in the hiring guide and a kit), a KPI and a tool, and records the
 * release (a changelog entry, then `npm run release:snapshot`). Then `npm run validate`,
 * `npm run build` and the unit and dist tests must pass in the copy without any change to code or tests. Everything the edits need
 * (ids, ranks, weights, the rating scale) is computed from the content, as a team would read it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isMap, isSeq, parse, parseDocument, type Document } from 'yaml';
import { loadContent, type Entry } from '~/lib/content/validation/load';
import { validateContent } from '~/lib/content/validation/validate';
import { levelsOfTrack } from '~/lib/ladder/level-order';
import { dataCollectionsByName, documentFile, roleFile } from '~/schemas/collections';
import { binOf, buildEnvironment, copyRepository, siteSources } from '../support/repo';

const thisTest = 'tests/unit/team-edits.test.ts';
const copy = copyRepository('team-', [...siteSources, 'tests', 'vitest.config.ts']);
// KEEP_TEAM_COPY=1 keeps the copy for a look at what failed.
afterAll(() => (process.env['KEEP_TEAM_COPY'] ? console.log(`copy kept in ${copy.dir}`) : copy.remove()));

/** Edits a YAML file of the copy as an editor would, keeping its comments and layout. */
function editYaml(file: string, change: (doc: Document) => void): void {
  const path = join(copy.dir, file);
  const doc = parseDocument(readFileSync(path, 'utf8'));
  change(doc);
  writeFileSync(path, doc.toString({ lineWidth: 0 }));
}
/** Appends an item to the list at `path` of a YAML document. */
function append(doc: Document, path: (string | number)[], item: unknown): void {
  const list = path.length ? doc.getIn(path, true) : doc.contents;
  if (!isSeq(list)) throw new Error(`${path.join('.') || 'the file'} is not a list`);
  list.items.push(doc.createNode(item));
}
/** An id that no entry of `taken` has: `base`, or `base-2`, `base-3`… */
function freeId(base: string, taken: readonly string[]): string {
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}
/**
 * npm in the copy: its scripts find Node 24 in the repository's node_modules, above the copy. Run
 * as a team runs them, outside Vitest: a build that inherits Vitest's NODE_ENV=test and MODE=test
 * is not a production build (Starlight's search script leaves out its dynamic import, and the
 * preload helper it shares with the tools' import code was counted as the tools' own shared
 * JavaScript, about 950 bytes, in tests/dist/budgets.test.ts).
 */
const npm = (args: string[]) => spawnSync('npm', args, { cwd: copy.dir, encoding: 'utf8', env: { ...buildEnvironment(), ASTRO_TELEMETRY_DISABLED: '1' }, timeout: 300_000 });
/**
 * Vitest in the copy, as a fresh process that is not part of this run. Its unit project holds tests
 * that build or serve the site themselves: beside the rest of `npm test` on a loaded host (a fresh
 * clone's run, load 12 on two cores) it took more than the 600 s it had, so it has 20 minutes.
 */
function vitest(project: string) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')));
  return spawnSync(process.execPath, [binOf('vitest'), 'run', '--project', project, '--exclude', thisTest], { cwd: copy.dir, encoding: 'utf8', env: env as NodeJS.ProcessEnv, timeout: 1_200_000 });
}
/** The end of what a run printed, and why it stopped if it did not end by itself (a timeout's SIGTERM). */
const output = (r: { stdout: string; stderr: string; signal?: NodeJS.Signals | null; error?: Error }) =>
  [`${r.stdout}\n${r.stderr}`.slice(-6000), r.signal && `stopped by ${r.signal}${r.error ? `: ${r.error.message}` : ''}`].filter(Boolean).join('\n');

describe('a team that adds a level, competencies, a KPI and a tool by the guides', () => {
  const { entries } = loadContent(copy.dir);
  const of = (collection: string) => entries.filter((e) => e.collection === collection);
  const data = (e: Entry) => e.data as Record<string, unknown> & { id?: string };
  const tracks = of('tracks').map((t) => t.id);
  const levels = of('roles').map((e) => ({ id: e.id, ...(data(e) as { track: string; rank: number }) }));
  // The first track (individual contributors in the handbook), and its top level.
  const track = tracks[0]!;
  const top = levelsOfTrack(levels, track).at(-1)!;
  const steps = (data(of('proficiencyScale')[0]!)['steps'] as { value: number }[]).map((s) => s.value);
  // The added level's name shares no word with a level the team already has (its title, short
  // title or an alias): a team may well have a “Distinguished ML Engineer” of its own, and the test
  // must not clash with it (ambiguous-alias) or search for a name that two levels answer.
  const namesOf = (e: Entry) => {
    const names = data(e) as { title?: string; shortTitle?: string; aliases?: string[] };
    return [names.title ?? '', names.shortTitle ?? '', ...(names.aliases ?? [])];
  };
  const levelWords = new Set(of('roles').flatMap(namesOf).flatMap((name) => name.toLowerCase().split(/[^a-z]+/)));
  const rankName = ['Distinguished', 'Fellow', 'Chief', 'Emeritus', 'Luminary', 'Paragon'].find((word) => !levelWords.has(word.toLowerCase()))!;
  const level = { id: freeId(`${rankName.toLowerCase()}-engineer`, levels.map((l) => l.id)), title: `${rankName} Engineer`, shortTitle: rankName };
  const competency = freeId('responsible-ai', of('competencies').map((c) => c.id));
  // A second competency on the first track only: comparisons across tracks show it as new in kind
  // on one side and not expected on the other.
  const added = [
    { id: competency, name: 'Responsible AI', tracks },
    { id: freeId('model-cost-control', [...of('competencies').map((c) => c.id), competency]), name: 'Model cost control', tracks: [track] },
  ];
  const trackOf = (role: string) => levels.find((l) => l.id === role)?.track;
  const familyVersion = String(data(of('family')[0]!)['version']);
  const [major, minor] = familyVersion.split('.').map(Number);
  const version = `${major}.${minor! + 1}.0`;

  it('scaffolds the level with npm run new:role and fills in every placeholder', { timeout: 120_000 }, () => {
    const scaffold = npm(['run', 'new:role', '--', level.id, '--title', level.title, '--track', track]);
    expect(scaffold.status, output(scaffold)).toBe(0);
    let n = 0;
    for (const file of [roleFile(level.id), `content/docs/roles/${level.id}/index.mdx`]) {
      const path = join(copy.dir, file);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/TODO: [^"\n]*/g, () => `Sets the direction of engineering across the company, part ${++n}.`));
    }
    editYaml(roleFile(level.id), (doc) => doc.set('shortTitle', level.shortTitle));
    // The command has already made the level below lead to it, as the guide says.
    expect((parse(readFileSync(join(copy.dir, roleFile(top.id)), 'utf8')) as { nextLevels: string[] }).nextLevels).toContain(level.id);
  });

  it('adds competencies, one on every track and one on a single track, with an expectation at every level of their tracks', { timeout: 60_000 }, () => {
    for (const c of added)
      editYaml(dataCollectionsByName.competencies.file, (doc) =>
        append(doc, [], {
          id: c.id,
          name: c.name,
          summary: `Practices ${c.name.toLowerCase()} in the models the team ships.`,
          tracks: c.tracks,
          // How each track applies it, as the Content reference asks of a competency on several tracks.
          ...(c.tracks.length > 1 ? { trackFocus: Object.fromEntries(c.tracks.map((t) => [t, `Practices ${c.name.toLowerCase()} as the ${t} track works.`])) } : {}),
          technicalSkills: [],
          softSkills: [],
        }),
      );
    const all = [...levels, { id: level.id, track, rank: top.rank + 1 }];
    for (const c of added)
      for (const l of all.filter((l) => c.tracks.includes(l.track)))
        editYaml(roleFile(l.id), (doc) => {
          const expectations = doc.get('expectations', true);
          if (!isMap(expectations)) throw new Error(`${l.id} has no expectations`);
          // Deeper with rank, never falling within a track.
          const proficiency = steps[Math.min(l.rank, steps.length) - 1]!;
          // Past the top of the scale a level expects what the one below does, and says what differs in
          // words of its own, not the level below's (rule what-differs).
          const same = l.rank > 1 && proficiency === steps[Math.min(l.rank - 1, steps.length) - 1];
          const reach = same ? `, across the reach of rank ${l.rank}` : '';
          expectations.set(c.id, doc.createNode({
            proficiency,
            ...(same ? { differsFromPrevious: `Practices ${c.name.toLowerCase()} across a wider reach than the level below${reach}.` } : {}),
            behaviors: [`Reviews the ${c.name.toLowerCase()} of the models the team ships${reach}.`],
            evidence: [`A model review on ${c.name.toLowerCase()} that changed a launch decision.`],
            provenance: { behaviors: { kind: 'handbook' }, evidence: { kind: 'handbook' } },
          }));
        });
  });

  it('weighs each competency in every scorecard of its tracks, re-balanced to 100, with anchors in the hiring guide and a kit', { timeout: 60_000 }, () => {
    for (const scorecard of of('scorecards')) {
      const role = scorecard.id;
      const scale = (data(scorecard)['scale'] as { rating: number }[]).map((s) => s.rating);
      const weighed = added.filter((c) => c.tracks.includes(trackOf(role)!));
      const anchorsOf = (c: (typeof added)[number]) => scale.map((rating) => ({ rating, text: `Shows ${c.name.toLowerCase()} practice at rating ${rating}.` }));
      editYaml(documentFile(dataCollectionsByName.scorecards, role), (doc) => {
        for (const c of weighed) {
          const dimensions = doc.toJS().dimensions as { weight: number }[];
          // Five points from the heaviest dimension keep the sum at 100.
          const heaviest = dimensions.indexOf([...dimensions].sort((a, b) => b.weight - a.weight)[0]!);
          doc.setIn(['dimensions', heaviest, 'weight'], dimensions[heaviest]!.weight - 5);
          append(doc, ['dimensions'], { competency: c.id, excellent: `Catches ${c.name.toLowerCase()} risks before launch`, weight: 5 });
          // The worked example rates every dimension: the new one too.
          if (doc.has('workedExample')) doc.setIn(['workedExample', 'ratings', c.id], Math.max(...scale));
        }
      });
      // New weights change the worked example's score: the team writes what the validator computes.
      const file = documentFile(dataCollectionsByName.scorecards, role);
      for (const problem of validateContent(copy.dir).problems.filter((p) => p.rule === 'worked-example' && p.file === file)) {
        const field = /states a (score|band)/.exec(problem.message)?.[1];
        if (field && problem.expected) editYaml(file, (doc) => doc.setIn(['workedExample', field], field === 'score' ? Number(problem.expected) : problem.expected));
      }
      editYaml(documentFile(dataCollectionsByName.hiring, role), (doc) => {
        for (const c of weighed) {
          append(doc, ['scorecardAnchors'], { competency: c.id, anchors: anchorsOf(c) });
          append(doc, ['exercises', 0, 'competencies'], c.id);
          append(doc, ['exercises', 0, 'kit', 'rubrics'], { competency: c.id, anchors: anchorsOf(c) });
        }
      });
    }
  });

  it('adds a KPI and a tool to a role description', { timeout: 60_000 }, () => {
    const kpis = of('kpis')[0]!;
    const kpiIds = (data(kpis)['metrics'] as { id: string }[]).map((m) => m.id);
    editYaml(documentFile(dataCollectionsByName.kpis, kpis.id), (doc) =>
      append(doc, ['metrics'], { id: freeId('fairness-review-coverage', kpiIds), name: 'Fairness review coverage', measures: 'Share of launches with a fairness review', why: 'Catches harm before users do', target: '100% of Tier-1 launches', frequency: 'Quarterly' }),
    );
    editYaml(documentFile(dataCollectionsByName.tools, of('tools')[0]!.id), (doc) =>
      append(doc, ['tools'], { category: 'Responsible AI', tool: 'Fairlearn', use: 'Fairness assessment of models', commonality: 'Optional' }),
    );
  });

  it('records the change in a new release and bumps the family’s version', { timeout: 60_000 }, () => {
    editYaml(documentFile(dataCollectionsByName.family, ''), (doc) => doc.set('version', version));
    editYaml(documentFile(dataCollectionsByName.changelog, ''), (doc) => {
      const releases = doc.get('releases', true);
      if (!isSeq(releases)) throw new Error('the changelog has no releases');
      releases.items.unshift(
        doc.createNode({
          version,
          effective: '2030-01-01',
          summary: `A ${level.shortTitle} level and two competencies.`,
          changes: [
            { kind: 'added', subject: 'level', id: level.id, what: 'A level above the top of the track.', why: 'The team has engineers at that scope.' },
            ...added.map((c) => ({ kind: 'added', subject: 'competency', id: c.id, what: `${c.name}, at every level of its tracks and in the interview scorecard.`, why: 'The team ships AI features to customers.' })),
          ],
        }),
      );
    });
  });

  it('records the release’s ladder with npm run release:snapshot', { timeout: 120_000 }, () => {
    const snapshot = npm(['run', 'release:snapshot']);
    expect(snapshot.status, output(snapshot)).toBe(0);
  });

  it('passes npm run validate and npm run build, then the unit and dist tests, with no change to code or tests', { timeout: 1_800_000 }, () => {
    const validate = npm(['run', 'validate']);
    expect(validate.status, output(validate)).toBe(0);
    const build = npm(['run', 'build']);
    expect(build.status, output(build)).toBe(0);
    for (const project of ['unit', 'dist']) {
      const run = vitest(project);
      expect(run.status, `${project}:\n${output(run)}`).toBe(0);
    }
  });
});
