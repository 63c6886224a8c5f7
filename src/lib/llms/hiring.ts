/**
 * The hiring guide's parts as Markdown: the interview loop, the scale and bands, where each
 * dimension is assessed, an exercise's interview kit, the hint policies and the scorecard read one
 * level down. Pure: they take the guide as `getHiringGuide` joins it (src/data/hiring.ts).
 */
import type { HiringGuide } from '../../data/hiring.ts';
import type { InterviewKit } from '../../schemas/role-description.ts';
import type { ExerciseMaterials } from '../hiring/materials.ts';
import { bandRanges, bandTitle, floorSentence, formatScore, toScorecardModel, workedExampleSteps } from '../hiring/scorecard.ts';
import { areaAnchor, roleExerciseHref, roleHiringHref, rubricHref, scorecardCalculatorHref } from '../site/urls.ts';
import { and, blocks, facts, heading, link, list, numbered, table, text, textList } from './markdown.ts';
import { inSentence } from '../text/sentence.ts';

export function hiringLoopMarkdown(guide: HiringGuide): string {
  const timed = guide.exercises.filter((x) => x.minutes);
  const total = timed.reduce((t, x) => ({ min: t.min + x.minutes!.min, max: t.max + x.minutes!.max }), { min: 0, max: 0 });
  const untimed = guide.exercises.filter((x) => !x.minutes).map((x) => inSentence(x.name));
  return blocks(
    table(
      ['Interview kit', 'Duration', 'Scorecard dimensions', 'Goal', 'Source'],
      guide.exercises.map((x) => [
        link(x.name, x.href),
        text(x.duration),
        text(x.kit.rubrics.map((r) => `${r.dimension.label} (${r.dimension.weight}%)`).join(', ')),
        text(x.kit.goal),
        x.origin === 'handbook' ? 'Written for the handbook' : 'Recommended by the role description',
      ]),
    ),
    `The ${timed.length} timed exercises take ${total.min}–${total.max} minutes of interviews in all${untimed.length ? `; the ${untimed.join(' and ')} is optional and time-boxed` : ''}.`,
  );
}

export function scoreBandsMarkdown(guide: HiringGuide, show: 'scale' | 'bands'): string {
  const model = toScorecardModel({ ...guide, roleTitle: guide.level.title });
  return show === 'scale'
    ? table(['Rating', 'Label', 'Meaning'], model.scale.map((s) => [String(s.rating), text(s.label), text(s.meaning)]))
    : table(['Recommendation', 'Weighted score', 'Meaning'], bandRanges(model).map(({ band, range }) => [text(bandTitle(band)), text(range), text(band.meaning)]));
}

/** For each dimension, the kits with a rubric for it and the assessment areas that ask about it. */
export function dimensionCoverageMarkdown(guide: HiringGuide): string {
  return table(
    ['Dimension', ...guide.exercises.map((x) => x.name), 'Assessment areas'],
    guide.dimensions.map((d) => [
      `${text(d.label)} (${d.weight}%)`,
      ...guide.exercises.map((x) => (x.kit.rubrics.some((r) => r.dimension.competency === d.competency) ? link('Rubric', rubricHref(x.id, d.competency)) : 'not rated')),
      guide.areas
        .filter((a) => a.competencies.includes(d.competency))
        .map((a) => link(a.name, `${roleHiringHref(guide.role)}#${areaAnchor(a.id)}`))
        .join(', '),
    ]),
  );
}

