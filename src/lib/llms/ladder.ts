/**
 * The career ladder as Markdown: a level with all its expectations, a competency across the levels,
 * a summary of every comparison, and the ladder pages' tables (tracks, the matrix, the map in words,
 * the promotion table). Pure: they take the ladder as `getLadder` reads it (src/data/ladder.ts).
 */
import type { Archetype, Level } from '../../data/collections.ts';
import type { Ladder } from '../../data/ladder.ts';
import { provenanceLead, type ProvenancePart } from '../content/provenance.ts';
import { changeKinds, compareExpectations, compareLevels, comparisonTitle } from '../ladder/compare.ts';
import { changeLabels, pathKindLabels } from '../ladder/ladder-display.ts';
import { allPairs } from '../ladder/level-order.ts';
import { pathSentence } from '../ladder/path-sentence.ts';
import { highestStep, lowestStep, outOf, scaleRange, unusedStepNote, unusedSteps } from '../ladder/proficiency-scale.ts';
import { encodeLevels } from '../growth/share-link.ts';
import { pathKinds } from '../../schemas/family.ts';
import { comparisonHref, competencyHref, levelHref, pathHref, selfAssessmentHref } from '../site/urls.ts';
import { alsoCalledField } from '../site/search-weights.ts';
import { and, blocks, heading, link, list, table, text, textList } from './markdown.ts';
import { inSentence } from '../text/sentence.ts';

/** Where content comes from, as the pages say it (src/lib/content/provenance.ts). */
const provenanceLine = (...parts: ProvenancePart[]) =>
  parts
    .map(({ label, provenance: p }) => {
      const lead = label ? `${text(label)}: ${provenanceLead[p.kind]}` : `${provenanceLead[p.kind].charAt(0).toUpperCase()}${provenanceLead[p.kind].slice(1)}`;
      return `${lead}${p.sections?.length ? ` (${p.sections.map((s) => link(s.name, s.href)).join('; ')})` : ''}.`;
    })
    .join(' ');

/** Where people come from and go to around a level, as `movesAround` finds them. */
export interface LevelMoves {
  fromLevels: Level[];
  toLevels: Level[];
  feeders: Ladder['paths'];
  adjacent: Ladder['paths'];
}

/** How much a page says: all of it, or (for llms-small.txt) the expectations without evidence, sources and moves. */
export type Detail = 'full' | 'brief';

/** A level's page: summary, scope, experience, every expectation with its behaviors and evidence, growth and moves. */
export function levelMarkdown(ladder: Ladder, level: Level, moves: LevelMoves, detail: Detail = 'full'): string {
  const full = detail === 'full';
  const track = ladder.track(level.track);
  const trackLevels = ladder.levelsOf(level.track);
  const move = (l: Level, from: Level, to: Level) => `${link(l.title, l.href)}: ${inSentence(ladder.track(l.track).name)} track, level ${l.rank}. ${link('What changes', comparisonHref(from.id, to.id, ladder.order))}`;
  const path = (p: Ladder['paths'][number]) => {
    const s = pathSentence(p);
    return `${text(s.before)}${link(s.name, pathHref(p.id))}${text(s.after)}`;
  };
  const body = blocks(
    `${text(track.name)} track, level ${level.rank} of ${trackLevels.length}.`,
    text(level.summary),
    full && provenanceLine({ provenance: level.provenance.summary }),
    heading(2, 'Scope'),
    textList(level.scope),
    full && heading(2, 'Typical experience'),
    full && textList(level.typicalExperience),
    heading(2, 'Expectations by competency'),
    ...ladder.competencies
      .filter((c) => level.expectations[c.id])
      .map((c) => {
        const e = level.expectations[c.id]!;
        return blocks(
          heading(3, c.name),
          `Proficiency ${outOf(e.proficiency, ladder.scale)}. ${link(`${c.name} across all levels`, competencyHref(c.id))}.`,
          full && heading(4, 'Behaviors'),
          textList(e.behaviors),
          full && heading(4, 'Examples of evidence'),
          full && textList(e.evidence),
          full && provenanceLine({ label: 'Behaviors', provenance: e.provenance.behaviors }, { label: 'Evidence', provenance: e.provenance.evidence }),
        );
      }),
    !full && heading(2, 'How to grow beyond this level'),
    !full && textList(level.growth),
  );
  if (!full) return body;
  return blocks(
    body,
    heading(2, moves.toLevels.length ? 'How to grow to the next level' : 'How to keep growing'),
    moves.toLevels.length > 0 && `The usual next ${moves.toLevels.length > 1 ? 'steps are' : 'step is'} ${and(moves.toLevels.map((l) => link(l.title, l.href)))}. What growing beyond this level takes:`,
    textList(level.growth),
    heading(2, 'Where people come from'),
    moves.fromLevels.length + moves.feeders.length === 0
      ? 'This is the first level of the ladder; people usually join it from outside the ladder.'
      : list([...moves.fromLevels.map((l) => move(l, l, level)), ...moves.feeders.map(path)]),
    heading(2, 'Where people go next'),
    moves.toLevels.length + moves.adjacent.length === 0
      ? `This is the top of the ${text(inSentence(track.name))} track: growth continues in scope and impact rather than in title.`
      : list([...moves.toLevels.map((l) => move(l, level, l)), ...moves.adjacent.map(path)]),
  );
}

