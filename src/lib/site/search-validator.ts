/**
 * Questions to the validator: a query that names the validator (“validator complains about british
 * spelling”, “my rubric has no line for a rating of 4, validater error”) or one of its rules by the
 * id its report prints (“duplicate-id error”, “rank-sequence error after adding a level”) has the
 * page of the validation rules first, at the rule its other words name. Each problem the validator
 * reports names its rule, and the page lists each rule as a section of its own
 * (src/components/reference/ValidationRules.astro), but it is one long page of forty-odd short
 * rules: Pagefind ranked the editing guide, the content reference or the add-a-role guide above it
 * (they say “validator” and the rule's words in passing), and for a symptom in a reader's words the
 * interview kits, which hold “rubric”, “rating” and “4” in every rubric. Only the validator's name
 * and the rules' ids are the sign: “validation” and “error” alone are readers' words too (“data
 * validation failures”, a KPI; “error budget”, “error rate”), and a question about validation in
 * general (“how do I fix a validation error”) asks the editing guide's “Read an error”.
 *
 * Self-contained, without imports or outside names: the dialog's Pagefind module
 * (src/routes/search-api.js.ts) carries these functions' source text.
 */

/** The names a reader calls the validator by, lowercase: the tool's name (“the validator says…”), its plural, and its common misspelling. */
export const validatorNames: readonly string[] = ['validator', 'validators', 'validater'];

/**
 * Whether a query's words (`typed`: as the search box sends them, split at spaces, hyphens kept)
 * name the validator (`names`) or one of its rules by its id (`ruleIds`), as the validator's report
 * prints it, hyphens and all (“stray-file”): a rule's words apart (“broken reference”, “proficiency
 * scale”) are a reader's prose as often (“expert vs authority on the proficiency scale”).
 */
export function asksValidator(typed: readonly string[], names: readonly string[], ruleIds: readonly string[]): boolean {
  return typed.some((word) => {
    const w = word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    return names.includes(w) || (w.includes('-') && ruleIds.includes(w));
  });
}

/**
 * `results` with the first of the first `within` that `isRulesPage` holds of (the validation rules'
 * page) moved to the top, the others in their order; unchanged when it is first already or not
 * among them (a query the rules do not answer at all is not given them).
 */
export async function rulesPageFirst<R>(results: readonly R[], isRulesPage: (result: R) => Promise<boolean>, within: number): Promise<R[]> {
  const found = await Promise.all(results.slice(0, within).map(isRulesPage));
  const at = found.indexOf(true);
  if (at <= 0) return [...results];
  return [results[at]!, ...results.slice(0, at), ...results.slice(at + 1)];
}
