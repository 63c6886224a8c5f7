/**
 * The files of a new role, with placeholders, and the changes that make room for it in the levels
 * around it (their rank, where the level below leads), computed from the ladder that exists (pure;
 * scripts/new-role.ts writes them).
 */
import { stringify } from 'yaml';
import { isId } from './id.ts';
import { levelsOfTrack, rankAfterInsertion } from '../ladder/level-order.ts';
import { addTrackHref, levelHref } from '../site/urls.ts';
import { dataCollectionsByName } from '../../schemas/collections.ts';
import { didYouMean } from './validation/did-you-mean.ts';
import type { YamlValueEdit } from './yaml-edit.ts';
import { shortenTitle, titleShortenings, type Shortening } from './short-title.ts';
import { shortTitleMaxChars } from '../../schemas/role.ts';

/** What a team that names a new track is told to do first (add-a-role's “Add a track”). */
const addTrackHint = `a new track goes in ${dataCollectionsByName.tracks.file} first, and its id in the \`tracks\` of each competency it applies to, with its \`trackFocus\`: see ${addTrackHref}`;
/** A track that does not exist: a slip of one (“did you mean”), or a new track to add first. */
const unknownTrack = (track: string, tracks: readonly string[]) => {
  const meant = didYouMean(track, tracks);
  return `track “${track}” does not exist (${meant ? `did you mean “${meant}”? ` : ''}tracks: ${tracks.join(', ')}); ${addTrackHint}`;
};

export interface ScaffoldInput {
  id: string;
  title?: string;
  track: string;
  rank?: number;
  tracks: string[];
  competencies: { id: string; tracks: string[] }[];
  /** The ladder's levels; their `title` and `shortTitle` show how the ladder shortens titles (short-title.ts), for the new level's placeholder. */
  levels: { id: string; title?: string; shortTitle?: string; track: string; rank: number; nextLevels: string[]; expectations: Record<string, { proficiency: number }> }[];
  /** The values of the proficiency scale's steps, lowest first. */
  scale: number[];
  /** Ids of the themes of the shared expectations (`shared-expectations.yaml`). */
  themes: string[];
}

const todo = (what: string) => `TODO: ${what}`;

/**
 * The placeholder of a new level's `shortTitle`: an example made from its title by the ladder's
 * shortenings (`titleShortenings`: with a ladder that shortens `Data Scientist` to `DS`,
 * `Distinguished Data Scientist` gives `e.g. Distinguished DS`), or, where none applies (a ladder
 * whose short titles shorten nothing, a title with none of their words) or the example would not
 * fit, a hint that names no other level's title (an example from another title reads as the
 * answer). It stays within the schema's length (`shortTitleMaxChars`), so that the only problem a
 * scaffolded level's short title has is the placeholder itself, and the rules that read the ladder
 * (release-snapshot among them) still read the new level.
 */
export function shortTitlePlaceholder(title: string, shortenings: readonly Shortening[]): string {
  const whole = title.trim().replace(/\s+/g, ' ');
  const short = shortenTitle(whole, shortenings);
  const example = short && short !== whole ? todo(`e.g. ${short}`) : undefined;
  return example && example.length <= shortTitleMaxChars ? example : todo('shorter than the title');
}

/**
 * How the ladder shortens titles (`titleShortenings`), from each level's short title beside its
 * title and beside its id, which spells its name too, as a level named after its id is titled
 * (`senior-ml-engineer` shortened to `Senior MLE` shortens `ML Engineer`). Levels without a short
 * title (a synthetic ladder) show none.
 */
const ladderShortenings = (levels: ScaffoldInput['levels']): Shortening[] =>
  titleShortenings(levels.flatMap(({ id, title, shortTitle }) => (shortTitle ? [...(title ? [{ title, shortTitle }] : []), { title: id.replaceAll('-', ' '), shortTitle }] : [])));

/**
 * A title for a level named by its id alone: each word as the ladder's titles spell it (`ml` is
 * `ML` where a level is titled `Staff ML Engineer`), any other word capitalized. The ladder is the
 * one source of its spellings; the reader checks the title in the scaffolded file anyway.
 */
function titleFromId(id: string, levels: ScaffoldInput['levels']): string {
  const spelled = new Map(levels.flatMap((l) => (l.title ?? '').split(/\s+/).filter(Boolean)).map((word) => [word.toLowerCase(), word]));
  return id
    .split('-')
    .map((w) => spelled.get(w) ?? w[0]!.toUpperCase() + w.slice(1))
    .join(' ');
}

/** Changes to an existing level's `role.yaml` that make room for the new level. */
export interface LevelEdit {
  id: string;
  edits: YamlValueEdit[];
}

/**
 * Where people go from the level below a new level: the new level in place of the level above it
 * where they went there, otherwise besides where they went; each level once.
 */
function leadsTo(nextLevels: readonly string[], above: string | undefined, added: string): string[] {
  const replaced = above !== undefined && nextLevels.includes(above);
  return [...new Set(replaced ? nextLevels.map((n) => (n === above ? added : n)) : [...nextLevels, added])];
}