/** A competency's page: how it grows across the levels of each track, with what is new at each. */
export function competencyMarkdown(
  ladder: Ladder,
  competency: Ladder['competencies'][number],
  dimension: { label: string; weight: number; excellent: string; href: string } | undefined,
  skills: { technical: { name: string; href: string }[]; soft: { name: string; href: string }[] },
  detail: Detail = 'full',
): string {
  const tracks = ladder.tracks.filter((t) => competency.tracks.includes(t.id));
  if (detail === 'brief')
    return blocks(
      text(competency.summary),
      list(
        tracks.flatMap((t) =>
          ladder
            .levelsOf(t.id)
            .filter((l) => l.expectations[competency.id])
            .map((l) => `${text(l.title)}: proficiency ${outOf(l.expectations[competency.id]!.proficiency, ladder.scale)}`),
        ),
      ),
    );
  return blocks(
    text(competency.summary),
    dimension && heading(2, 'In the interview scorecard'),
    dimension && `This competency is the ${link(dimension.label, dimension.href)} dimension of the interview scorecard, weighted ${dimension.weight}%. What “excellent” looks like: ${text(dimension.excellent)}.`,
    heading(2, 'How it grows across levels'),
    ...tracks.map((t) => {
      const levels = ladder.levelsOf(t.id).filter((l) => l.expectations[competency.id]);
      return blocks(
        heading(3, t.name),
        ...levels.map((level, i) => {
          const e = level.expectations[competency.id]!;
          const below = levels[i - 1];
          const change = below ? compareExpectations(competency.id, below.expectations[competency.id], e) : undefined;
          const carried = change && change.added.length < e.behaviors.length;
          return blocks(
            heading(4, level.title),
            `Proficiency ${outOf(e.proficiency, ladder.scale)}${change && below ? `; ${changeLabels[change.kind].label.toLowerCase()} from ${text(below.shortTitle)}` : '; the first level of the track'}.`,
            carried ? 'New at this level:' : change ? 'New at this level:' : 'Expected behaviors:',
            textList(carried ? change.added : e.behaviors),
            carried && `Carried over from ${text(below!.shortTitle)}: ${e.behaviors.length - change.added.length} of the behaviors.`,
            `Example of evidence: ${text(e.evidence[0] ?? '')}`,
          );
        }),
      );
    }),
    heading(2, 'Skills that feed it'),
    skills.technical.length > 0 && `Technical skills: ${skills.technical.map((s) => link(s.name, s.href)).join(', ')}.`,
    skills.soft.length > 0 && `Soft skills: ${skills.soft.map((s) => link(s.name, s.href)).join(', ')}.`,
  );
}