/** What the ladder expects of the role's level and of the level below it, per dimension, and how to read a rating against the lower bar. */
export function downLevelMarkdown(
  guide: HiringGuide,
  level: { title: string; shortTitle: string; expectations: Record<string, { proficiency: number }> },
  below: { title: string; shortTitle: string; href: string; expectations: Record<string, { proficiency: number }> } | undefined,
  comparisonHref: string | undefined,
): string {
  if (!below) return `${text(level.title)} is the first level of its track: there is no level below it to offer.`;
  const scale = guide.scale;
  const meets = scale[scale.length - 2] ?? scale[scale.length - 1]!;
  const mixed = scale.find((s) => s.rating === meets.rating - 1);
  return blocks(
    `The ratings are always given against the ${text(level.shortTitle)} anchors of the kits; nobody re-rates for another level. To read them against the ${link(below.title, below.href)} bar, compare what the two levels expect for each dimension${comparisonHref ? ` (all of it side by side: ${link(`${below.shortTitle} and ${level.shortTitle} compared`, comparisonHref)})` : ''}.`,
    table(
      ['Dimension', `${level.shortTitle} expects`, `${below.shortTitle} expects`, `Reading against the ${below.shortTitle} bar`],
      guide.dimensions.map((d) => {
        const high = level.expectations[d.competency]?.proficiency;
        const low = below.expectations[d.competency]?.proficiency;
        const reading =
          high !== undefined && low !== undefined && low < high
            ? `Less depth expected: a ${mixed?.rating ?? meets.rating - 1} (${mixed?.label ?? ''}) meets the ${below.shortTitle} bar when the evidence matches the ${below.shortTitle} expectation.`
            : `The same depth as ${level.shortTitle}: read the rubric as written; the ${below.shortTitle} bar needs a ${meets.rating} (${meets.label}).`;
        return [`${text(d.label)} (${d.weight}%)`, high === undefined ? '—' : String(high), low === undefined ? '—' : String(low), text(reading)];
      }),
    ),
  );
}

/** A hint policy: its principle, the hints from least to most help, and what never to do. */
export function hintPolicyMarkdown(policy: NonNullable<InterviewKit['hintPolicy']>, depth: number, titled = true): string {
  return blocks(
    titled && heading(depth, 'Hint policy'),
    text(policy.principle),
    table(['Hint', 'When', 'What you give', 'Effect on the rating'], policy.steps.map((s, i) => [String(i + 1), text(s.when), text(s.give), text(s.effect)])),
    heading(titled ? depth + 1 : depth, 'Never'),
    textList(policy.never),
  );
}

