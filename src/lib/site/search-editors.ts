/**
 * The editors' and hosts' pages (content type “Editing and hosting”: the editing guide, adding a
 * role, the validation rules, the content reference, the spreadsheet, hosting) one place down where
 * the query gives no sign of an editor. They are long pages of everyday words, and they quote the
 * role's vocabulary in examples and rules (“Add a reader's word”), so they are often the only pages
 * that hold every word of a reader's question (“losing hands-on skills after becoming a manager”:
 * the editing guide first, the reader's page second before this step) and came above its answer in
 * about forty misses across the query sets. A run of them stays ahead of the reader's page after
 * it by one place less (“new hire, where do I look up words I don't know” still opens on two
 * editors' pages): taking the whole run below it lost more editors' questions than it won readers'
 * (tests/search/HISTORY.md, the sixtieth and sixty-first passes). One lower weight for their
 * text cannot tell a reader's question from an editor's (the fifty-ninth pass: as many editors'
 * questions fell as readers' rose); the query can: an editor names a file, a field, the validator or
 * the build, or asks to add, remove or rename a thing of the handbook (`editingWords`), or uses a
 * word that the editors' pages hold nearly alone (“nginx”, “sitemap”, “spreadsheet”:
 * `editorsWordShare`), which no list has to name.
 *
 * Self-contained, without imports or outside names: the dialog's Pagefind module
 * (src/routes/search-api.js.ts) carries these functions' source text.
 */

/**
 * The words that say an editor or a host is asking: the files and tools of editing and hosting, and
 * the verbs of changing the handbook's content. A reader asks about the ladder in the ladder's words
 * (“how does my manager add their own ratings” keeps the editors' pages where they are, which only
 * forgoes the step). Lowercase, as the query's words are compared.
 */
export const editingWords: readonly string[] = [
  // The files and tools an editor works with.
  'file', 'files', 'yaml', 'yml', 'mdx', 'frontmatter', 'field', 'fields', 'schema', 'id', 'ids', 'json', 'csv',
  'validator', 'validation', 'validate', 'validater', 'error', 'errors', 'rule', 'build', 'script',
  'repo', 'repository', 'fork', 'git', 'commit', 'pull', 'ci',
  // What a host sets up, and the spreadsheet editors may edit the ladder in.
  'host', 'hosting', 'htaccess', 'headers', 'deploy', 'deploying', 'site', 'server', 'subfolder', 'intranet', 'publish', 'publishing',
  'spreadsheet', 'excel', 'sheets',
  // The verbs of changing the handbook's content.
  'edit', 'edited', 'editing', 'rename', 'renaming', 'add', 'adding', 'added', 'remove', 'removing', 'delete', 'scaffold', 'scaffolding',
];

/**
 * The share of the pages holding a word above which the word is the editors' (“nginx”, on the
 * hosting page alone; “yaml”, two thirds of whose pages are the editors'). Over every set but the
 * committed one, 0.7 raised the most first places (simulated on the results before this step, with
 * the words above but “site” … “sheets”: 1,372 → 1,380; 0.5 → 1,378, 0.3 → 1,376, none at all →
 * 1,374): below it, words that readers' pages share as well hold editors' pages up for readers'
 * questions. With “site” … “sheets”, measured: 1,372 → 1,382 first, 1,667 → 1,670 in the first three.
 */
export const editorsWordShare = 0.7;

/**
 * Whether `words` (a query's, lowercase, function words dropped) give the sign of an editor: one of
 * `signWords`, or one that the editors' pages hold at least `share` of the pages of
 * (`editorsShareOf`: the share of a word's pages that are editors' pages, 0 when no page holds it).
 */
export async function askedByEditor(words: readonly string[], signWords: readonly string[], editorsShareOf: (word: string) => Promise<number>, share: number): Promise<boolean> {
  if (words.some((w) => signWords.includes(w))) return true;
  const shares = await Promise.all(words.map(editorsShareOf));
  return shares.some((s) => s >= share);
}

/**
 * `results` with each of the first `within` that `isEditorsPage` holds of one place down, below the
 * page that followed it: a run of editors' pages keeps its order, each behind one more reader's page
 * (E E R → E R E). One place rather than below every reader's page: an editors' page that Pagefind
 * scored first for an everyday question is often the next best answer, and moved further down, the
 * editors' questions the sign misses (“two competencies with the same name”) fell further
 * (simulated over every set but the committed one, before “site” … “sheets” joined `editingWords`:
 * one place 1,380 first, two places 1,377, no editors' page first 1,376, below every reader's page
 * 1,376 and 1,657 in the first three against 1,669; with them, one place 1,382, as measured, and each
 * run of editors' pages below the reader's page after it 1,380, eight more editors' questions down).
 */
export async function editorsPagesStepDown<R>(results: readonly R[], isEditorsPage: (result: R) => Promise<boolean>, within: number): Promise<R[]> {
  const head = results.slice(0, within);
  const editors = await Promise.all(head.map(isEditorsPage));
  const placed = head.map((result, i) => ({ result, at: i + (editors[i] ? 1.5 : 0) })).sort((a, b) => a.at - b.at);
  return [...placed.map((p) => p.result), ...results.slice(within)];
}
