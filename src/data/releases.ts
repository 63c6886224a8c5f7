/**
 * The framework's releases with their snapshots of the ladder (content/family/releases/), and what
 * each changed since the release before, for the release pages and the "last changed" notes.
 */
import { getCollection } from 'astro:content';
import { frameworkVersionSentence, releaseChangeLink, releaseStandings, standingOf, subjectNames, type ReleaseStanding, type ReleaseWithPage, type SubjectNames } from '~/lib/ladder/changelog';
import { diffReleases, type ReleaseDiff } from '~/lib/ladder/release-diff';
import { changeSubjectHref, releaseHref, releasePageHref, releaseSubjectHref } from '~/lib/site/urls';
import type { ReleaseSnapshot } from '~/schemas/release';
import { buildDate } from '~/site';
import { getChangelog, getCompetencies, getFamily, getLevels } from './collections';

type Release = Awaited<ReturnType<typeof getChangelog>>[number];

export interface ReleasePage {
  release: Release;
  /** The release before, when there is one with a snapshot. */
  previous: Release | undefined;
  snapshot: ReleaseSnapshot;
  diff: ReleaseDiff;
  href: string;
}

let cache: Promise<ReleasePage[]> | undefined;
/** Every release of the changelog that has a snapshot, newest first, with its diff from the one before. */
export function getReleasePages(): Promise<ReleasePage[]> {
  if (cache && import.meta.env.PROD) return cache;
  return (cache = readReleasePages());
}

async function readReleasePages(): Promise<ReleasePage[]> {
  const snapshots = new Map((await getCollection('releases')).map((e) => [e.data.version, e.data as ReleaseSnapshot]));
  const releases = (await getChangelog()).filter((r) => snapshots.has(r.version));
  return releases.map((release, i) => {
    const previous = releases[i + 1];
    const snapshot = snapshots.get(release.version)!;
    return { release, previous, snapshot, diff: diffReleases(previous && snapshots.get(previous.version), snapshot), href: releasePageHref(release.version) };
  });
}

/** A release's page as links into it read it: the levels and competencies it changed. */
const withPage = (p: ReleasePage): ReleaseWithPage => ({
  version: p.release.version,
  href: p.href,
  changed: { levels: p.diff.levels.map((l) => l.id), competencies: p.diff.competencies.map((c) => c.id) },
});

/** Where a release's page shows what it changed in a level or competency (`releaseChangeLink`); undefined when the release has no page. */
export async function releaseChangeHref(version: string, subject: 'level' | 'competency', id: string): Promise<string | undefined> {
  const page = (await getReleasePages()).find((p) => p.release.version === version);
  return releaseChangeLink(page && withPage(page), subject, id, releaseSubjectHref);
}

/** Every release of the changelog with its standing on the day the site is built (upcoming, in force, superseded), newest first. */
export async function getReleaseStandings(): Promise<ReleaseStanding[]> {
  return releaseStandings(await getChangelog(), buildDate);
}

/** The standing of one release on the day the site is built. */
export async function getReleaseStanding(version: string): Promise<ReleaseStanding | undefined> {
  return standingOf(await getChangelog(), version, buildDate);
}

/** The framework version the handbook shows, its standing on the day the site is built, and the sentence that says both. */
export async function getFrameworkVersion(): Promise<{ version: string; standing: ReleaseStanding | undefined; sentence: string }> {
  const { version } = await getFamily();
  const standing = await getReleaseStanding(version);
  return { version, standing, sentence: frameworkVersionSentence(version, standing) };
}

/** The names the changelog's changes are shown by (levels and roles by title, competencies by name, the family by its name), and where they link. */
export async function getChangeSubjectNames(): Promise<SubjectNames> {
  const rolePages = new Set((await getCollection('docs')).flatMap((d) => (d.data.pageType === 'role' && d.data.role ? [d.data.role] : [])));
  return subjectNames({
    family: (await getFamily()).name,
    levels: await getLevels(),
    competencies: await getCompetencies(),
    hasRolePage: (id) => rolePages.has(id),
    releases: (await getReleasePages()).map((p) => ({ ...withPage(p), snapshot: p.snapshot })),
    subjectHref: changeSubjectHref,
    releaseHref,
    releaseSubjectHref,
  });
}