/** The hint policy of every exercise that has one. */
export function hintPoliciesMarkdown(guide: HiringGuide, depth = 3): string {
  return blocks(
    ...guide.exercises
      .filter((x) => x.kit.hintPolicy)
      .map((x) => blocks(heading(depth, `The ${inSentence(x.name)}`), `From the ${link(`${inSentence(x.name)} kit`, `${x.href}#hint-policy`)}, written for the handbook.`, hintPolicyMarkdown(x.kit.hintPolicy!, depth + 1, false))),
  );
}

/** An exercise's interview kit, as its kit page shows it (the ruled notes space of the printed kit aside). */
export function interviewKitMarkdown(guide: HiringGuide, exerciseId: string, materials: ExerciseMaterials | undefined): string {
  const exercise = guide.exercises.find((x) => x.id === exerciseId);
  if (!exercise) throw new Error(`InterviewKit: no exercise \`${exerciseId}\` in the ${guide.role} hiring guide`);
  const { kit } = exercise;
  let clock = 0;
  const segments = kit.timing.map((s) => ({ ...s, start: clock, end: (clock += s.minutes) }));
  const areas = guide.areas.filter((a) => a.competencies.some((c) => exercise.competencies.includes(c)));
  const origin =
    exercise.origin === 'role-description'
      ? `Recommended by the role description, in its ${link('hiring evaluation criteria', roleExerciseHref(guide.role, exercise.id))}: the exercise’s name, duration and brief are its words. The goal, timing plan, prompts, probes, rubrics and materials of this kit were written for the handbook.`
      : `Written for the handbook: the role description does not recommend this exercise. It gathers evidence for the role description’s assessment ${areas.length === 1 ? 'area' : 'areas'} ${and(areas.map((a) => link(a.name, `${roleHiringHref(guide.role)}#${areaAnchor(a.id)}`)))}, which no exercise it recommends covers on its own.`;
  const bottom = guide.scale[0]!;
  const top = guide.scale[guide.scale.length - 1]!;
  const material = (audience: 'candidate' | 'interviewer', title: string) => {
    const pages = materials?.pages.filter((p) => p.audience === audience) ?? [];
    const files = materials?.files.filter((f) => f.audience === audience) ?? [];
    if (!pages.length && !files.length) return undefined;
    return blocks(heading(4, title), list([...pages.map((p) => `${link(p.data.title, p.href)} (printable page): ${text(p.data.description)}`), ...files.map((f) => `${link(f.name, f.href)} (${text(f.label)})`)]));
  };
  return blocks(
    heading(2, 'Overview'),
    facts([
      ['Duration', text(`${exercise.duration}${exercise.minutes ? ` (this plan: ${kit.plannedMinutes} min)` : ` (review call: ${kit.plannedMinutes} min)`}`)],
      ['The exercise', text(exercise.brief)],
      ['Goal', text(kit.goal)],
      ['Source', origin],
      ['Scorecard dimensions', kit.rubrics.map(({ dimension }) => `${text(dimension.label)} (${dimension.weight}% of the score)`).join('; ')],
    ]),
    heading(3, 'Prepare'),
    textList(kit.materials),
    materials && heading(3, 'Materials'),
    material('candidate', 'For the candidate'),
    material('interviewer', 'For you only'),
    heading(2, 'Timing plan'),
    kit.timingNote && text(kit.timingNote),
    table(['Clock', 'Minutes', 'Activity'], [...segments.map((s) => [`${s.start}–${s.end}`, String(s.minutes), text(s.activity)]), ['Total', String(kit.plannedMinutes), exercise.minutes ? text(`Within the planned ${exercise.duration}.`) : 'Keep the exercise itself bounded.']]),
    heading(2, 'Prompts'),
    'Say or hand these over in order; the same words for every candidate keep the loop fair.',
    numbered(kit.prompts.map(text)),
    heading(2, 'What to probe'),
    textList(kit.probes),
    kit.variants &&
      blocks(
        heading(2, 'Variants'),
        'The candidate gets the brief of one variant. Ask the prompts above, then those of the variant; probe as above and as the variant says.',
        ...kit.variants.map((v) => blocks(heading(3, `Variant: ${v.name}`), heading(4, 'Prompts for this variant'), numbered(v.prompts.map(text)), heading(4, 'What to probe in this variant'), textList(v.probes))),
      ),
    kit.rolePlay &&
      blocks(
        heading(2, `Role-play: ${kit.rolePlay.title}`),
        facts([
          ['The setup, as the candidate hears it', text(kit.rolePlay.setup)],
          ['You play', text(kit.rolePlay.interviewerPlays)],
        ]),
        'Push back, in this order (say the first line to every candidate):',
        numbered(kit.rolePlay.pushback.map(text)),
        'What a strong answer does:',
        textList(kit.rolePlay.listenFor),
      ),
    kit.hintPolicy && hintPolicyMarkdown(kit.hintPolicy, 2),
    heading(2, 'Red flags'),
    'Any one of these sends the candidate to a debrief, whatever the ratings.',
    textList(guide.redFlags.map((f) => f.text)),
    heading(2, 'Rubrics'),
    `Rate each dimension on the scorecard’s scale, from ${bottom.rating} (${text(bottom.label)}) to ${top.rating} (${text(top.label)}), using the anchor that best matches the evidence in your notes, then enter the ratings in the ${link('scorecard calculator', scorecardCalculatorHref)}.`,
    ...kit.rubrics.map(({ dimension, anchors }) =>
      blocks(
        heading(3, `${dimension.label} (${dimension.weight}% of the score)`),
        table(
          ['Rating', 'What you see'],
          [...anchors].sort((a, b) => b.rating - a.rating).map((a) => [`${a.rating} ${text(guide.scale.find((s) => s.rating === a.rating)?.label ?? '')}`, text(a.text)]),
        ),
        `What the level expects: ${link(`${guide.level.shortTitle} expectations for ${dimension.label}`, dimension.expectationHref)}.`,
      ),
    ),
  );
}

/** The decision floors, each in words from its data, with why it exists. */
export function decisionFloorsMarkdown(guide: HiringGuide): string {
  const model = toScorecardModel({ ...guide, roleTitle: guide.level.title });
  return model.floors.length ? table(['Floor', 'Why'], model.floors.map((f) => [text(floorSentence(model, f)), text(f.why)])) : '';
}

/** The worked example of the scorecard: each rating times its weight, the sum and the result. */
export function workedExampleMarkdown(guide: HiringGuide): string {
  const model = toScorecardModel({ ...guide, roleTitle: guide.level.title });
  if (!guide.workedExample) return '';
  const { rows, sum, weights, result } = workedExampleSteps(model, guide.workedExample.ratings);
  if (result.score === null) return '';
  return blocks(
    table(['Dimension', 'Weight', 'Rating', 'Weight × rating'], rows.map((r) => [text(r.dimension.label), `${r.dimension.weight}%`, String(r.rating), String(r.product)])),
    `The sum is ${sum}; divided by the weights’ total of ${weights}, the weighted score is **${formatScore(result.score, model.bands)}**, in the **${text(result.band?.label ?? '')}** band${result.floorHits.length ? ', decision floors applied' : ''}.`,
  );
}
