/**
 * What the built ladder pages tell a reader, checked as properties of the content: every number of
 * the proficiency scale has its name beside it, every level its breadth and time horizon, every
 * expectation and glossary term its provenance, every same-depth level what differs, and no
 * comparison across tracks calls a competency "less depth".
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '~/lib/content/validation/load';
import { changeLabelsAcrossTracks } from '~/lib/ladder/ladder-display';
import { levelsOfTrack, allPairs, inLadderOrder } from '~/lib/ladder/level-order';
import { archetypeAnchor, comparisonHref, glossaryHref, ladderHref, levelHref, staffPlusHref } from '~/lib/site/urls';
import type { Role } from '~/schemas/role';
import { builtPages } from '../support/dist';
import { asShown, mainText } from '../support/html-text';
import { repoRoot } from '../support/repo';

const pages = new Map(builtPages().map((p) => [p.path, p.html]));
const html = (path: string) => {
  const page = pages.get(path);
  if (page === undefined) throw new Error(`${path} was not built`);
  return page;
};
const text = (path: string) => mainText(html(path));
/** The markup of the element (a section, or an `article`) labelled by the heading with this id. */
const section = (page: string, id: string, element = 'section') => {
  const start = page.indexOf(`aria-labelledby="${id}"`);
  if (start < 0) throw new Error(`no ${element} labelled by #${id}`);
  return page.slice(start, page.indexOf(`</${element}>`, start));
};

const { entries } = loadContent(repoRoot);
const of = (collection: string) => entries.filter((e) => e.collection === collection);
const levels = of('roles').map((e) => ({ id: e.id, ...(e.data as Role) }));
const steps = (of('proficiencyScale')[0]!.data as { steps: { value: number; name: string }[] }).steps;
const stepName = (value: number) => steps.find((s) => s.value === value)!.name;
const tracks = of('tracks').map((t) => t.id);
const competencyTracks = new Map(of('competencies').map((c) => [c.id, (c.data as { tracks: string[] }).tracks]));

describe('the built ladder pages', () => {
  it('name each Staff+ archetype’s other names in its own section', () => {
    for (const e of of('archetypes')) {
      const { aliases = [] } = e.data as { aliases?: string[] };
      const shown = mainText(section(html(staffPlusHref), archetypeAnchor(e.id)));
      for (const alias of aliases) expect(shown, e.id).toContain(alias);
    }
  });

  it('name the step of the scale beside every proficiency of every level', () => {
    for (const level of levels)
      for (const [competency, e] of Object.entries(level.expectations))
        expect(mainText(section(html(levelHref(level.id)), competency)), `${level.id} ${competency}`).toContain(`Proficiency ${e.proficiency} of ${steps.at(-1)!.value}: ${stepName(e.proficiency)}`);
  });

  it('define every step of the scale on the overview, and show readers no validation rule there', () => {
    const overview = text(ladderHref);
    for (const step of steps) expect(overview).toContain(step.name);
    expect(overview).not.toMatch(/never falls/i);
  });

  it('give every level its breadth and time horizon, on its page and on the overview', () => {
    for (const level of levels) {
      expect(text(levelHref(level.id))).toContain(asShown(level.breadth));
      expect(text(levelHref(level.id))).toContain(asShown(level.horizon));
      expect(text(ladderHref)).toContain(asShown(level.breadth));
    }
  });

  it('say where the behaviors and the evidence of every expectation come from, linking the sections they name', () => {
    for (const level of levels)
      for (const [competency, e] of Object.entries(level.expectations)) {
        const part = section(html(levelHref(level.id)), competency);
        expect(mainText(part), `${level.id} ${competency}`).toMatch(/Behaviors: (from the role description|derived from the role description|written for the handbook)/);
        expect(mainText(part), `${level.id} ${competency}`).toMatch(/Evidence examples: (from the role description|derived from the role description|written for the handbook)/);
        for (const s of [...(e.provenance.behaviors.sections ?? []), ...(e.provenance.evidence.sections ?? [])]) expect(part).toContain(`href="${s.href}"`);
      }
  });

  it('say what differs wherever a level keeps the depth of the level below it', () => {
    for (const track of tracks) {
      const ordered = levelsOfTrack(levels, track);
      ordered.slice(1).forEach((level, i) => {
        for (const [competency, e] of Object.entries(level.expectations))
          if (e.proficiency === ordered[i]!.expectations[competency]?.proficiency) {
            expect(e.differsFromPrevious, `${level.id} ${competency}`).toBeTruthy();
            expect(mainText(section(html(levelHref(level.id)), competency))).toContain(asShown(e.differsFromPrevious!));
            expect(text(comparisonHref(ordered[i]!.id, level.id, inLadderOrder(levels, tracks).map((l) => l.id)))).toContain(asShown(e.differsFromPrevious!));
          }
      });
    }
  });

  it('never call a change across tracks less depth; what only one track expects is new in kind on the second level’s track, not expected on the first’s', () => {
    const order = inLadderOrder(levels, tracks).map((l) => l.id);
    const byId = new Map(levels.map((l) => [l.id, l]));
    for (const [a, b] of allPairs(order)) {
      const page = html(comparisonHref(a, b, order));
      expect(mainText(page), `${a} vs ${b}`).not.toMatch(/\bLess depth\b/);
      expect(page, `${a} vs ${b}`).not.toContain('data-change="lower"');
      const [from, to] = [byId.get(a)!, byId.get(b)!];
      if (from.track === to.track) continue;
      // A competency of one track only: the track it is on decides the word (the comparison's legend).
      const onlyOneTrack = [...competencyTracks].filter(([c, t]) => t.length === 1 && (from.expectations[c] || to.expectations[c]));
      for (const [competency, [track]] of onlyOneTrack) {
        const label = track === to.track ? changeLabelsAcrossTracks.new.label : changeLabelsAcrossTracks.dropped.label;
        expect(track === to.track || track === from.track, `${competency} is on neither level’s track`).toBe(true);
        expect(mainText(section(page, competency)), `${a} vs ${b}: ${competency}`).toContain(label);
      }
    }
  });

  it('say where every glossary definition comes from', () => {
    const glossary = html(glossaryHref);
    for (const term of of('glossary')) expect(mainText(section(glossary, term.id, 'article')), term.id).toMatch(/Definition: (from the role description|derived from the role description|written for the handbook)/);
  });
});
