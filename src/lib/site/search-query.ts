/**
 * What the search box sends to Pagefind. Pagefind only returns pages that contain every word of a
 * query, so a question typed in plain words (“how do I get promoted to staff”) finds nothing
 * unless one page happens to hold “how”, “do” and “I” too. The search dialog (Pagefind UI's
 * `processTerm`, src/components/overrides/Search.astro) and the search benchmark therefore drop
 * the function words of English, which carry no topic, and keep every other word as typed.
 */

/**
 * English function words: articles, pronouns, auxiliaries and modals, question words, common
 * prepositions and conjunctions. Words that are also names in this handbook are left out on
 * purpose: “IT” (as in IT organizations), “AM”, “US”, “EM” (engineering manager).
 */
export const functionWords: ReadonlySet<string> = new Set([
  'a', 'an', 'the',
  'i', 'me', 'my', 'mine', 'we', 'our', 'you', 'your', 'he', 'she', 'they', 'their', 'them', 'this', 'that', 'these', 'those',
  'do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'have', 'has', 'had',
  'can', 'could', 'should', 'would', 'will', 'shall', 'may', 'might', 'must',
  'how', 'what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why',
  'to', 'of', 'in', 'on', 'for', 'at', 'by', 'with', 'about', 'from', 'into', 'as',
  'and', 'or', 'if', 'so', 'than', 'then',
  // The verbs that questions wrap around their topic: “how do I get promoted”, “how do I become
  // staff”, “how to reach principal”; a page that answers says “promotion” or names the level.
  'get', 'become', 'reach',
]);

/**
 * A query without its function words, its other words as typed (case and punctuation kept, as
 * Pagefind does its own normalising). A query made only of function words is kept whole, so
 * searching for “how” still searches.
 */
export function searchTerms(query: string): string {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const kept = words.filter((w) => !functionWords.has(w.toLowerCase().replace(/[?!.,;:]+$/, '')));
  return (kept.length ? kept : words).join(' ');
}
