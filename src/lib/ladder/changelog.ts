import type { Changelog } from '../../schemas/changelog.ts';
import type { ReleaseSnapshot } from '../../schemas/release.ts';

type Release = Changelog['releases'][number];
type Change = Release['changes'][number];
type Subject = Change['subject'];

export interface LastChange {
  version: string;
  effective: string;
  what: string;
  /** Why, when the changelog lists the change; a change read from the snapshots alone has none. */
  why?: string;
  kind: 'added' | 'changed' | 'removed';
}

/**
 * The newest release that changed a level, competency or role in substance (releases newest
 * first): the newest that lists a change for it in the changelog, or whose snapshot of the ladder
 * holds it differently from the release before (`snapshotChange`, for levels and competencies), so
 * that a change the changelog forgot still dates the page. Git dates say when a file was touched;
 * this says when the framework changed, which is what a promotion is judged against.
 */
export function lastChangeOf(
  releases: readonly Release[],
  subject: Subject,
  id: string,
  snapshotChange: (version: string) => { kind: LastChange['kind']; what: string } | undefined = () => undefined,
): LastChange | undefined {
  for (const release of releases) {
    const change = release.changes.find((c) => c.subject === subject && c.id === id);
    if (change) return { version: release.version, effective: release.effective, what: change.what, why: change.why, kind: change.kind };
    const changed = snapshotChange(release.version);
    if (changed) return { version: release.version, effective: release.effective, ...changed };
  }
  return undefined;
}

/**
 * Where a release stands on a given day. A release is announced before it takes effect, so the
 * newest release is not always the one promotions are judged against:
 * - `upcoming`: its effective date is still ahead; `inForce` is the version that applies until then;
 * - `in-force`: the newest release already effective;
 * - `superseded`: effective once, replaced by the newer release `by` (itself in force or superseded).
 */
export type ReleaseStanding =
  | { kind: 'upcoming'; version: string; effective: string; inForce: string | undefined }
  | { kind: 'in-force'; version: string; effective: string }
  | { kind: 'superseded'; version: string; effective: string; by: string; byEffective: string };

/**
 * The release in force on `today` (an ISO date such as `2026-11-30`): the newest release (releases
 * are listed newest first) whose effective date is today or earlier; undefined when none is yet.
 */
export function releaseInForce<R extends Pick<Release, 'version' | 'effective'>>(releases: readonly R[], today: string): R | undefined {
  return releases.find((r) => r.effective <= today);
}

/** Every release's standing on `today`, in the changelog's order (newest first). */
export function releaseStandings(releases: readonly Pick<Release, 'version' | 'effective'>[], today: string): ReleaseStanding[] {
  const inForce = releaseInForce(releases, today);
  const inForceAt = inForce ? releases.indexOf(inForce) : releases.length;
  return releases.map((r, i) => {
    if (i < inForceAt) return { kind: 'upcoming', version: r.version, effective: r.effective, inForce: inForce?.version };
    if (i === inForceAt) return { kind: 'in-force', version: r.version, effective: r.effective };
    const by = releases[i - 1]!;
    return { kind: 'superseded', version: r.version, effective: r.effective, by: by.version, byEffective: by.effective };
  });
}

/** The standing of one release on `today`; undefined when the changelog does not list it. */
export function standingOf(releases: readonly Pick<Release, 'version' | 'effective'>[], version: string, today: string): ReleaseStanding | undefined {
  return releaseStandings(releases, today).find((s) => s.version === version);
}

/** What holds until an upcoming release takes effect: "until then, version 1.0.0 is in force". */
export const untilThen = (standing: Extract<ReleaseStanding, { kind: 'upcoming' }>) =>
  `until then, ${standing.inForce ? `version ${standing.inForce} is in force` : 'no version of the framework is in force'}`;

/**
 * A release's standing as a sentence for its changelog entry and its page, worded so that it stays
 * true after the dates it names pass: "Takes effect on 2026-12-07; until then, version 1.0.0 is in force."
 */
export function standingSentence(standing: ReleaseStanding): string {
  switch (standing.kind) {
    case 'upcoming':
      return `Takes effect on ${standing.effective}; ${untilThen(standing)}.`;
    case 'in-force':
      return `In force since ${standing.effective}.`;
    case 'superseded':
      return `In force from ${standing.effective} until version ${standing.by} took effect on ${standing.byEffective}.`;
  }
}

/**
 * The version the handbook shows, as a sentence for its front pages: "Framework version 1.1.0, which
 * takes effect on 2026-12-07; until then, version 1.0.0 is in force." A version no changelog entry
 * lists is named alone.
 */
export function frameworkVersionSentence(version: string, standing: ReleaseStanding | undefined): string {
  if (!standing) return `Framework version ${version}.`;
  if (standing.kind === 'upcoming')
    return `Framework version ${version}, which takes effect on ${standing.effective}; ${untilThen(standing)}.`;
  return `Framework version ${version}, in force since ${standing.effective}.`;
}

/**
 * The sentence that says which day the changelog's standings are judged on (the site's or the text's
 * build date), as the words before and after the date, so that a page can mark the date up.
 */