/** Every pair of levels in one line each: what changes from the first to the second, by kind of change. */
export function comparisonsMarkdown(ladder: Ladder): string {
  const competencyIds = ladder.competencies.map((c) => c.id);
  const name = (id: string) => ladder.competency(id).name;
  const groups = [
    ...ladder.tracks.map((t) => ({ title: `Within the ${inSentence(t.name)} track`, within: (a: Level, b: Level) => a.track === t.id && b.track === t.id })),
    { title: 'Across tracks', within: (a: Level, b: Level) => a.track !== b.track },
  ];
  const pairs = allPairs(ladder.order).map(([a, b]) => [ladder.level(a), ladder.level(b)] as const);
  return blocks(
    `What changes from one level to another, competency by competency: ${changeKinds.map((k) => `${changeLabels[k].label.toLowerCase()} (${changeLabels[k].explain})`).join('; ')}.`,
    ...groups.map((g) => {
      const lines = pairs
        .filter(([a, b]) => g.within(a, b))
        .map(([a, b]) => {
          const comparison = compareLevels(a, b, competencyIds);
          const kinds = changeKinds
            .map((k) => ({ k, names: comparison.changes.filter((c) => c.kind === k).map((c) => `${name(c.competency)}${c.from && c.to && c.delta ? ` ${c.from.proficiency}→${c.to.proficiency}` : ''}`) }))
            .filter((x) => x.names.length)
            .map((x) => `${changeLabels[x.k].label}: ${text(x.names.join(', '))}`);
          return `${link(comparisonTitle(a, b), comparisonHref(a.id, b.id, ladder.order))}. ${kinds.join('. ')}.`;
        });
      return lines.length ? blocks(heading(2, g.title), list(lines)) : undefined;
    }),
  );
}

/** The tracks and their levels, lowest first, after the family's description and the sentence on its version (where it stands). */
export function trackLevelsMarkdown(ladder: Ladder, family: { description: string }, versionSentence: string): string {
  return blocks(
    text(family.description),
    text(versionSentence),
    ...ladder.tracks
      .map((t) => ({ t, levels: ladder.levelsOf(t.id) }))
      .filter((g) => g.levels.length)
      .map(({ t, levels }) => blocks(heading(3, t.name), text(t.description), levels.map((l, i) => `${i + 1}. ${link(l.title, l.href)}`).join('\n'))),
  );
}

/** The competency matrix: competencies × levels, the proficiency each level expects. */
export function competencyMatrixMarkdown(ladder: Ladder): string {
  const levels = ladder.tracks.flatMap((t) => ladder.levelsOf(t.id));
  return blocks(
    `Competency matrix: the proficiency (${scaleRange(ladder.scale)}) each level expects.`,
    table(
      ['Competency', ...levels.map((l) => l.shortTitle)],
      ladder.competencies.map((c) => [link(c.name, competencyHref(c.id)), ...levels.map((l) => (l.expectations[c.id] ? String(l.expectations[c.id]!.proficiency) : 'Not expected'))]),
    ),
    `The scale: ${ladder.scale.map((s) => `${s.value} ${text(s.name)} (${text(s.description)})`).join('; ')}.`,
  );
}

/** One sentence on the scale, as the ladder overview says it inline. */
export function proficiencyRangeText(ladder: Pick<Ladder, 'scale'>): string {
  const [low, high] = [lowestStep(ladder.scale), highestStep(ladder.scale)];
  return `Proficiency is the depth a level expects, from ${low.value} (${text(inSentence(low.name))}) to ${high.value} (${text(inSentence(high.name))}); it never falls as rank rises within a track.`;
}

/** The progression map in words: each track's levels with their usual next steps, then feeder roles and adjacent paths. */
export function progressionMarkdown(ladder: Ladder): string {
  const groups = pathKinds.map((kind) => ({ kind, ...pathKindLabels[kind] }));
  return blocks(
    ...ladder.tracks
      .map((t) => ({ t, levels: ladder.levelsOf(t.id) }))
      .filter((g) => g.levels.length)
      .map(({ t, levels }) =>
        blocks(
          heading(3, `${t.name} track`),
          text(t.description),
          levels.map((l, i) => `${i + 1}. ${link(l.title, l.href)}${l.nextLevels.length ? ` → usually next: ${l.nextLevels.map((n) => link(ladder.level(n).title, levelHref(n))).join(', ')}` : ''}`).join('\n'),
        ),
      ),
    ...groups.map((g) =>
      blocks(
        heading(3, g.title),
        list(ladder.paths.filter((p) => p.kind === g.kind).map((p) => `**${text(p.name)}**: ${text(p.description)} ${g.verb}: ${p.levels.map((l) => link(ladder.level(l).title, levelHref(l))).join(', ')}.`)),
      ),
    ),
  );
}

