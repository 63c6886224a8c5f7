import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { parseYamlSource } from '../content/validation/yaml-source';
import { folderFiles, formatBytes, interviewerOnlyFacts, materialsAgainstKits, readMaterials, type HiringForMaterials } from './materials';

const temp = mkdtempSync(join(tmpdir(), 'materials-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

let counter = 0;
/** A repository with these files under content/roles/r/materials/ex/. */
function repo(files: Record<string, string>): string {
  const root = join(temp, `repo-${++counter}`);
  for (const [path, text] of Object.entries(files)) {
    const file = join(root, 'content/roles/r/materials/ex', path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return root;
}

const diff = ['diff --git a/x.py b/x.py', '--- a/x.py', '+++ b/x.py', '@@ -1 +1,2 @@', ' keep', '+secret = "hunter2"', ''].join('\n');
const candidatePage = ['title: The pull request', 'description: What the candidate reviews.', 'blocks:', '  - kind: diff', '    file: candidate/pr.diff', ''].join('\n');
const interviewerPage = [
  'title: Planted issues',
  'description: For the interviewer.',
  'blocks:',
  '  - kind: planted-issues',
  '    diff: candidate/pr.diff',
  '    items:',
  '      - line: 6',
  '        quote: secret =',
  '        issue: A password is committed to the repository.',
  '        blocking: true',
  '        strongAnswer: Asks to rotate it and read it from the secret store.',
  '  - kind: reveals',
  '    items:',
  '      - ask: Asks about deploys.',
  '        fact: Nothing was deployed on Tuesday.',
  '        exhibit: interviewer/drop.chart.yaml',
  '',
].join('\n');
const chart = ['title: A drop', 'description: It drops.', 'xLabel: Hour', 'yLabel: Rate', 'x: ["01", "02", "03"]', 'series:', '  - name: All', '    values: [5, 5, 4]', ''].join('\n');
const good = {
  'candidate/pr.diff': diff,
  'candidate/pull-request.page.yaml': candidatePage,
  'candidate/starter/README.md': '# Starter\n',
  'candidate/starter/tests/test_a.py': 'def test_a():\n    assert False\n',
  'candidate/starter/__pycache__/a.pyc': 'cache',
  'interviewer/planted-issues.page.yaml': interviewerPage,
  'interviewer/drop.chart.yaml': chart,
};

const problemsOf = (files: Record<string, string>) => readMaterials(repo(files)).problems.map((p) => `${p.file.replace('content/roles/r/materials/ex/', '')}:${p.line} ${p.rule} ${p.message}`);

describe('readMaterials', () => {
  it('reads pages, publishes files as they are, charts as SVG and folders as ZIP, with stable URLs', () => {
    const { materials, problems } = readMaterials(repo(good));
    expect(problems).toEqual([]);
    const [set] = materials;
    expect(set).toMatchObject({ role: 'r', exercise: 'ex' });
    expect(set!.pages.map((p) => [p.audience, p.id, p.href])).toEqual([
      ['candidate', 'pull-request', '/hiring/materials/ex/candidate/pull-request/'],
      ['interviewer', 'planted-issues', '/hiring/materials/ex/interviewer/planted-issues/'],
    ]);
    expect(set!.files.map((f) => [f.kind, f.href])).toEqual([
      ['file', '/hiring/materials/ex/candidate/pr.diff'],
      ['zip', '/hiring/materials/ex/candidate/starter.zip'],
      ['chart', '/hiring/materials/ex/interviewer/drop.svg'],
    ]);
    const svg = new TextDecoder().decode(set!.files.find((f) => f.kind === 'chart')!.bytes);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  it('zips a folder with every file under it except hidden files and caches, in a folder of its name', () => {
    const root = repo(good);
    const set = readMaterials(root).materials[0]!;
    const zipped = set.files.find((f) => f.kind === 'zip')!;
    const inside = Object.keys(unzipSync(zipped.bytes)).sort();
    const folder = folderFiles(join(root, 'content/roles/r/materials/ex/candidate/starter'));
    expect(inside).toEqual(folder.map((f) => `starter/${f}`));
    expect(inside.some((p) => p.includes('__pycache__'))).toBe(false);
    expect(zipped.entries!.map((e) => e.path)).toEqual(inside);
  });

  it('builds the same bytes from the same folder on every read', () => {
    const root = repo(good);
    const zipOf = () => Buffer.from(readMaterials(root).materials[0]!.files.find((f) => f.kind === 'zip')!.bytes);
    expect(zipOf()).toEqual(zipOf());
  });

  it('keeps candidate pages to the candidate’s files and blocks', () => {
    const leaky = candidatePage.replace('candidate/pr.diff', 'interviewer/drop.chart.yaml') + '  - kind: kit\n    part: hint-policy\n';
    expect(problemsOf({ ...good, 'candidate/pull-request.page.yaml': leaky })).toEqual([
      expect.stringMatching(/^candidate\/pull-request\.page\.yaml:5 invalid-value a candidate’s page may only show the candidate’s materials/),
      expect.stringMatching(/^candidate\/pull-request\.page\.yaml:6 invalid-value a candidate’s page may not hold a `kit` \(hint-policy\) block/),
    ]);
  });

  it('checks each planted issue against the line of the diff it names', () => {
    const moved = interviewerPage.replace('line: 6', 'line: 5');
    const beyond = interviewerPage.replace('line: 6', 'line: 60');
    expect(problemsOf({ ...good, 'interviewer/planted-issues.page.yaml': moved })).toEqual([expect.stringMatching(/:8 broken-reference line 5 of `candidate\/pr\.diff` does not contain the quoted text/)]);
    expect(problemsOf({ ...good, 'interviewer/planted-issues.page.yaml': beyond })).toEqual([expect.stringMatching(/:7 broken-reference `candidate\/pr\.diff` has 6 lines; there is no line 60/)]);
  });

  it('reports references to missing files, and files of the wrong kind', () => {
    const missing = interviewerPage.replace('exhibit: interviewer/drop.chart.yaml', 'exhibit: interviewer/nothing.log');
    const wrongKind = candidatePage.replace('kind: diff\n    file: candidate/pr.diff', 'kind: chart\n    chart: candidate/pr.diff');
    expect(problemsOf({ ...good, 'interviewer/planted-issues.page.yaml': missing })).toEqual([expect.stringMatching(/:16 broken-reference `interviewer\/nothing\.log` is not among the materials of ex/)]);
    expect(problemsOf({ ...good, 'candidate/pull-request.page.yaml': wrongKind })).toEqual([expect.stringMatching(/:5 invalid-value `candidate\/pr\.diff` is a text file/)]);
  });

  it('reports a chart whose series do not match its labels, and schema problems with their lines', () => {
    expect(problemsOf({ ...good, 'interviewer/drop.chart.yaml': chart.replace('[5, 5, 4]', '[5, 5]') })).toEqual([
      expect.stringMatching(/^interviewer\/drop\.chart\.yaml:8 invalid-value series “All” has 2 values for 3 labels/),
      // The page that shows the chart then points at nothing.
      expect.stringMatching(/^interviewer\/planted-issues\.page\.yaml:16 broken-reference/),
    ]);
    expect(problemsOf({ ...good, 'candidate/pull-request.page.yaml': candidatePage.replace('title:', 'titel:') })).toEqual(
      expect.arrayContaining([expect.stringMatching(/^candidate\/pull-request\.page\.yaml:1 unknown-key/)]),
    );
  });

  it('accepts only candidate/ and interviewer/ folders, and one source per published name', () => {
    expect(problemsOf({ ...good, 'notes/todo.txt': 'x' })).toEqual([expect.stringMatching(/^notes:1 invalid-value an exercise’s materials go in a `candidate\/` or an `interviewer\/` folder/)]);
    expect(problemsOf({ ...good, 'interviewer/drop.svg': '<svg/>' })).toEqual([expect.stringMatching(/duplicate-id publishes `drop\.svg`/)]);
  });
});

describe('materialsAgainstKits', () => {
  const hiringYaml = ['exercises:', '  - id: ex', '    kit:', '      variants:', '        - handout: pull-request', '        - handout: brief-b', ''].join('\n');
  const hiring = (exercises: HiringForMaterials['exercises']): HiringForMaterials[] => [
    { role: 'r', file: 'content/roles/r/hiring.yaml', source: parseYamlSource(hiringYaml), pathPrefix: [], exercises },
  ];

  it('finds materials of an exercise that does not exist', () => {
    const reading = readMaterials(repo(good));
    expect(materialsAgainstKits(reading, hiring([{ id: 'other', kit: {} }])).map((p) => `${p.rule} ${p.message}`)).toEqual([
      expect.stringMatching(/^broken-reference materials for `ex`, which is not an exercise of content\/roles\/r\/hiring\.yaml/),
    ]);
  });

  it('finds kit blocks whose part the kit lacks, and variant handouts that are not candidate pages', () => {
    const withKitBlock = { ...good, 'interviewer/notes.page.yaml': 'title: Notes\ndescription: Notes.\nblocks:\n  - kind: kit\n    part: role-play\n' };
    const reading = readMaterials(repo(withKitBlock));
    const problems = materialsAgainstKits(reading, hiring([{ id: 'ex', kit: { variants: [{ handout: 'pull-request' }, { handout: 'brief-b' }] } }]));
    expect(problems.map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual([
      expect.stringMatching(/interviewer\/notes\.page\.yaml:5 the kit of ex has no role-play$/),
      expect.stringMatching(/^content\/roles\/r\/hiring\.yaml:6 the handout `brief-b` is not a candidate page of ex’s materials/),
    ]);
  });
});

describe('interviewerOnlyFacts', () => {
  it('lists what each planted issue is, what a strong candidate says, and each fact-sheet answer', () => {
    const set = readMaterials(repo(good)).materials[0]!;
    expect(interviewerOnlyFacts(set)).toEqual([
      'A password is committed to the repository.',
      'Asks to rotate it and read it from the secret store.',
      'Nothing was deployed on Tuesday.',
    ]);
  });
});

describe('formatBytes', () => {
  it('says bytes, KB or MB', () => {
    expect([formatBytes(812), formatBytes(4300), formatBytes(3 * 1024 * 1024)]).toEqual(['812 bytes', '4.2 KB', '3.0 MB']);
  });
});
