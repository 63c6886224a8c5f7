/**
 * What the check-in page shows and exports, derived from the ladder and a record by pure functions:
 * the chart's model, the rows of its data table, the ranked gaps and the Markdown growth plan (a
 * draft promotion packet), all from the latest check-in. The server renders the initial page with
 * them and the island re-renders with them, so the two never disagree.
 *
 * The latest check-in is read as the self-assessment's `Assessment` (`toAssessment`): per
 * competency, the level its rating points to. A rating that points below the ladder has no level;
 * it is kept apart (`underLadder`) and comes before every other gap.
 */
import { markdownInline, markdownNote } from '../text/markdown-text.ts';
import { describeGap, isGap, rankGaps, type Gap, type GapReport } from './gaps.ts';
import type { RadarModel } from './radar.ts';
import { competenciesOf, ratingNames } from './check-in-scale.ts';
import { entryOf, evidenceFor, evidenceOfCheckIn, latestCheckIn, toAssessment, type GrowthRecord } from './growth-record.ts';
import { expectationHref, selfAssessmentHref } from '../site/urls.ts';
import { highestStep, levelProficiency, outOf, scaleRange, stepLabel } from '../ladder/proficiency-scale.ts';
import { isSafeLink, levelById, levelProfile, notesOf, yourProfile, type Assessment, type Ladder } from './self-assessment.ts';

/**
 * The ladder as the profile reads it for `r`: only the competencies that the latest check-in's level
 * or the target level expects. A competency that neither expects (people management for a Senior
 * engineer aiming for Lead) has nothing to rate and nothing to close: the chart, its table, the plan
 * and its export leave it out. With neither level chosen yet, every competency.
 */
export function profileLadder(ladder: Ladder, r: GrowthRecord): Ladder {
  const levels = [latestCheckIn(r)?.level, r.target].filter((id) => levelById(ladder, id) !== undefined);
  if (!levels.length) return ladder;
  const expected = new Set(levels.flatMap((id) => competenciesOf(ladder, id).map((c) => c.id)));
  return { ...ladder, competencies: ladder.competencies.filter((c) => expected.has(c.id)) };
}

/** The scorecard weights that break ties between equal gaps, heaviest first, e.g. `Alpha 30%, Beta 20%`. */
export const weightList = (ladder: Ladder): string =>
  [...ladder.competencies]
    .sort((a, b) => (ladder.weights[b.id] ?? 0) - (ladder.weights[a.id] ?? 0))
    .map((c) => `${c.name} ${ladder.weights[c.id] ?? 0}%`)
    .join(', ');

/**
 * The radar chart: the target level's profile, then yours on top. `ratings` (the check-in's rating
 * in words, by competency) names each of your points after the rating as well as the level.
 */
export function chartModel(ladder: Ladder, a: Assessment, ratings: Record<string, string> = {}): RadarModel {
  const target = levelById(ladder, a.target);
  const yours = yourProfile(ladder, a);
  const names = ladder.competencies.map((c) => c.name);
  const range = scaleRange(ladder.scale);
  return {
    title: target ? `Radar chart: your profile against ${target.shortTitle}, one axis per competency, proficiency ${range}` : `Radar chart: your profile, one axis per competency, proficiency ${range}`,
    max: highestStep(ladder.scale).value,
    axes: ladder.competencies.map((c) => ({ id: c.id, label: c.name })),
    series: [
      {
        id: 'target',
        name: target ? `Target: ${target.shortTitle}` : 'Target',
        values: levelProfile(ladder, a.target),
        pointNames: names.map((n, i) => `${n} — target ${target?.shortTitle ?? ''} expects ${outOf(levelProfile(ladder, a.target)[i] ?? 0, ladder.scale)}`),
      },
      {
        id: 'you',
        name: 'You',
        values: yours,
        pointNames: ladder.competencies.map((c, i) => {
          const level = levelById(ladder, notesOf(a, c.id).demonstrated);
          const rated = ratings[c.id] ? `you rated ${ratings[c.id]}, ` : '';
          return `${c.name} — ${rated}you demonstrate ${level?.shortTitle ?? 'no level'}: ${outOf(yours[i] ?? 0, ladder.scale)}`;
        }),
      },
    ],
  };
}

