/** The glossary with the pages that use each term, and the terms a page names. */
import { getCollection } from 'astro:content';
import { termUsage, type PageRef } from '~/lib/glossary/terms';
import { docHref } from '~/lib/site/urls';
import { getGlossary, type GlossaryTerm } from './collections';
import { dataCollectionsByName } from '~/schemas/collections';
import { byId } from './lookup';

/** The glossary terms with these ids, sorted by name; an unknown id throws the validator's problem for it. */
export async function getGlossaryTerms(ids: readonly string[]): Promise<GlossaryTerm[]> {
  const glossary = await getGlossary();
  for (const id of ids) byId(glossary, 'glossary term', id, { file: dataCollectionsByName.glossary.file });
  return glossary.filter((t) => ids.includes(t.id));
}

/** Every glossary term, sorted by name, with the pages whose `terms` frontmatter lists it. */
export async function getGlossaryWithUsage(): Promise<(GlossaryTerm & { usedOn: PageRef[] })[]> {
  const docs = (await getCollection('docs', (e) => !e.data.draft)).map((e) => ({ title: e.data.title, href: docHref(e.id), terms: e.data.terms }));
  docs.sort((a, b) => a.href.localeCompare(b.href));
  const usage = termUsage(docs);
  return (await getGlossary()).map((t) => ({ ...t, usedOn: usage.get(t.id) ?? [] }));
}
