import { diffReleases, summarizeExpectation, type ExpectationDiff } from '../../../ladder/release-diff.ts';
import { ladderSnapshot, snapshotFile } from '../../../ladder/release-snapshot.ts';
import { ladderOfContent } from '../../ladder-of-content.ts';
import type { ReleaseSnapshot } from '../../../../schemas/release.ts';
import { asList, dataOf, defineRule, entriesOf, reporter } from '../rule.ts';
import { expectationInDoubt, unresolved } from '../unresolved.ts';
import { scaleValues } from './proficiency-scale.ts';

const command = '`npm run release:snapshot`';

export const releaseSnapshot = defineRule({
  id: 'release-snapshot',
  description:
    'Every release in the changelog has a snapshot of the ladder in `content/family/releases/<version>.yaml`, every snapshot belongs to a release, and the newest snapshot is the ladder as the content has it now.',
  hint: `After changing levels or competencies, record the change: add a release to content/family/changelog.yaml (and set its version in family.yaml) when it changes the framework, then run ${command}, which writes the newest release’s snapshot.`,
  check(content) {
    const { problems, report } = reporter('release-snapshot');
    const log = entriesOf(content, 'changelog')[0];
    if (!log || content.unreadable.has('changelog') || content.unreadable.has('releases')) return problems;
    const releases = asList(dataOf(log)['releases']).map((r) => String(r['version']));
    const snapshots = entriesOf(content, 'releases');
    const snapshotOf = new Map(snapshots.map((s) => [s.id, s]));

    releases.forEach((version, i) => {
      if (!snapshotOf.has(version)) report(log, ['releases', i, 'version'], `release ${version} has no snapshot of the ladder: run ${command}${i === 0 ? '' : ' in a checkout of that release and copy the file it writes here'}`, { expected: snapshotFile(version), found: 'no such file' });
    });
    for (const s of snapshots) {
      const version = dataOf(s)['version'];
      if (version !== s.id) report(s, ['version'], `the snapshot in ${s.file} says it is of version ${String(version)}`, { expected: s.id, found: String(version) });
      else if (!releases.includes(s.id)) report(s, ['version'], `no release ${s.id} in the changelog for this snapshot`, { expected: `one of ${releases.join(', ')}`, found: s.id });
    }

    // The newest snapshot against the content, when both can be read.
    const newest = releases[0] ? snapshotOf.get(releases[0]) : undefined;
    const ladder = ladderOfContent(content);
    if (!newest?.valid || 'unreadable' in ladder) return problems;
    const { levels: levelEntries, competencies: competencyEntries } = ladder;
    const stored = newest.data as ReleaseSnapshot;
    const current = ladderSnapshot(stored.version, levelEntries, competencyEntries);
    const diff = diffReleases(stored, current);
    const differs = (what: string, detail?: string) => `${what} differs from the snapshot of release ${stored.version}${detail ? ` (${detail})` : ''}: run ${command} to record it`;
    const storedIndex = (list: 'levels' | 'competencies', id: string) => stored[list].findIndex((x) => x.id === id);

    // A level on a track that does not exist, or an expectation under a key that names no competency, is a
    // typo broken-reference reports: recording it in the snapshot is not the fix.
    const u = unresolved(content);
    // A proficiency off the scale is the proficiency-scale rule's to report, where it is written: no snapshot can
    // record it (release:snapshot refuses while it stands), so its move is left out here, and the cell is
    // reported only for what else changed in it (once the value is a step, a move from the snapshot is reported).
    const steps = scaleValues(content);
    const withoutOffScale = (e: ExpectationDiff): ExpectationDiff | undefined => {
      if (e.kind !== 'changed' || !e.proficiency || !steps || steps.includes(e.proficiency.to)) return e;
      const { proficiency: _offScale, ...rest } = e;
      return rest.behaviors.length || rest.evidence.length ? rest : undefined;
    };
    // A track that does not exist (broken-reference) or a focus for a track the competency is not on (track-focus)
    // is reported where it is written; recording it in the snapshot is not the fix.
    const tracks = new Set(entriesOf(content, 'tracks').map((t) => t.id));
    // A level folder or competency id written with a typo (broken-reference reports it) is neither new nor the old one removed.
    const typo = (id: string, misspelled: Map<string, string>) => misspelled.has(id) || [...misspelled.values()].includes(id);
    for (const level of diff.levels) {
      const entry = levelEntries.find((l) => l.id === level.id)?.entry;
      if (typo(level.id, u.misspelled.levels)) continue;
      if (!entry) {
        report(newest, ['levels', storedIndex('levels', level.id), 'id'], `level \`${level.id}\` is in the snapshot of release ${stored.version} but not in the content: run ${command} to record its removal`);
        continue;
      }
      if (level.kind === 'added') report(entry, ['title'], differs(`level \`${level.id}\``, 'a new level'), {}, true);
      if (level.renamed) report(entry, ['title'], differs(`the title of \`${level.id}\``), { expected: level.renamed.from, found: level.renamed.to });
      if (level.moved && !u.offTrack.has(level.id)) report(entry, ['rank'], differs(`the place of \`${level.id}\``), { expected: level.moved.from, found: level.moved.to });
      if (level.kind === 'changed')
        for (const found of level.expectations) {
          if (expectationInDoubt(u, level.id, found.competency)) continue;
          const e = withoutOffScale(found);
          if (!e) continue;
          if (e.kind === 'removed') report(entry, ['expectations'], differs(`\`${level.id}\`’s expectation for \`${e.competency}\``, 'removed'), {}, true);
          else report(entry, ['expectations', e.competency], differs(`\`${level.id}\`’s expectation for \`${e.competency}\``, summarizeExpectation(e)), {}, true);
        }
    }
    for (const competency of diff.competencies) {
      if (typo(competency.id, u.misspelled.competencies)) continue;
      const entry = competencyEntries.find((c) => c.id === competency.id)?.entry;
      if (!entry) {
        report(newest, ['competencies', storedIndex('competencies', competency.id), 'id'], `competency \`${competency.id}\` is in the snapshot of release ${stored.version} but not in the content: run ${command} to record its removal`);
        continue;
      }
      if (competency.kind === 'added') report(entry, ['id'], differs(`competency \`${competency.id}\``, 'a new competency'));
      if (competency.renamed) report(entry, ['name'], differs(`the name of \`${competency.id}\``), { expected: competency.renamed.from, found: competency.renamed.to });
      if (competency.summary) report(entry, ['summary'], differs(`the summary of \`${competency.id}\``));
      const onTracks = competencyEntries.find((c) => c.id === competency.id)?.tracks ?? [];
      if (competency.tracks && competency.tracks.to.every((t) => tracks.has(t)))
        report(entry, ['tracks'], differs(`\`${competency.id}\`’s list of tracks`), { expected: competency.tracks.from.join(', '), found: competency.tracks.to.join(', ') });
      for (const f of competency.trackFocus ?? [])
        if (f.kind === 'removed' || onTracks.includes(f.track)) report(entry, f.kind === 'removed' ? ['trackFocus'] : ['trackFocus', f.track], differs(`\`${competency.id}\`’s focus on track \`${f.track}\``, f.kind));
    }
    return problems;
  },
});