export interface ChartRow {
  competency: string;
  name: string;
  /** Short title of the level demonstrated, or `Not rated`. */
  demonstrated: string;
  yours: string;
  /** Level and proficiency together, e.g. `Senior MLE (3 Practitioner)`, for narrow tables. */
  you: string;
  target: string;
  /** `2 steps below` (short of the target), `scope` (same depth, lower level), `new in kind` (only the target's track expects it), `met`, or `—` when either side is missing. */
  gap: string;
}

/** A gap in words: steps short of the target read as a shortfall (“2 steps below”), never as a lead (“+2”). */
const gapText = (g: Gap | undefined) => (!g ? '—' : g.kind === 'new-in-kind' ? 'new in kind' : g.gap > 0 ? `${g.gap} ${g.gap === 1 ? 'step' : 'steps'} below` : isGap(g) ? 'scope' : 'met');

/** The chart's data table, one row per competency in the ladder's order. */
export function chartRows(ladder: Ladder, a: Assessment): ChartRow[] {
  const yours = yourProfile(ladder, a);
  const target = levelProfile(ladder, a.target);
  const report = rankGaps(ladder, a);
  const all = [...(report?.gaps ?? []), ...(report?.met ?? [])];
  return ladder.competencies.map((c, i) => ({
    competency: c.id,
    name: c.name,
    demonstrated: levelById(ladder, notesOf(a, c.id).demonstrated)?.shortTitle ?? 'Not rated',
    yours: yours[i] == null ? '—' : stepLabel(yours[i]!, ladder.scale),
    you: yours[i] == null ? 'Not rated' : `${levelById(ladder, notesOf(a, c.id).demonstrated)?.shortTitle} (${stepLabel(yours[i]!, ladder.scale)})`,
    target: target[i] == null ? '—' : stepLabel(target[i]!, ladder.scale),
    gap: gapText(all.find((g) => g.competency === c.id)),
  }));
}

/** The latest check-in read for the profile, the gaps and the plan. */
export interface LatestView {
  assessment: Assessment;
  /** Rating in words by competency, for the latest check-in's competencies that have one. */
  ratings: Record<string, string>;
  /** Competencies rated below the ladder (no level to point to), in the ladder's order. */
  underLadder: string[];
  report: GapReport | null;
}

export function latestView(ladder: Ladder, r: GrowthRecord): LatestView {
  const latest = latestCheckIn(r);
  const assessment = toAssessment(ladder, r, latest);
  const ratings: Record<string, string> = {};
  const underLadder: string[] = [];
  for (const c of latest ? competenciesOf(ladder, latest.level) : []) {
    const rating = entryOf(latest!, c.id).rating;
    if (!rating) continue;
    ratings[c.id] = ratingNames[rating];
    if (!assessment.competencies[c.id]?.demonstrated) underLadder.push(c.id);
  }
  const report = rankGaps(ladder, assessment);
  return { assessment, ratings, underLadder, report: report && { ...report, unrated: report.unrated.filter((c) => !underLadder.includes(c)) } };
}

export interface CheckInRow extends ChartRow {
  /** The rating in words, or `Not rated`. */
  rating: string;
}

/** The chart's data table from the latest check-in: the rating, the level it points to, the target and the gap. */
export function checkInRows(ladder: Ladder, r: GrowthRecord): CheckInRow[] {
  const view = latestView(ladder, r);
  return chartRows(profileLadder(ladder, r), view.assessment).map((row) => {
    const under = view.underLadder.includes(row.competency);
    return {
      ...row,
      rating: view.ratings[row.competency] ?? 'Not rated',
      ...(under ? { demonstrated: 'Under the ladder', you: 'Under the ladder', gap: 'under' } : {}),
    };
  });
}

const inline = markdownInline;
/** The reader's notes, in a quote: their own Markdown, minus raw HTML and headings (`markdownNote`). */
const quoted = (text: string) => markdownNote(text.trim()).split('\n').map((l) => `> ${l}`.trimEnd()).join('\n');
const linkLine = (l: string) => (isSafeLink(l) ? `- <${l.replace(/>/g, '%3E')}>` : `- ${inline(l)}`);

/**
 * The growth plan as Markdown, from the latest check-in: levels, a summary table, the ranked gaps
 * with what the target level expects, and per competency the rating, the level it points to, the
 * reader's notes and the evidence the check-in gathered (the competencies of the check-in's level
 * only: the evidence is the check-in's). Notes are the reader's own Markdown and are
 * quoted as written, save raw HTML and headings (`markdownNote`). `site` makes the ladder links absolute: the address of the site's root page
 * (`https://handbook.example/`, or `https://acme.github.io/ml-handbook/` under a base path), ending in `/`.
 */
