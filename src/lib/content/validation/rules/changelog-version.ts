import { asList, dataOf, defineRule, entriesOf, reporter } from '../rule.ts';

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

export const changelogVersion = defineRule({
  id: 'changelog-version',
  description: 'The changelog lists its releases newest first, and its newest release is the version in `family.yaml`.',
  hint: 'List releases newest first and make the newest one the version in content/family/family.yaml.',
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
      if (familyVersion && /^\d+\.\d+\.\d+$/.test(familyVersion) && versions[0] && versions[0] !== familyVersion)
        report(log, ['releases', 0, 'version'], `the newest release is ${versions[0]} but the family is at version ${familyVersion}`, { expected: familyVersion, found: versions[0] });
    }
    return problems;
  },
});
