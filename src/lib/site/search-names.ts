/**
 * The names each page is the canonical place for: the KPIs of a role's KPI table, the skills of
 * its skills page, the glossary's terms, the tracks of the ladder's overview… Every page carries
 * them in a hidden search field (`definedNamesField`, src/lib/site/search-weights.ts), so a query
 * that names one of them ranks that page above the pages that only mention it. The names come
 * from the content and their pages from the URL scheme; this module only groups them.
 */

/** A named thing and the URL of its canonical place (a page, or an anchor on one). */
export interface NamedTarget {
  name: string;
  href: string;
}

/**
 * A name as the search field holds it: without parenthetical qualifiers and abbreviations,
 * which name something else (`Service availability (SLO)` is the KPI, `SLO` is the glossary's
 * term), and with runs of spaces collapsed.
 */
export function searchName(name: string): string {
  return name
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A name cut into its parts, each marked as the name proper or a parenthetical qualifier:
 * `Time to detect (TTD) ML issues` → `Time to detect`, ` (TTD)` (qualifier), ` ML issues`. Joined,
 * the parts are the name as written; pages weight the name proper only (`searchName` drops the rest).
 */
export function nameParts(name: string): { text: string; qualifier: boolean }[] {
  return name
    .split(/(\s*\([^)]*\))/)
    .filter((text) => text !== '')
    .map((text) => ({ text, qualifier: /^\s*\(/.test(text) }));
}

/** The path of a URL: `/a/#b` → `/a/`. */
const pathOf = (href: string) => href.split('#')[0] ?? href;

/** The names defined on each page, by path, each name once, in the order given. */
export function namesByPage(targets: readonly NamedTarget[]): Map<string, string[]> {
  const pages = new Map<string, string[]>();
  for (const { name, href } of targets) {
    const names = pages.get(pathOf(href)) ?? [];
    const clean = searchName(name);
    if (clean && !names.includes(clean)) names.push(clean);
    pages.set(pathOf(href), names);
  }
  return pages;
}

/** A glossary term's names: the term and its other names. */
export interface TermNames {
  term: string;
  aliases: readonly string[];
}

/** A name's words in lowercase, as search compares them. */
const wordsOf = (name: string) => searchName(name).toLowerCase().split(/\s+/).filter(Boolean);

/** `word` as written, or with a plural ending (`store` → `stores`). */
const sameWord = (word: string, other: string) => other === word || other === `${word}s` || other === `${word}es`;

/**
 * The role's items (KPIs, skills, tools…) that a glossary term is the subject of: those whose name
 * begins with the term or one of its other names, when that name has two words or more
 * (“Feature store” → the skill “Feature store concepts”; “vector search”, another name of “Vector
 * database” → “Vector search and retrieval systems”). Such a term names the item, and a reader who
 * types it wants the role's row first, its definition second. A single word (“Drift”, “Rollback”)
 * is a concept that many items touch (“Drift detection coverage”, “Rollback rate”), not their
 * subject: its glossary entry stays the answer.
 */
export function itemsNamedBy(term: TermNames, items: readonly NamedTarget[]): NamedTarget[] {
  const names = [term.term, ...term.aliases].map(wordsOf).filter((words) => words.length >= 2);
  return items.filter((item) => {
    const itemWords = wordsOf(item.name);
    return names.some((words) => words.length <= itemWords.length && words.every((w, i) => sameWord(w, itemWords[i]!)));
  });
}

/** An acronym: one word in capitals and digits (“TTR”, “MTTR”, “SLOs”). */
const isAcronym = (name: string) => /^[A-Z][A-Z0-9]+s?$/.test(name.trim());

/**
 * The names of a glossary term that the page of an item it names (`itemsNamedBy`) is searched by:
 * the term and its other names, but not an acronym (“TTR”, “MTTR”), which the item's row does not
 * write: found only in a hidden field, it would land the reader on a page that nowhere shows it.
 * The glossary, whose entry shows it among the term's other names, answers it (`glossaryAcronyms`).
 */
export function itemTermNames(term: TermNames): string[] {
  return [term.term, ...term.aliases].filter((name) => !isAcronym(name));
}

/**
 * The acronyms among a term's other names, which the glossary defines whatever else defines the
 * term: the entry is where an acronym is spelled out (“RAG” is “Retrieval-augmented generation”),
 * and its heading writes it in parentheses, which a name's match leaves aside as a term of its own.
 */
export function glossaryAcronyms(term: TermNames): string[] {
  return term.aliases.filter(isAcronym);
}

/**
 * The parts of a name that Pagefind cannot find by themselves: in a word joined by a slash, the
 * parts that mix letters and digits (`P95/P99` → `P95`, `P99`). Pagefind indexes such a word whole
 * (`p95p99`, which a search for `p95` finds as its beginning) and splits it for search only where
 * letters meet digits (`95`, `99`), so `p99` finds nothing. Words joined by a slash without digits
 * (`Pub/Sub`, `CI/CD`) it splits itself.
 */
export function unsplitParts(name: string): string[] {
  return name
    .split(/\s+/)
    .filter((word) => word.includes('/'))
    .flatMap((word) => word.split('/'))
    .map((part) => part.replace(/^\W+|\W+$/g, ''))
    .filter((part) => /\d/.test(part) && /[a-z]/i.test(part));
}
