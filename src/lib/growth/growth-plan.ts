/**
 * What the self-assessment shows and exports, derived from the ladder and an assessment by pure
 * functions: the chart's model, the rows of its data table, and the Markdown growth plan (a draft
 * promotion packet). The server renders the initial page with them and the island re-renders with
 * them, so the two never disagree.
 */
import { describeGap, isGap, rankGaps, type Gap } from './gaps.ts';
import type { RadarModel } from './radar.ts';
import { expectationHref, selfAssessmentHref } from '../site/urls.ts';
import { highestStep, outOf, scaleRange, stepLabel } from '../ladder/proficiency-scale.ts';
import { isSafeLink, levelById, levelProfile, notesOf, yourProfile, type Assessment, type Ladder } from './self-assessment.ts';


/** The radar chart: the target level's profile, then yours on top. */
export function chartModel(ladder: Ladder, a: Assessment): RadarModel {
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
          return `${c.name} — you demonstrate ${level?.shortTitle ?? 'no level'}: ${outOf(yours[i] ?? 0, ladder.scale)}`;
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
  /** `+2`, `scope` (same depth, lower level), `new in kind` (only the target's track expects it), `met`, or `—` when either side is missing. */
  gap: string;
}

const gapText = (g: Gap | undefined) => (!g ? '—' : g.kind === 'new-in-kind' ? 'new in kind' : g.gap > 0 ? `+${g.gap}` : isGap(g) ? 'scope' : 'met');

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

/** One line of Markdown, with characters that would start markup escaped. */
const inline = (s: string) => s.replace(/([\\`*_[\]<>|])/g, '\\$1').replace(/\s*\n\s*/g, ' ');

/**
 * The growth plan as Markdown: levels, a summary table, the ranked gaps with what the target level
 * expects, and per competency the level demonstrated with the reader's evidence. Notes are the
 * reader's own Markdown and are quoted as written. `site` makes the ladder links absolute.
 */
export function growthPlanMarkdown(ladder: Ladder, a: Assessment, site: string, date: Date = new Date()): string {
  const current = levelById(ladder, a.current);
  const target = levelById(ladder, a.target);
  const name = (id: string) => ladder.competencies.find((c) => c.id === id)?.name ?? id;
  const url = (path: string) => new URL(path, site).href;
  const out: string[] = [];
  out.push(`# Growth plan: ${current?.title ?? 'current level not chosen'} → ${target?.title ?? 'target level not chosen'}`, '');
  out.push(`Self-assessment against the ML engineering career ladder (${url(selfAssessmentHref)}), ${date.toISOString().slice(0, 10)}.`);
  out.push('A draft for a promotion conversation: for each competency, the level whose expectations I consistently demonstrate, and my evidence.', '');
  out.push('## Summary', '', '| Competency | Level demonstrated | My proficiency | Target proficiency | Gap |', '| --- | --- | --- | --- | --- |');
  for (const r of chartRows(ladder, a)) out.push(`| ${inline(r.name)} | ${inline(r.demonstrated)} | ${r.yours} | ${r.target} | ${r.gap} |`);
  out.push('');

  const report = rankGaps(ladder, a);
  if (report && target) {
    out.push(`## Gaps to close for ${target.title}`, '');
    if (!report.gaps.length) out.push(report.unrated.length ? 'No gaps among the rated competencies.' : 'No gaps: every competency meets the target level.', '');
    report.gaps.forEach((g, i) => {
      out.push(`${i + 1}. **${name(g.competency)}**: ${inline(describeGap(ladder, target.id, g))} ${url(expectationHref(target.id, g.competency))}`);
      for (const b of target.expectations[g.competency]?.behaviors ?? []) out.push(`   - ${b}`);
    });
    if (report.gaps.length) out.push('');
    if (report.unrated.length) out.push(`Not rated yet: ${report.unrated.map(name).join(', ')}.`, '');
  }

  out.push('## Evidence by competency', '');
  for (const c of ladder.competencies) {
    const { demonstrated, notes, links } = notesOf(a, c.id);
    const level = levelById(ladder, demonstrated);
    const expectation = level?.expectations[c.id];
    out.push(`### ${c.name}`, '');
    out.push(level && expectation ? `Level demonstrated: ${level.title} (proficiency ${outOf(expectation.proficiency, ladder.scale)}).` : 'Level demonstrated: not rated yet.');
    if (target) out.push(`Target: ${target.title} (proficiency ${outOf(target.expectations[c.id]?.proficiency ?? 0, ladder.scale)}).`);
    out.push('');
    if (level && expectation) {
      out.push(`What ${level.shortTitle} expects, which I consistently do:`, '');
      for (const b of expectation.behaviors) out.push(`- ${b}`);
      out.push('');
    }
    out.push('Evidence:', '');
    out.push(notes.trim() ? notes.trim().split('\n').map((l) => `> ${l}`.trimEnd()).join('\n') : '_No evidence noted yet._', '');
    if (links.length) {
      out.push('Links:', '');
      for (const l of links) out.push(isSafeLink(l) ? `- <${l.replace(/>/g, '%3E')}>` : `- ${inline(l)}`);
      out.push('');
    }
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
