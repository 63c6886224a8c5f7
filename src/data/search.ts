/**
 * The names each page is the canonical place for, gathered from the content and placed by the URL
 * scheme (see src/lib/site/search-names.ts): read once per build.
 */
import { namesByPage, type NamedTarget } from '~/lib/site/search-names';
import { glossaryTermHref, kpiHref, onboardingPhaseHref, pathHref, skillHref, toolHref, trackHref } from '~/lib/site/urls';
import { getGlossary, getPaths, getRoleParts, getTracks } from './collections';

async function definedNames(): Promise<Map<string, string[]>> {
  const targets: NamedTarget[] = [];
  for (const { role, data } of await getRoleParts('kpis')) for (const m of data.metrics) targets.push({ name: m.name, href: kpiHref(role, m.id) });
  for (const part of ['technicalSkills', 'softSkills'] as const)
    for (const { role, data } of await getRoleParts(part)) for (const s of data.skills) targets.push({ name: s.name, href: skillHref(role, s.id) });
  for (const { role, data } of await getRoleParts('tools')) for (const t of data.tools) targets.push({ name: t.tool, href: toolHref(role, t.tool) });
  for (const { data } of await getRoleParts('goals')) for (const p of data.phases) targets.push({ name: p.title, href: onboardingPhaseHref(p.id) });
  for (const t of await getGlossary()) targets.push({ name: t.term, href: glossaryTermHref(t.id) });
  for (const p of await getPaths()) targets.push({ name: p.name, href: pathHref(p.id) });
  for (const t of await getTracks()) targets.push({ name: `${t.name} track`, href: trackHref(t.id) });
  return namesByPage(targets);
}

let cached: Promise<Map<string, string[]>> | undefined;
/** The names the page at `path` (e.g. `/roles/lead-ml-engineer/kpis/`) is the canonical place for. */
export async function getNamesDefinedOn(path: string): Promise<string[]> {
  cached ??= definedNames();
  return (await cached).get(path) ?? [];
}
