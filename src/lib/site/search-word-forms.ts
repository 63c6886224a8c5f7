/**
 * Other forms of a query word that the search also looks for. Pagefind stems words with the
 * Snowball English stemmer and finds the indexed words that begin with the query word's stem, so a
 * query word finds its longer relatives (“recover” finds “recovery”, “deploy” finds “deployment”)
 * but not its shorter ones where Snowball leaves the two apart: “recovery” (stem `recoveri`) does
 * not find “recover” (`recov`), “failure” does not find “fail”, “decision” does not find “decide”.
 * For such a word this gives the shorter form that Snowball stems to
 * the beginning of both, so that searching for it finds the whole family.
 *
 * English suffixes only, no vocabulary: a rule that shortens a word to one that is not a word
 * (“feature” → “feat”) only widens the search to words that begin like it, which are usually its
 * own family. The rules that lengthen a verb into its noun make a word that begins differently, so
 * they are held to the families they are for: a looser one turned “guides” and “outside” into
 * “guision” and “outsision”, “health” into “heal”.
 * An abbreviation of `abbreviations` (the job titles' of search-query.ts: “sr”, “mgr”) has the
 * words it stands for as its other form (“sr” → “senior”), which the pages hold where the
 * abbreviation is seldom written.
 *
 * Self-contained, without imports or outside names: the dialog's Pagefind module
 * (src/routes/search-api.js.ts) carries this function's source text.
 */
export function otherWordForms(word: string, abbreviations: Readonly<Record<string, string>> = {}): string[] {
  /** `[ending, replacement]`: the noun or adjective ending and the verb's (or root's) ending. */
  const rules: [RegExp, string][] = [
    // recovery → recover, delivery → deliver, inventory → inventor, summary → summar(ize)
    [/([eoa]r)y$/, '$1'],
    // failure → fail, exposure → expos(e), architecture → architect
    [/ure$/, ''],
    // decision → decide, division → divide
    [/ision$/, 'ide'],
    // inclusion → include, conclusion → conclude
    [/usion$/, 'ude'],
    // extension → extend, expansion → expand
    [/nsion$/, 'nd'],
    // The other way, verb → noun, where Snowball leaves the noun apart too (“decide” finds
    // “decided” but not “decision”, “include” not “inclusion”): readers ask with the verb (“who
    // decides”, “how to include”), the handbook names the thing (“decision rights”, “inclusion”).
    // growth → grow (finds “growing”: a level page's “How to keep growing”); not breadth, health
    [/owth$/, 'ow'],
    // decide, decides, decided, deciding → decision; divide → division; collide → collision (not
    // guide, provide, outside, override)
    [/(?<=(?:ec|iv|ll))(?:ide[sd]?|iding)$/, 'ision'],
    // include, includes → inclusion; conclude → conclusion (not “including”, “included”, which
    // mostly mean “with”)
    [/(?<=(?:cl|tr))udes?$/, 'usion'],
    // describe, described → description; subscribe → subscription
    [/ibe[sd]?$|ibing$/, 'iption'],
  ];
  /** Shorter words and roots than these begin too many unrelated words (“every” → “ever”). */
  const shortestWord = 6;
  const shortestRoot = 4;
  const lower = word.toLowerCase();
  const spelledOut = Object.hasOwn(abbreviations, lower) ? abbreviations[lower] : undefined;
  if (spelledOut) return [spelledOut];
  if (!/^[a-z]+$/.test(lower) || lower.length < shortestWord) return [];
  const forms: string[] = [];
  for (const [ending, replacement] of rules) {
    if (!ending.test(lower)) continue;
    const form = lower.replace(ending, replacement);
    if (form.length >= shortestRoot && form !== lower && !forms.includes(form)) forms.push(form);
  }
  return forms;
}
