/**
 * The names each page is the canonical place for, gathered from the content and placed by the URL
 * scheme (see src/lib/site/search-names.ts): read once per build.
 */
import { glossaryAcronyms, itemTermNames, itemsNamedBy, namesByPage, type NamedTarget } from '~/lib/site/search-names';
import { archetypeHref, glossaryTermHref, kitHref, kpiHref, onboardingPhaseHref, pathHref, scaleStepHref, skillHref, themeHref, toolHref, trackHref } from '~/lib/site/urls';
import { getCollection } from 'astro:content';
import { vocabularyOf } from '~/lib/site/search-typos';
import { contentTypeLabels } from '~/lib/site/search-filters';
import { pageTypeValues } from '~/schemas/frontmatter';
import { readerWordsTable } from '~/lib/site/search-reader-words';
import type { LevelStep } from '~/lib/site/search-level-steps';
import type { GlossaryEntryNames } from '~/lib/site/search-definitions';
import { getArchetypes, getCompetencies, getFamily, getGlossary, getLevels, getPaths, getProficiencyScale, getRoleParts, getSharedExpectationThemes, getTracks, type Level } from './collections';

/** A level's names as search reads them: its title, its short title and its other names. */
const levelNames = (l: Level): string[] => [l.title, ...(l.shortTitle ? [l.shortTitle] : []), ...l.aliases];

/** By page: the names it defines, the glossary's terms that name its items, and what its tools are used for. */
interface SearchNames {
  defines: Map<string, string[]>;
  itemTerms: Map<string, string[]>;
  toolUses: Map<string, string[]>;
}

async function searchNames(): Promise<SearchNames> {
  const targets: NamedTarget[] = [];
  const itemTerms: NamedTarget[] = [];
  const toolUses: NamedTarget[] = [];
  for (const { role, data } of await getRoleParts('kpis')) for (const m of data.metrics) targets.push({ name: m.name, href: kpiHref(role, m.id) });
  for (const part of ['technicalSkills', 'softSkills'] as const)
    for (const { role, data } of await getRoleParts(part)) for (const s of data.skills) targets.push({ name: s.name, href: skillHref(role, s.id) });
  // The KPIs and skills say what the role does with a thing and how it is measured: a glossary term
  // that names one of them is searched as its name; the glossary entry, found by its text, comes
  // after them (`itemsNamedBy`). A tool's row only says that the role uses it (“Model cards /
  // internal governance templates”): for a term it names, the glossary, which says what the thing
  // is, stays the answer. Any other term is defined by the glossary.
  const items = [...targets];
  for (const { role, data } of await getRoleParts('tools'))
    for (const t of data.tools) {
      targets.push({ name: t.tool, href: toolHref(role, t.tool) });
      toolUses.push({ name: t.use, href: toolHref(role, t.tool) });
    }
  for (const { data } of await getRoleParts('goals')) for (const p of data.phases) targets.push({ name: p.title, href: onboardingPhaseHref(p.id) });
  for (const t of await getGlossary()) {
    const named = itemsNamedBy(t, items);
    if (named.length) for (const item of named) for (const name of itemTermNames(t)) itemTerms.push({ name, href: item.href });
    else targets.push({ name: t.term, href: glossaryTermHref(t.id) });
    for (const acronym of glossaryAcronyms(t)) targets.push({ name: acronym, href: glossaryTermHref(t.id) });
  }
  for (const p of await getPaths()) targets.push({ name: p.name, href: pathHref(p.id) });
  // An interview exercise's kit is the canonical page for its name (“Mini take-home”): its
  // printable materials (/hiring/materials/…) carry the name in their titles too (“Mini take-home:
  // the reviewer’s guide”), and are the answer for what they say, not for the exercise.
  for (const { data } of await getRoleParts('hiring')) for (const x of data.exercises) targets.push({ name: x.name, href: kitHref(x.id) });
  for (const t of await getTracks()) targets.push({ name: `${t.name} track`, href: trackHref(t.id) });
  // The Staff+ archetypes (“Tech Lead”, “Architect”) and the themes everyone is expected to carry
  // (“Psychological safety”) are named things with a section of their own, where other pages only
  // use the words.
  for (const a of await getArchetypes()) for (const name of [a.name, ...a.aliases]) targets.push({ name, href: archetypeHref(a.id) });
  for (const t of await getSharedExpectationThemes()) targets.push({ name: t.name, href: themeHref(t.id) });
  // The proficiency scale's steps are defined on the ladder's overview; the level and comparison
  // pages print a step's name beside every number (“4 Expert → 5 Authority”), so by the words alone
  // a question about the steps found the comparisons first. A step's name alone (“Working”,
  // “Expert”) is an everyday word: it names the step with the scale's word.
  for (const step of (await getProficiencyScale()).steps) targets.push({ name: `${step.name} proficiency`, href: scaleStepHref(step.value) });
  return { defines: namesByPage(targets), itemTerms: namesByPage(itemTerms), toolUses: namesByPage(toolUses) };
}