/** Proficiency at one level and at several others, with the kind of change from the first. */
export function promotionTableMarkdown(ladder: Ladder, fromId: string, toIds: readonly string[]): string {
  const from = ladder.level(fromId);
  const targets = toIds.map((id) => ({ level: ladder.level(id), comparison: compareLevels(from, ladder.level(id), ladder.competencies.map((c) => c.id)) }));
  return table(
    ['Competency', from.shortTitle, ...targets.map((t) => t.level.shortTitle)],
    ladder.competencies
      .filter((c) => from.expectations[c.id])
      .map((c) => [
        link(c.name, competencyHref(c.id)),
        String(from.expectations[c.id]!.proficiency),
        ...targets.map((t) => {
          const change = t.comparison.changes.find((x) => x.competency === c.id);
          return `${change?.to?.proficiency ?? '–'} (${changeLabels[change?.kind ?? 'dropped'].label})`;
        }),
      ]),
  );
}

/** How to grow from one level to the next ones (its `nextLevels` unless given), with where the list comes from. */
export function levelGrowthMarkdown(ladder: Ladder, levelId: string, to: readonly string[] | undefined, source: { section: string; href: string } | undefined): string {
  const level = ladder.level(levelId);
  const next = (to ?? level.nextLevels).map((id) => ladder.level(id));
  const names = next.map((l) => link(l.title, l.href));
  return blocks(
    next.length ? `What moving from ${link(level.title, level.href)} to ${names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names[0]} takes:` : `What growing beyond ${link(level.title, level.href)} takes:`,
    textList(level.growth),
    source && provenanceLine({ provenance: { kind: 'role-description', sections: [{ name: source.section, href: source.href }] } }),
  );
}

/** The proficiency scale, step by step; a step no level expects yet says so in its own entry, as on the page. */
export function proficiencyScaleMarkdown(ladder: Ladder): string {
  const unused = unusedSteps(ladder.scale, ladder.levels);
  return list(ladder.scale.map((step) => `**${step.value} ${text(step.name)}**: ${text(step.description)}${unused.has(step.value) ? ` ${text(unusedStepNote)}` : ''}`));
}

/** What everyone is expected to do, theme by theme, with each level's sentence, track by track. */
export function sharedExpectationsMarkdown(ladder: Ladder): string {
  return blocks(
    ...ladder.themes.map((theme) =>
      blocks(
        heading(2, theme.name),
        text(theme.summary),
        ...ladder.tracks
          .map((track) => ({ track, levels: ladder.levelsOf(track.id) }))
          .filter((g) => g.levels.length)
          .map(({ track, levels }) => blocks(heading(3, track.name), list(levels.map((l) => `${link(l.shortTitle, l.href)}: ${text(l.sharedExpectations[theme.id] ?? '')}`)))),
        provenanceLine({ provenance: theme.provenance }),
      ),
    ),
  );
}

/** The Staff+ archetypes: what each looks like, its evidence, the levels it applies to. */
export function archetypesMarkdown(ladder: Ladder, archetypes: readonly Archetype[]): string {
  return blocks(
    ...archetypes.map((a) =>
      blocks(
        heading(2, a.name),
        ...(a.aliases.length ? [text(`${alsoCalledField}: ${a.aliases.join('; ')}.`)] : []),
        text(a.summary),
        heading(3, 'What the work looks like'),
        textList(a.looksLike),
        heading(3, 'Evidence of impact'),
        textList(a.evidence),
        `At ${and(a.levels.map((id) => link(ladder.level(id).title, levelHref(id))))}.`,
        provenanceLine({ provenance: a.provenance }),
      ),
    ),
  );
}

/** A link into the self-assessment with both levels chosen, as on the page. */
export function selfAssessmentLinkMarkdown(ladder: Ladder, current: string, target: string): string {
  return link(`Assess yourself against ${ladder.level(target).shortTitle}, from ${ladder.level(current).shortTitle}`, `${selfAssessmentHref}#${encodeLevels(current, target)}`);
}
