/**
 * `npm run release:snapshot [-- --root <dir>]`
 *
 * Writes the snapshot of the ladder for the newest release of the changelog:
 * content/family/releases/<version>.yaml, every level's expectations and every competency's name,
 * summary, tracks and track focus as the content has them now. The release pages (/reference/changelog/<version>/)
 * compare it with the release before. Adding a release is: edit content/family/changelog.yaml (and
 * the version in family.yaml), then run this. Run it again after any later change to the ladder
 * within the same release. It refuses to write while the content has other validation problems.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ladderOfContent } from '../src/lib/content/ladder-of-content.ts';
import { loadContent } from '../src/lib/content/validation/load.ts';
import { formatReport } from '../src/lib/content/validation/format.ts';
import { validateContent } from '../src/lib/content/validation/validate.ts';
import { releaseChanges } from '../src/lib/content/validation/rules/release-changes.ts';
import { ladderSnapshot, snapshotFile, snapshotYaml } from '../src/lib/ladder/release-snapshot.ts';
import { releasePageHref } from '../src/lib/site/urls.ts';
import { scriptArgs } from './usage.ts';

const { values } = scriptArgs(import.meta.url, { options: { root: { type: 'string', default: '.' } } });
const root = resolve(values.root!);
const fail = (message: string): never => {
  console.error(`release:snapshot: ${message}`);
  process.exit(1);
};

// Any problem but those of the snapshots themselves stops it: a snapshot of broken content is no record.
// The changes the release lists are judged on the snapshot this writes, so they are reported after it.
const aboutSnapshots = new Set(['release-snapshot', 'release-changes']);
const { problems, filesChecked } = validateContent(root);
const others = problems.filter((p) => !aboutSnapshots.has(p.rule));
if (others.length) fail(`fix these problems first; nothing was written.\n${formatReport(others, filesChecked)}`);

const content = loadContent(root);
const changelog = content.entries.find((e) => e.collection === 'changelog');
const newest = (changelog?.data as { releases?: { version: string }[] } | undefined)?.releases?.[0]?.version;
if (!newest) fail('the changelog (content/family/changelog.yaml) has no release');
const ladder = ladderOfContent(content);
if ('unreadable' in ladder) fail(ladder.unreadable);
const { levels, competencies } = ladder as Exclude<typeof ladder, { unreadable: string }>;

const file = snapshotFile(newest!);
const path = join(root, file);
const text = snapshotYaml(ladderSnapshot(newest!, levels, competencies));
if (existsSync(path) && readFileSync(path, 'utf8') === text) {
  console.log(`${file} already holds the current ladder; nothing to write.`);
} else {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`Wrote ${file}: ${levels.length} levels and ${competencies.length} competencies, the ladder of release ${newest}.
Its page: ${releasePageHref(newest!)} (npm run dev).`);
}
// The one rule judged on the snapshot just written, on the content read again (a full validation would take as long again).
const written = loadContent(root);
const unlisted = releaseChanges.check(written);
if (unlisted.length) fail(`the snapshot is written, but release ${newest} changes levels or competencies it lists no change for; add a change for each to content/family/changelog.yaml:\n${formatReport(unlisted, written.filesChecked)}`);
