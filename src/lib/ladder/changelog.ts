import type { Changelog } from '../../schemas/changelog.ts';

type Release = Changelog['releases'][number];
type Subject = Release['changes'][number]['subject'];

export interface LastChange {
  version: string;
  effective: string;
  what: string;
  why: string;
  kind: 'added' | 'changed' | 'removed';
}

/**
 * The newest release that changed a level, competency or role in substance, from the changelog
 * (releases newest first). Git dates say when a file was touched; this says when the framework
 * changed, which is what a promotion is judged against.
 */
export function lastChangeOf(releases: readonly Release[], subject: Subject, id: string): LastChange | undefined {
  for (const release of releases) {
    const change = release.changes.find((c) => c.subject === subject && c.id === id);
    if (change) return { version: release.version, effective: release.effective, what: change.what, why: change.why, kind: change.kind };
  }
  return undefined;
}
