import { asList, dataOf, defineRule, entriesOf, reporter } from '../rule.ts';

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

export const changelogVersion = defineRule({
  id: 'changelog-version',
  description:
    'The changelog lists its releases newest first, each taking effect no earlier than the release listed below it (which version is in force on a day is read from that order), and its newest release is the version in `family.yaml`.',
  hint: 'List releases newest first, with effective dates that never go back in time as versions rise, and make the newest one the version in content/family/family.yaml.',
  check(content) {
    const { problems, report } = reporter('changelog-version');
    const family = entriesOf(content, 'family')[0];
    const familyVersion = family ? String(dataOf(family)['version']) : undefined;
    for (const log of entriesOf(content, 'changelog')) {
      const versions = asList(dataOf(log)['releases']).map((r) => String(r['version']));
      const newerFirst = [...versions].sort((a, b) => compareVersions(b, a));
      versions.forEach((v, i) => {
        if (v !== newerFirst[i]) report(log, ['releases', i, 'version'], `release ${v} is out of order`, { expected: `releases newest first (${newerFirst.join(', ')})`, found: versions.join(', ') });
      });
      const releases = asList(dataOf(log)['releases']);
      releases.forEach((r, i) => {
        const below = releases[i + 1];
        if (!below || typeof r['effective'] !== 'string' || typeof below['effective'] !== 'string') return;
        if (r['effective'] < below['effective'])
          report(log, ['releases', i, 'effective'], `release ${String(r['version'])} takes effect before release ${String(below['version'])}, listed below it`, {
            expected: `on or after ${below['effective']}`,
            found: r['effective'],
          });
      });
      if (familyVersion && /^\d+\.\d+\.\d+$/.test(familyVersion) && versions[0] && versions[0] !== familyVersion)
        report(log, ['releases', 0, 'version'], `the newest release is ${versions[0]} but the family is at version ${familyVersion}`, { expected: familyVersion, found: versions[0] });
    }
    return problems;
  },
});