export function growthPlanMarkdown(ladder: Ladder, r: GrowthRecord, site: string, date: Date = new Date()): string {
  const latest = latestCheckIn(r);
  const view = latestView(ladder, r);
  const a = view.assessment;
  const competencies = profileLadder(ladder, r).competencies;
  const current = levelById(ladder, a.current);
  const target = levelById(ladder, a.target);
  const name = (id: string) => ladder.competencies.find((c) => c.id === id)?.name ?? id;
  // A site path (`/ladder/…`) read from the root page (`./ladder/…`), so that the base path of `site` is kept.
  const url = (path: string) => new URL(`.${path}`, site).href;
  const out: string[] = [];
  out.push(`# Growth plan: ${current?.title ?? 'current level not chosen'} → ${target?.title ?? 'target level not chosen'}`, '');
  if (r.name.trim()) out.push(`${inline(r.name.trim())}.`);
  out.push(`Check-in of ${latest?.date ?? '(none yet)'} against the ML engineering career ladder (${url(selfAssessmentHref)}), written ${date.toISOString().slice(0, 10)}.`);
  out.push('A draft for a promotion conversation: for each competency, my rating against my level, the level it points to, and my evidence.', '');
  out.push('## Summary', '', '| Competency | My rating | Level it points to | My proficiency | Target proficiency | Gap |', '| --- | --- | --- | --- | --- | --- |');
  for (const row of checkInRows(ladder, r)) out.push(`| ${inline(row.name)} | ${row.rating} | ${inline(row.demonstrated)} | ${row.yours} | ${row.target} | ${row.gap} |`);
  out.push('');

  const report = view.report;
  if (report && target) {
    out.push(`## Gaps to close for ${target.title}`, '');
    const ranked = [...view.underLadder.map((c) => ({ competency: c, under: true as const })), ...report.gaps.map((g) => ({ ...g, under: false as const }))];
    if (!ranked.length) out.push(report.unrated.length ? 'No gaps among the rated competencies.' : 'No gaps: every competency meets the target level.', '');
    ranked.forEach((g, i) => {
      const link = url(expectationHref(target.id, g.competency));
      if (g.under) out.push(`${i + 1}. **${name(g.competency)}**: rated ${view.ratings[g.competency]?.toLowerCase()}, under the ladder’s first level for it → ${target.shortTitle}. ${link}`);
      else {
        out.push(`${i + 1}. **${name(g.competency)}**: ${inline(describeGap(ladder, target.id, g))} ${link}`);
      }
      for (const b of target.expectations[g.competency]?.behaviors ?? []) out.push(`   - ${b}`);
    });
    if (ranked.length) out.push('');
    if (report.unrated.length) out.push(`Not rated yet: ${report.unrated.map(name).join(', ')}.`, '');
  }

  out.push('## Evidence by competency', '');
  const gathered = latest ? evidenceOfCheckIn(r, latest.id) : [];
  for (const c of competencies) {
    // Evidence is gathered and rated per check-in, against the check-in's level: a competency
    // outside that level's track (People management on an IC check-in) has none to show.
    if (latest && !competenciesOf(ladder, latest.level).some((x) => x.id === c.id)) continue;
    const { demonstrated, notes, links } = notesOf(a, c.id);
    const level = levelById(ladder, demonstrated);
    const expectation = level?.expectations[c.id];
    out.push(`### ${c.name}`, '');
    out.push(`My rating: ${view.ratings[c.id] ?? 'not rated yet'}${level && expectation ? `, pointing to ${levelProficiency(level.title, expectation.proficiency, ladder.scale)}` : view.underLadder.includes(c.id) ? ', under the ladder' : ''}.`);
    if (target) out.push(`Target: ${levelProficiency(target.title, target.expectations[c.id]?.proficiency ?? 0, ladder.scale)}.`);
    out.push('');
    if (level && expectation) {
      out.push(`What ${level.shortTitle} expects, which I consistently do:`, '');
      for (const b of expectation.behaviors) out.push(`- ${b}`);
      out.push('');
    }
    out.push('Evidence:', '');
    out.push(notes.trim() ? quoted(notes) : '_No evidence noted yet._', '');
    if (links.length) out.push('Links:', '', ...links.map(linkLine), '');
    const entries = evidenceFor(gathered, c.id);
    if (entries.length) out.push('Logged since the previous check-in:', '', ...entries.map((e) => `- ${e.date}: ${inline(e.title)}`), '');
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
