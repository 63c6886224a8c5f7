/**
 * Pure helpers for the glossary: how a term is labelled, how the glossary is grouped, and which
 * pages use each term (from the `terms` frontmatter of pages). The glossary page and the "Terms on
 * this page" block both use them; `src/data/glossary.ts` feeds them the collections.
 */

export interface TermLike {
  id: string;
  term: string;
  aliases: readonly string[];
}

/** A short abbreviation such as `TTD`, `SLO` or `IaC`: two to five letters or digits, starting and ending upper-case. */
const abbreviation = /^[A-Z][A-Za-z0-9]{0,3}[A-Z]$/;

/** The term as a link shows it: its name, plus its abbreviation when it has one the name lacks (`Time to detect (TTD)`). */
export function termLabel(t: TermLike): string {
  const abbr = t.aliases.find((a) => abbreviation.test(a) && !t.term.includes(a));
  return abbr ? `${t.term} (${abbr})` : t.term;
}

/** The letter a term is filed under: its first letter, upper-case, or `#` when it starts with anything else. */
export function letterOf(term: string): string {
  const first = term.normalize('NFKD').charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}

/** Terms grouped by letter, letters in order, terms in the order given (the glossary sorts them by name). */
export function byLetter<T extends { term: string }>(terms: readonly T[]): { letter: string; terms: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const t of terms) {
    const letter = letterOf(t.term);
    groups.set(letter, [...(groups.get(letter) ?? []), t]);
  }
  return [...groups].sort(([a], [b]) => (a === '#' ? -1 : b === '#' ? 1 : a.localeCompare(b))).map(([letter, list]) => ({ letter, terms: list }));
}

export interface PageRef {
  title: string;
  href: string;
}

/** For each term id, the pages whose frontmatter lists it, in the order of `pages`, each page once. */
export function termUsage(pages: readonly (PageRef & { terms: readonly string[] })[]): Map<string, PageRef[]> {
  const usage = new Map<string, PageRef[]>();
  for (const page of pages)
    for (const id of new Set(page.terms)) usage.set(id, [...(usage.get(id) ?? []), { title: page.title, href: page.href }]);
  return usage;
}
