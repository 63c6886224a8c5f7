/**
 * The structured parts of a role description (content/roles/<role>/*.yaml) as Markdown, as the role
 * pages' components show them: the KPI table, skills, tools, goals, hiring criteria. Pure.
 */
import type { z } from 'astro/zod';
import type { goalsSchema, hiringSchema, kpiFrameworkSchema, scorecardSchema, softSkillsSchema, technicalSkillsSchema, toolsSchema } from '../../schemas/role-description.ts';
import { competencyHref, hiringGuideHref, kitHref } from '../site/urls.ts';
import { and, blocks, heading, link, list, table, text, textList } from './markdown.ts';
import type { NamedDimension } from '../hiring/dimension-names.ts';

type Kpis = z.infer<typeof kpiFrameworkSchema>;
type Tools = z.infer<typeof toolsSchema>;
type TechnicalSkills = z.infer<typeof technicalSkillsSchema>;
type SoftSkills = z.infer<typeof softSkillsSchema>;
type Goals = z.infer<typeof goalsSchema>;
type Hiring = z.infer<typeof hiringSchema>;
/** A scorecard whose dimensions carry their names (their competencies' names, src/lib/hiring/dimension-names.ts). */
type Scorecard = { dimensions: NamedDimension<z.infer<typeof scorecardSchema>['dimensions'][number]>[] };

export function kpiFrameworkMarkdown({ metrics, notes }: Kpis): string {
  return blocks(
    table(
      ['Metric name', 'What it measures', 'Why it matters', 'Example target/benchmark', 'Frequency'],
      metrics.map((m) => [m.name, m.measures, m.why, m.target, m.frequency].map(text)),
    ),
    'Notes on measurement:',
    textList(notes),
  );
}

export function toolsMarkdown({ tools }: Tools): string {
  return table(
    ['Category', 'Tool, platform, or software', 'Primary use', 'Commonality'],
    tools.map((t) => [t.category, t.tool, t.use, t.commonality].map(text)),
  );
}

/** The tools marked `Common`, by category: what a new hire is most likely to find. */
export function commonToolsMarkdown({ tools }: Tools): string {
  const byCategory = new Map<string, string[]>();
  for (const t of tools.filter((t) => t.commonality === 'Common')) byCategory.set(t.category, [...(byCategory.get(t.category) ?? []), t.tool]);
  return list([...byCategory].map(([category, names]) => `**${text(category)}:** ${text(names.join('; '))}`));
}

/** One group of technical skills, each under a heading one level below `depth`. */
export function technicalSkillsMarkdown({ skills }: TechnicalSkills, group: string, depth = 4): string {
  return blocks(
    ...skills
      .filter((s) => s.group === group)
      .map((s) =>
        blocks(
          heading(depth, `${s.name} (${s.importance})`),
          list(
            [
              s.description && `**Description:** ${text(s.description)}`,
              s.use && `**Use:** ${text(s.use)}`,
              s.rationale && `**Importance:** ${text(s.rationale)}`,
            ].filter((x): x is string => !!x),
          ),
        ),
      ),
  );
}

export function softSkillsMarkdown({ skills }: SoftSkills, depth = 3): string {
  return blocks(
    ...skills.map((s) =>
      blocks(
        heading(depth, s.name),
        list([`**Why it matters:** ${text(s.whyItMatters)}`, `**How it shows up:** ${text(s.howItShowsUp)}`, `**Strong performance looks like:** ${text(s.strongPerformance)}`]),
      ),
    ),
  );
}

/** A goal with its details as a nested list. */
const goalItem = (g: { text: string; details: string[] }) => `${text(g.text)}${g.details.length ? `\n${g.details.map((d) => `  - ${text(d)}`).join('\n')}` : ''}`;

export function goalsMarkdown({ phases, success, highPerformance }: Goals, depth = 3): string {
  return blocks(
    ...phases.map((p) => blocks(heading(depth, `${p.title} (${p.theme})`), list(p.goals.map(goalItem)))),
    heading(depth, 'Role success definition'),
    textList(success),
    heading(depth, 'What high performance looks like'),
    textList(highPerformance),
  );
}

/** The assessment areas, each with its questions and the competencies it informs. */
export function hiringAreasMarkdown({ areas }: Hiring, competencyName: (id: string) => string): string {
  return areas
    .map(
      (a, i) =>
        `${i + 1}. **${text(a.name)}**\n${a.questions.map((q) => `   - ${text(q)}`).join('\n')}\n\n   Ladder competency: ${a.competencies.map((c) => link(competencyName(c), competencyHref(c))).join(', ')}`,
    )
    .join('\n');
}

export function scorecardMarkdown({ dimensions }: Scorecard): string {
  return table(
    ['Dimension', 'What “excellent” looks like', 'Weight'],
    dimensions.map((d) => [link(d.label, competencyHref(d.competency)), text(d.excellent), `${d.weight}%`]),
  );
}

export function signalsMarkdown({ strongSignals, weakSignals, redFlags }: Hiring, depth = 3): string {
  return blocks(
    heading(depth, 'Strong candidate signals'),
    textList(strongSignals),
    heading(depth, 'Weak candidate signals'),
    textList(weakSignals),
    heading(depth, 'Red flags'),
    textList(redFlags.map((f) => f.text)),
  );
}

/** The exercises the role description recommends, and a pointer to those the handbook added. */
export function exercisesMarkdown({ exercises }: Hiring): string {
  const added = exercises.filter((x) => x.origin === 'handbook');
  return blocks(
    list(exercises.filter((x) => x.origin === 'role-description').map((x) => `**${text(x.name)} (${text(x.duration)}):** ${text(x.brief)}`)),
    added.length > 0 &&
      `The handbook’s ${link('hiring guide', hiringGuideHref)} adds ${added.length === 1 ? 'an exercise' : 'exercises'} of its own, not from the role description: ${and(added.map((x) => link(x.name, kitHref(x.id))))}.`,
  );
}
