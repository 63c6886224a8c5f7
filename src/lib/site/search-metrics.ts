/**
 * Questions of amount (“how often a model release gets reverted”, “how many models we ship a
 * month”, “how long CI takes”, as the search box marks them, search-measures.ts) are answered by a
 * metric and its target: a row of a role's KPI table. The search found the KPI page for most of
 * them, but the pages that tell the same story in prose (the onboarding plan, a level's page, the
 * interview kits' scenarios) outscored it, for they say the everyday words of the question more
 * often than a table row of a dozen words can; the page came second to tenth with the row among its
 * shown sections. The page whose matched sections are metric rows (their anchors start with the KPI
 * rows' prefix, urls.ts `kpiAnchor`) goes up to a place among the first results (search-weights.ts,
 * `rowTablePlace`). Only for a question of amount: for the topic alone a KPI's name already
 * finds its row first, and a page that merely mentions a metric stays where the search put it.
 * A query for one skill (`asksForOneSkill`) takes the same step to the page of the skills' rows.
 */

/**
 * Whether a query (as the search box sends it) names one skill by the word “skill” in the singular:
 * “real time vs batch serving skill”, “hallucination monitoring skill”. It asks for the role's row of
 * that skill, which the skills page holds under its name; but a competency or the glossary that says
 * the other words more often came first, the skills page second. The plural asks about skills in
 * general (“communication skills expected of a head of ML”, “which skills feed evaluation”): a
 * level's or a competency's page answers those, and the skills page first lost five of them.
 */
export function asksForOneSkill(query: string, skillWord: string): boolean {
  return query
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .includes(skillWord);
}

/** A result as Pagefind returns it, as far as this reads it: the URLs of the sections that matched. */
export interface ResultWithSections {
  id: string;
  data(): Promise<{ sub_results: readonly { url?: string }[] }>;
}

/**
 * The results with the first of the first `looked` whose matched sections include a row whose
 * anchor starts with `rowAnchorPrefix` moved up to index `place` (staying put when higher), the
 * others in their order; the results as they were when none is. Self-contained, without imports or
 * outside names: the dialog's Pagefind module (src/routes/search-api.js.ts) carries its source text.
 */
export async function metricRowsUp<R extends ResultWithSections, T extends { results: R[] }>(response: T, rowAnchorPrefix: string, place: number, looked: number): Promise<T> {
  const holdsRow = async (result: R) =>
    (await result.data()).sub_results.some(({ url = '' }) => {
      const at = url.indexOf('#');
      return at !== -1 && url.slice(at + 1).startsWith(rowAnchorPrefix);
    });
  const candidates = response.results.slice(0, looked);
  let at = -1;
  for (let i = 0; i < candidates.length && at === -1; i++) if (await holdsRow(candidates[i]!)) at = i;
  if (at <= place) return response;
  const page = response.results[at]!;
  const others = response.results.filter((_, i) => i !== at);
  return { ...response, results: [...others.slice(0, place), page, ...others.slice(place)] };
}