let cached: Promise<SearchNames> | undefined;
/** The names the page at `path` (e.g. `/roles/lead-ml-engineer/kpis/`) is the canonical place for. */
export async function getNamesDefinedOn(path: string): Promise<string[]> {
  cached ??= searchNames();
  return (await cached).defines.get(path) ?? [];
}

/** The glossary's terms (and their other names) that name items of the page at `path` (`itemsNamedBy`). */
export async function getItemTermsOn(path: string): Promise<string[]> {
  cached ??= searchNames();
  return (await cached).itemTerms.get(path) ?? [];
}

/** What the tools listed on the page at `path` are used for (“Experiment tracking, model registry”). */
export async function getToolUsesOn(path: string): Promise<string[]> {
  cached ??= searchNames();
  return (await cached).toolUses.get(path) ?? [];
}

/**
 * The words of the names the handbook gives things, that the search corrects a slip to
 * (src/lib/site/search-typos.ts): the levels' titles and other names, the job family's, the
 * competencies', the pages' titles, the glossary's terms and their other names, and every name a
 * page defines (KPIs, skills, tools, tracks, paths, phases, `searchKeywords`), and the names of
 * the kinds of pages (the search's content types: “Competency”, “Level comparison”), which name no
 * page but which readers type beside a name (“principal authority on every competancy”: the slip
 * left the query to the comparisons that say “Authority” most, the Principal's own page fourth).
 */
export async function getSearchVocabulary(): Promise<string[]> {
  cached ??= searchNames();
  const { defines, itemTerms } = await cached;
  const levels = (await getLevels()).flatMap(levelNames);
  const docs = (await getCollection('docs', (e) => !e.data.draft)).flatMap((e) => [e.data.title, ...(e.data.searchKeywords ?? [])]);
  const glossary = (await getGlossary()).flatMap((t) => [t.term, ...t.aliases]);
  const competencies = (await getCompetencies()).map((c) => c.name);
  const family = (await getFamily()).aliases;
  const pageKinds = contentTypeLabels([...pageTypeValues]);
  return vocabularyOf([...levels, ...docs, ...glossary, ...competencies, ...family, ...pageKinds, ...[...defines.values(), ...itemTerms.values()].flat()]);
}

/** Each glossary entry's anchor, term and other names: a definition question about one finds the glossary first, the entry first on it (src/lib/site/search-definitions.ts). */
export async function getGlossaryNames(): Promise<GlossaryEntryNames[]> {
  return (await getGlossary()).map((t) => ({ id: t.id, names: [t.term, ...t.aliases] }));
}

/** The levels' names, tracks and ranks: a question about a level by its place finds the level it points to (src/lib/site/search-level-steps.ts). */
export async function getLevelSteps(): Promise<LevelStep[]> {
  return (await getLevels()).map((l) => ({ title: l.title, names: levelNames(l), track: l.track, rank: l.rank }));
}

/** The readers' thesaurus (content/search/reader-words.yaml): a reader's word to the handbook's words for it. */
export async function getReaderWords(): Promise<Record<string, string[]>> {
  return readerWordsTable((await getCollection('readerWords')).map((e) => e.data));
}
