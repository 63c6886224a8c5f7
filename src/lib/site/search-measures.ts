/**
 * Questions that ask for an amount: “how often do we roll back models”, “how many models we ship a
 * month”, “how long CI takes”, “share of models with drift alerts”. What answers them is a metric
 * and its target, a plan or a guide, never a definition; but the glossary, whose entries name the
 * neighbouring concepts of any metric (“Rollback”, “Canary release”), held their words in one
 * section as often as the KPI's row did and came first for a fifth of them, the role's KPI second.
 * The search box drops the words that ask for the amount (search-query.ts), so it writes such a
 * question in one form, `measure <topic>`, which a reader may also type (“measure model quality”
 * asks for the metric too), and the dialog's search then keeps the glossary out of the first
 * results it shows (handbook-search.ts).
 */

/** The word that begins a question of amount as the search box sends it: “measure roll back models”. */
export const measureWord = 'measure';

/**
 * Whether `query` asks for an amount: “how” followed by “many”, “often” or “long”, or a word that
 * asks for a ratio before “of” (“share of”, “percent of”, “proportion of”, “fraction of”). Not “how
 * much”, which asks as often for a degree (“how much data engineering should a lead know”), nor
 * “how good”, “how well”, “how far”.
 */
export function asksForMeasure(query: string): boolean {
  return /\bhow\s+(?:many|often|long)\b/i.test(query) || /\b(?:share|percent|percentage|proportion|fraction)\s+of\b/i.test(query);
}

/** A result as Pagefind returns it, as far as this reads it. */
export interface ResultWithUrl {
  id: string;
  data(): Promise<{ url?: string }>;
}

/**
 * The results with the glossary (the page at `glossaryPath`, after the site's base) moved just
 * below the first `shown` (to the end, when there are no more) when it is among them, the others in
 * their order; otherwise the results as they were. Self-contained, without imports or outside
 * names: the dialog's Pagefind module (src/routes/search-api.js.ts) carries its source text.
 */
export async function definitionsBelow<R extends ResultWithUrl, T extends { results: R[] }>(response: T, glossaryPath: string, shown: number): Promise<T> {
  const first = response.results.slice(0, shown);
  const found = await Promise.all(first.map(async (result) => ((await result.data()).url ?? '').split('#')[0]!.endsWith(glossaryPath)));
  const at = found.indexOf(true);
  if (at === -1) return response;
  const glossary = response.results[at]!;
  const others = response.results.filter((_, i) => i !== at);
  return { ...response, results: [...others.slice(0, shown), glossary, ...others.slice(shown)] };
}
