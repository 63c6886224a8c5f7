import { diffReleases } from '../../../ladder/release-diff.ts';
import { unrecordedChanges } from '../../../ladder/release-changes.ts';
import type { ReleaseSnapshot } from '../../../../schemas/release.ts';
import { asList, dataOf, defineRule, entriesOf, reporter } from '../rule.ts';

export const releaseChanges = defineRule({
  id: 'release-changes',
  description:
    'The newest release lists a change for every level and competency its snapshot changed since the release before (a level’s expectation for a competency counts for either), so that the changelog says why and every page names the release that last changed it.',
  hint: 'Add a change to the newest release in content/family/changelog.yaml for each level or competency it names (`kind: changed`, `subject: level` or `competency`, its `id`, `what` changed and `why`); a change for a competency also covers the expectations for it at every level, as when a competency is added.',
  check(content) {
    const { problems, report } = reporter('release-changes');
    const log = entriesOf(content, 'changelog')[0];
    if (!log || content.unreadable.has('changelog') || content.unreadable.has('releases')) return problems;
    const [newest, before] = asList(dataOf(log)['releases']);
    const snapshotOf = (release: Record<string, unknown> | undefined) => entriesOf(content, 'releases').find((s) => s.valid && s.id === String(release?.['version']));
    const [after, previous] = [snapshotOf(newest), snapshotOf(before)];
    // A release without a snapshot is the `release-snapshot` rule's to report; the first release has nothing to compare with.
    if (!newest || !after || !previous) return problems;
    const version = String(newest['version']);
    const changes = asList(newest['changes']).map((c) => ({ subject: String(c['subject']) as 'level', id: String(c['id']) }));
    for (const { subject, id, fields } of unrecordedChanges(diffReleases(previous.data as ReleaseSnapshot, after.data as ReleaseSnapshot), changes))
      report(log, ['releases', 0, 'changes'], `release ${version} changes ${subject} \`${id}\` but lists no change for it: ${fields.join('; ')}`, { expected: `a change with subject: ${subject}, id: ${id}`, found: 'none' }, true);
    return problems;
  },
});