export function scaffoldRole(input: ScaffoldInput) {
  if (!isId(input.id)) return { ok: false as const, error: `“${input.id}” is not a kebab-case id (e.g. distinguished-ml-engineer)` };
  if (input.levels.some((l) => l.id === input.id)) return { ok: false as const, error: `a role with id “${input.id}” already exists` };
  if (!input.tracks.includes(input.track)) return { ok: false as const, error: unknownTrack(input.track, input.tracks) };
  const inTrack = levelsOfTrack(input.levels, input.track);
  const rank = input.rank ?? inTrack.length + 1;
  if (!Number.isInteger(rank) || rank < 1 || rank > inTrack.length + 1)
    return { ok: false as const, error: `rank ${rank} would break the track’s sequence: give a rank from 1 to ${inTrack.length + 1} (${inTrack.length + 1}, the default, puts the level on top)` };
  // The new level sits between `below` and `above` (none on top of the track): the levels from
  // `above` up move up one rank, and people move up from `below` into the new level (in place of
  // `above` where `below` led there) and from it into `above`, so that no level is a dead end.
  const below = inTrack[rank - 2];
  const above = inTrack[rank - 1];
  const moved: LevelEdit[] = inTrack.flatMap((l) => {
    const after = rankAfterInsertion(l, { track: input.track, rank });
    return after === l.rank ? [] : [{ id: l.id, edits: [{ path: ['rank'], value: after }] }];
  });
  const belowLeadsTo = below && leadsTo(below.nextLevels, above?.id, input.id);
  const relinked: LevelEdit[] =
    below && belowLeadsTo && belowLeadsTo.join() !== below.nextLevels.join() ? [{ id: below.id, edits: [{ path: ['nextLevels'], value: belowLeadsTo }] }] : [];
  const levelEdits = [...relinked, ...moved];
  const lowest = input.scale[0];
  if (lowest === undefined) return { ok: false as const, error: 'the proficiency scale has no steps (content/family/proficiency-scale.yaml)' };
  const title = input.title ?? titleFromId(input.id, input.levels);
  // A new level is the team's own writing; name the role description's sections instead where it draws on them.
  const provenance = { kind: 'handbook' };
  const role = {
    title,
    shortTitle: shortTitlePlaceholder(title, ladderShortenings(input.levels)),
    track: input.track,
    rank,
    summary: todo('two or three sentences on what this level is'),
    breadth: todo('how far the work reaches, e.g. the whole company'),
    horizon: todo('how far ahead the work is planned, e.g. several years'),
    scope: [todo('the scope of ownership and influence')],
    typicalExperience: [todo('typical experience of people at this level')],
    // On top of its track there is no next level to grow into: how to keep growing, as the guide asks.
    growth: [todo(above ? `how to grow from this level to ${above.id}` : 'how to keep growing at the top of the track')],
    nextLevels: above ? [above.id] : ([] as string[]),
    sharedExpectations: Object.fromEntries(input.themes.map((t) => [t, todo(`what someone at this level does for ${t}`)])),
    provenance: { summary: provenance, reach: provenance, scope: provenance, typicalExperience: provenance, growth: provenance },
    expectations: Object.fromEntries(
      input.competencies
        .filter((c) => c.tracks.includes(input.track))
        .map((c) => {
          // Starts at the level below so the ladder stays valid; raise it where this level expects more.
          const same = below?.expectations[c.id]?.proficiency;
          return [
            c.id,
            {
              proficiency: same ?? lowest,
              // At the same depth as the level below, the level says what differs (the `what-differs` rule).
              ...(same !== undefined ? { differsFromPrevious: todo(`what differs from ${below!.id} at the same proficiency, or raise it`) } : {}),
              behaviors: [todo(`what someone at this level consistently does for ${c.id}`)],
              evidence: [todo('a concrete example of evidence')],
              provenance: { behaviors: provenance, evidence: provenance },
            },
          ];
        }),
    ),
  };
  // The role page's title holds the level's and adds to it: search puts the page whose title is
  // the query (the level's page) before one whose title holds more (search-name-match.ts), so a
  // search for the level's title finds its level page first, as for every level.
  const page = `---
title: ${JSON.stringify(`${title}: role summary`)}
description: "TODO: one sentence on the ${title} role, shown in search results."
pageType: role
role: ${input.id}
sidebar:
  order: 1
  label: Overview
---

## Role summary

TODO: the role description for ${title}. Its level expectations are on [the ladder](${levelHref(input.id)}).
`;
  // Plain YAML for people to edit: no anchors and aliases (`&a1`/`*a1`) for the provenance every expectation repeats.
  const roleYaml = `# ${title}: fill in every placeholder, then run \`npm run validate\`.\n${stringify(role, { lineWidth: 100, aliasDuplicateObjects: false })}`;
  return { ok: true as const, role, roleYaml, page, levelEdits };
}
