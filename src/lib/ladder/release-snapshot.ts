/**
 * The snapshot of the ladder kept for a release (content/family/releases/<version>.yaml): every
 * level's expectations and every competency's name, summary, tracks and track focus, in the shape of
 * `releaseSnapshotSchema`. Built from the content by `npm run release:snapshot` and by the
 * validator, which compares it with the newest snapshot. Pure.
 */
import { stringify } from 'yaml';
import type { ReleaseSnapshot } from '../../schemas/release.ts';
import type { Expectation } from '../../schemas/role.ts';
import { releasePageHref } from '../site/urls.ts';

/** What a snapshot needs of a level, as its role.yaml has it. */
export interface SnapshotLevel {
  id: string;
  title: string;
  track: string;
  rank: number;
  expectations: Readonly<Record<string, Pick<Expectation, 'proficiency' | 'behaviors' | 'evidence'>>>;
}
export interface SnapshotCompetency {
  id: string;
  name: string;
  summary: string;
  tracks: readonly string[];
  trackFocus?: Readonly<Record<string, string>>;
}

/** The ladder as a release snapshot: levels in the order given (ladder order), expectations in competency order. */
export function ladderSnapshot(version: string, levels: readonly SnapshotLevel[], competencies: readonly SnapshotCompetency[]): ReleaseSnapshot {
  const order = competencies.map((c) => c.id);
  const position = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return {
    version,
    competencies: competencies.map(({ id, name, summary, tracks, trackFocus }) => ({ id, name, summary, tracks: [...tracks], trackFocus: { ...trackFocus } })),
    levels: levels.map((l) => ({
      id: l.id,
      title: l.title,
      track: l.track,
      rank: l.rank,
      expectations: Object.fromEntries(
        Object.entries(l.expectations)
          .sort(([a], [b]) => position(a) - position(b) || a.localeCompare(b))
          .map(([competency, e]) => [competency, { proficiency: e.proficiency, behaviors: [...e.behaviors], evidence: [...e.evidence] }]),
      ),
    })),
  };
}

/** The file a snapshot is kept in, relative to the repository. */
export const snapshotFile = (version: string) => `content/family/releases/${version}.yaml`;

/** A snapshot as its YAML file, with a header that says where it comes from. */
export function snapshotYaml(snapshot: ReleaseSnapshot): string {
  return `# The ladder as released in version ${snapshot.version}. Written by \`npm run release:snapshot\`; do not edit.
# The release page ${releasePageHref(snapshot.version)} compares it with the release before.
${stringify(snapshot, { lineWidth: 0 })}`;
}