export const judgedOnWords = (made: 'site' | 'text'): [before: string, after: string] => ['Which version is in force is judged on ', `, the day this ${made} was built.`];

/** A release with a page of its own (a snapshot), as links into that page read it: the levels and competencies it changed. */
export interface ReleaseWithPage {
  version: string;
  href: string;
  changed: { levels: readonly string[]; competencies: readonly string[] };
}

/**
 * Where a release's page shows what it changed in a level or competency: its section there when the
 * release changed it, else the page; undefined when the release has no page. The one answer for a
 * change's link in the changelog, when the content no longer has the level or competency (`subjectNames`),
 * and for the link from a level's or competency's page to its last change (LastChanged).
 */
export function releaseChangeLink(
  release: ReleaseWithPage | undefined,
  subject: 'level' | 'competency',
  id: string,
  releaseSubjectHref: (version: string, subject: 'level' | 'competency', id: string) => string,
): string | undefined {
  if (!release) return undefined;
  const changed = subject === 'level' ? release.changed.levels : release.changed.competencies;
  return changed.includes(id) ? releaseSubjectHref(release.version, subject, id) : release.href;
}

/** Names of what a change can be about, as readers know them, and where a change's link leads. */
export interface SubjectNames {
  family: string;
  level: (id: string) => string | undefined;
  competency: (id: string) => string | undefined;
  role: (id: string) => string | undefined;
  /** Where the link of a change of release `version` leads (see `subjectNames`). */
  href: (change: Pick<Change, 'subject' | 'id'>, version: string) => string;
}

/** What `subjectNames` reads: the content as it is and the releases' snapshots (newest first). */
export interface SubjectNamesInput {
  family: string;
  levels: readonly { id: string; title: string }[];
  competencies: readonly { id: string; name: string }[];
  /** Whether a level has a role page (the page a scorecard's or role description's change links to). */
  hasRolePage: (id: string) => boolean;
  /** Each release with a snapshot, newest first: its page, its snapshot and the levels and competencies it changed. */
  releases: readonly (ReleaseWithPage & { snapshot: ReleaseSnapshot })[];
  /** The page of a subject the content has. */
  subjectHref: (subject: Subject, id: string) => string;
  /** A release's section of the changelog, for a release without a page of its own. */
  releaseHref: (version: string) => string;
  /** A level's or competency's section of a release's page. */
  releaseSubjectHref: Parameters<typeof releaseChangeLink>[3];
}

/**
 * The names and links of the changelog's changes. A level or competency a later release removed keeps
 * the name the newest snapshot holding it gave it, and its changes link to what their release's page
 * shows of it (`releaseChangeLink`), or to the release's section of the changelog when it has no page,
 * since its own page is gone; a scorecard or role description without a role page links there too.
 */
export function subjectNames(input: SubjectNamesInput): SubjectNames {
  const formerName = (key: 'levels' | 'competencies', id: string): string | undefined => {
    for (const { snapshot } of input.releases) {
      const item = (snapshot[key] as readonly { id: string; title?: string; name?: string }[]).find((x) => x.id === id);
      if (item) return item.title ?? item.name;
    }
    return undefined;
  };
  const levels = new Map(input.levels.map((l) => [l.id, l.title]));
  const competencies = new Map(input.competencies.map((c) => [c.id, c.name]));
  const level = (id: string) => levels.get(id) ?? formerName('levels', id);
  const present = (subject: Subject, id: string): boolean => {
    if (subject === 'family') return true;
    if (subject === 'level') return levels.has(id);
    if (subject === 'competency') return competencies.has(id);
    return levels.has(id) && input.hasRolePage(id);
  };
  return {
    family: input.family,
    level,
    competency: (id) => competencies.get(id) ?? formerName('competencies', id),
    role: level,
    href: ({ subject, id }, version) => {
      if (present(subject, id)) return input.subjectHref(subject, id);
      const release = input.releases.find((r) => r.version === version);
      return releaseChangeLink(release, subject === 'competency' ? 'competency' : 'level', id, input.releaseSubjectHref) ?? input.releaseHref(version);
    },
  };
}

/**
 * What a change is about, in words a reader knows: "level: Lead Machine Learning Engineer", "job
 * family: Machine Learning Engineering", "interview scorecard: Lead Machine Learning Engineer". A level a later
 * release removed keeps its name in the snapshots; an id no name is known for is shown as it is written.
 */
export function changeSubjectLabel(change: Pick<Change, 'subject' | 'id'>, names: Omit<SubjectNames, 'href'>): string {
  switch (change.subject) {
    case 'family':
      return `job family: ${names.family}`;
    case 'level':
      return `level: ${names.level(change.id) ?? change.id}`;
    case 'competency':
      return `competency: ${names.competency(change.id) ?? change.id}`;
    case 'scorecard':
      return `interview scorecard: ${names.role(change.id) ?? change.id}`;
    case 'role-description':
      return `role description: ${names.role(change.id) ?? change.id}`;
  }
}
