/**
 * How the search dialog widens a query beyond Pagefind's own matching. Pagefind returns only the
 * pages that hold every word of a query, each word as its stem or a longer word beginning with it.
 * Readers' words are not always the handbook's, so the dialog also searches:
 * - each word's other forms (`otherWordForms`, src/lib/site/search-word-forms.ts): “mean time to
 *   recovery” also as “mean time to recover”, a page that holds either form matching alike;
 * - the query with one word fewer, in every way: a page that holds all but one of the query's words
 *   (“mean time to recovery” on the page that defines “Time to recover”, where nothing says
 *   “mean”) still comes up, but its score counts by the cube of the share of the query it holds
 *   (8/27 for two words of three of equal weight), as Pagefind itself counts a partial match of a title or a search
 *   field (its weight × the matched words' share of the query's IDF × that share², in
 *   pagefind_web/src/search.rs), so that a page holding the whole query comes first unless the
 *   words it holds weigh far more on the other (a name that holds them against passing mentions).
 *   On the handbook's query sets the square let too many partial matches through (the committed
 *   set fell below its bar), the cube and higher powers kept it and found the same answers.
 *   The share is by information, not by count: each word weighs by how few of the index's pages
 *   hold it (`pageShare`, src/lib/site/search-word-shares.ts, as IDF: log(1 + 1/share)), so that
 *   a page missing only “deploy” of “deploy on netlify” keeps most of its score, and a page
 *   missing “netlify” (the KPI table, which says “deploy” often) keeps almost none; and by
 *   `wordWeight` (src/lib/site/search-word-shares.ts, `namingWeight`), so that a word which names
 *   nothing in the handbook (a question's verb: “prepare”, “becoming”) weighs less than its rarity
 *   alone would make it;
 * - each word that the readers' thesaurus holds as the handbook's words for it (`readerWords`,
 *   src/lib/site/search-reader-words.ts): “my boss” also as “my manager”, a page holding the
 *   handbook's word scoring `readerWordWeight` times what it would for the word as typed, and a
 *   page found only by Pagefind's answer to a thesaurus word no page holds (`heldAsTyped`) nothing;
 * - for a query of six words or more (function words dropped), the query with two words fewer too,
 *   and so on while it keeps two thirds of its words, the ways that keep most of its information
 *   first;
 * - when all that finds nothing, the query with two words fewer, then three…, and the first round
 *   that finds anything answers;
 * - when it finds fewer than `fewestPages` pages, the query with two words fewer too, then three…,
 *   the ways that keep most of its information first, until it has found that many: the pages
 *   found so are listed after the others, whatever they score, and the response says where they
 *   begin (`widenedAfter`), so that the dialog ranks each group on its own (handbook-search.ts).
 *   A query of everyday words often leaves a single weak match (a glossary entry that happens to
 *   hold four of its five words); the reader then sees the pages that hold fewer of them as well.
 * Each page is listed once, at its best score, best first.
 *
 * A word found on most of the index's pages (“ml”, “lead”, “engineer”) tells the pages apart by
 * where it happens to weigh most (a page of forty tool rows, each beside “ML”), not by what the
 * reader asks about, so a query that holds such words next to rarer ones (“ml lead in finance”) is
 * answered by the pages that hold all its words, as before, but scored, and shown (their sections
 * and excerpt), more and more by its rarer words as its commoner words' shares of the pages grow
 * (`commonWords`, a ramp of shares): each word's weight falls off continuously with its share, so
 * that one page of new content that says a word once more moves scores a little, never a page out
 * of the first ten (a threshold did: one more page saying “manager” made the word common, and a
 * question about the ML Engineering Manager was scored by its other words alone). The score is a
 * mix of Pagefind's scores for the query with its commonest words left out one by one, the
 * commonest first (`layeredScore`); a query's rarest word is never left out, and a word counts as
 * common only by how much commoner it is than that one, so a query made only of such words (“ml
 * lead”) is scored whole. So is a query that names a page (`namedWhole`: “Engineering Manager,
 * Machine Learning”, an other name of a level), whose common words are then what the reader asks
 * for: a name must not lose its page when one more page says “manager”.
 *
 * Self-contained, without imports or outside names: the dialog's Pagefind module
 * (src/routes/search-api.js.ts) carries this function's source text (and that of the word forms,
 * passed in), and the search benchmark calls it as it is, so both search alike.
 */

/** A result as Pagefind's `search` returns it, as far as this reads it. */
export interface ScoredResult {
  id: string;
  score: number;
}

export async function searchWithFallback<R extends { results: ScoredResult[] }>(
  search: (term: string, options?: unknown) => Promise<R>,
  term: string,
  options?: unknown,
  otherForms: (word: string) => string[] | Promise<string[]> = () => [],
  pageShare: (word: string) => number | Promise<number> = () => 0,
  /**
   * The shares of the pages over which a word goes from counting fully (at `from` and below) to
   * counting not at all (at `to` and above) in the score, linearly between. The default counts every word.
   */
  commonWords: { from: number; to: number } = { from: 1, to: 1 },
  wordWeight: (word: string) => number = () => 1,
  readerWords: (word: string) => string[] = () => [],
  /** The weight of a word's handbook words (`readerWords`), the same for every word or by word (the thesaurus's above the lexicon's). */
  readerWordWeight: number | ((word: string) => number) = 1,
  /** The fewest pages the query should leave before parts of two words fewer are searched too (1: only when it finds nothing). */
  fewestPages = 1,
  /**
   * Whether a page that `found` (the pages holding every word of `query`) lists is named by the whole
   * query: then it is scored whole, common words included. `commonWord` is this search's own rule for
   * a common word (one that counts less than half in the score, `commonWords`), so that the rule is written once.
   */
  namedWhole: (query: string, found: R, commonWord: (word: string) => Promise<boolean>) => boolean | Promise<boolean> = () => false,
  /**
   * Whether the index answers a word as typed with that word or a form of it (not, as Pagefind
   * answers a word it does not hold, with a far shorter word that begins it: “headroom” with
   * “Head”; `answeredByShorterWord`, search-typos.ts). A word of the readers' thesaurus that it does
   * not is searched only as the handbook's words for it: as typed, “headroom” found the Head of ML
   * Engineering's pages before those that say “capacity”.
   */
  heldAsTyped: (word: string) => boolean | Promise<boolean> = () => true,
): Promise<R> {
  const first = await search(term, options);
  /**
   * Each query searched once: the rounds may meet a query again (the widening's parts of two words
   * fewer are the long question's deeper round's; a part's rarer words are another part), and a
   * query met again is answered as it was the first time, without asking the index again.
   */
  const answers = new Map<string, Promise<R>>([[term, Promise.resolve(first)]]);
  const searchOnce = (query: string): Promise<R> => {
    const known = answers.get(query);
    if (known) return known;
    const answer = search(query, options);
    answers.set(query, answer);
    return answer;
  };
  const words = typeof term === 'string' ? term.trim().split(/\s+/).filter(Boolean) : [];
  if (words.length === 0) return first;
  /** Each word's spellings: as typed and in its other forms, in full, then as the handbook's words for it, at `readerWordWeight`. */
  const formsOf = new Map(
    await Promise.all(
      words.map(async (word) => {
        const handbookWords = readerWords(word);
        const typed = handbookWords.length > 0 && !(await heldAsTyped(word)) ? 0 : 1;
        const weight = typeof readerWordWeight === 'number' ? readerWordWeight : readerWordWeight(word);
        return [word, [{ form: word, weight: typed }, ...(await otherForms(word)).map((form) => ({ form, weight: 1 })), ...handbookWords.map((form) => ({ form, weight }))]] as const;
      }),
    ),
  );
  /** How little a word counts in the score by its share of the pages, from 0 (fully) to 1 (not at all): the ramp of `commonWords`. */
  const commonness = async (word: string) => {
    const share = await pageShare(word);
    return share <= commonWords.from ? 0 : share >= commonWords.to ? 1 : (share - commonWords.from) / (commonWords.to - commonWords.from);
  };
  const commonWord = async (word: string) => (await commonness(word)) >= 0.5;
  /**
   * How much a word tells the pages apart: the logarithm of the inverse of its share of the pages
   * (plus one, so that a word on every page still counts a little), as in BM25's IDF.
   */
  const informationOf = new Map(await Promise.all(words.map(async (word) => [word, wordWeight(word) * Math.log(1 + 1 / Math.max(await pageShare(word), 0.001))] as const)));
  const information = (kept: string[]) => kept.reduce((sum, word) => sum + (informationOf.get(word) ?? 0), 0);
  /** The share of the query that `kept` words hold, by the information of each word. */
  const shareOf = (kept: string[]) => information(kept) / information(words);
  /**
   * Most searches one round makes (each may make one more, to score by its rarer words): a query
   * that finds anything makes three rounds at most, one that finds nothing a round for each number
   * of words it tries, and a reader's phrase with several meanings searches each (search-reader-words.ts).
   */
  const limit = 24;
  /**
   * The queries that `kept` words make, each word as typed or in another spelling, each with the
   * product of its spellings' weights: as typed first, then with one word spelled otherwise (each
   * word in turn), then two…, at most `limit`, so that every word's other spellings are searched
   * before any two at once.
   */
  /** Every way of choosing `size` of `items`, in their order (the first `most` of them). */
  const combinations = <T>(items: readonly T[], size: number, most: number): T[][] => {
    const chosen: T[][] = [];
    const choose = (from: number, kept: T[]): void => {
      if (chosen.length >= most) return;
      if (kept.length === size) return void chosen.push(kept);
      for (let i = from; i < items.length; i++) choose(i + 1, [...kept, items[i]!]);
    };
    choose(0, []);
    return chosen;
  };
  const spellings = (kept: string[]): { query: string; weight: number }[] => {
    const forms = kept.map((word) => formsOf.get(word) ?? [{ form: word, weight: 1 }]);
    const queries: { query: string; weight: number }[] = [];
    /** Every query that spells the words at `changed` otherwise (each in each of its other forms), the rest as typed. */
    const spell = (changed: number[]) => {
      let partial: { words: string[]; weight: number }[] = [{ words: [], weight: 1 }];
      forms.forEach((options, i) => {
        const chosen = changed.includes(i) ? options.slice(1) : options.slice(0, 1);
        partial = partial.flatMap((q) => chosen.map(({ form, weight }) => ({ words: [...q.words, form], weight: q.weight * weight }))).slice(0, limit);
      });
      for (const q of partial) if (queries.length < limit) queries.push({ query: q.words.join(' '), weight: q.weight });
    };
    const changeable = forms.flatMap((options, i) => (options.length > 1 ? [i] : []));
    for (let size = 0; size <= changeable.length && queries.length < limit; size++) for (const changed of combinations(changeable, size, limit)) spell(changed);
    return queries;
  };
  /** Every way of keeping `size` of the query's words, in their order (the first `most` of them). */
  const subsets = (size: number, most = limit): string[][] => combinations(words, size, most);
  /**
   * The pages that hold every word of `query` (`found`), scored as a mix of the query's layers: the
   * query whole, then without its commonest word, then without its two commonest…, down to its
   * rarest word alone. Each layer weighs what its last left-out word is commoner than the next
   * (commonness relative to the query's rarest word, so the weights sum to one and each changes
   * continuously with the shares): with no common word, the query whole; with one word on every
   * page beside a rare one, the rare one alone. A page keeps the result (sections, excerpt) of the
   * layer that weighs most.
   */
  const layeredScore = async (query: string, found: R): Promise<{ results: ScoredResult[] }> => {
    const queryWords = query.split(/\s+/).filter(Boolean);
    if (queryWords.length < 2 || found.results.length === 0) return found;
    const raw = await Promise.all(queryWords.map(commonness));
    const rarest = Math.min(...raw);
    const commoner = raw.map((c) => c - rarest);
    if (commoner.every((c) => c === 0)) return found;
    if (await namedWhole(query, found, commonWord)) return found;
    /** The words' indexes, commonest first (ties in the query's order); the last, the rarest, is never left out. */
    const order = queryWords.map((_, i) => i).sort((a, b) => commoner[b]! - commoner[a]! || a - b);
    const layers = order.map((_, left) => ({
      words: queryWords.filter((_, i) => !order.slice(0, left).includes(i)),
      weight: (left === 0 ? 1 : commoner[order[left - 1]!]!) - (left === order.length - 1 ? 0 : commoner[order[left]!]!),
    }));
    const weighed = layers.filter((layer) => layer.weight > 0);
    const answers = await Promise.all(weighed.map((layer) => (layer.words.length === queryWords.length ? Promise.resolve(found) : searchOnce(layer.words.join(' ')))));
    const pages = new Map(found.results.map((result) => [result.id, { result, score: 0, weight: -1 }]));
    answers.forEach((answer, i) => {
      const { weight } = weighed[i]!;
      for (const result of answer.results) {
        const page = pages.get(result.id);
        if (page === undefined) continue;
        const score = page.score + weight * result.score;
        pages.set(result.id, weight > page.weight ? { result, score, weight } : { ...page, score });
      }
    });
    return { results: [...pages.values()].map(({ result, score }) => ({ ...result, score })).sort((a, b) => b.score - a.score) };
  };
  /**
   * Each page's best score, and the search whose result it keeps: the one that held most of the
   * query (then the likelier spelling), whatever scored best. A page's result carries the sections
   * and excerpt of the search that found it, and a page whose title holds one query word often
   * scores best for that word alone (a title matched whole counts by the square of its share): kept
   * from that search, the level page found for “where do principal engineers come from” showed
   * three sections that say “principal” and not “Where people come from”, which holds the rest.
   */
  const best = new Map<string, { result: ScoredResult; share: number; weight: number }>();
  /**
   * Searches the spellings of each of `keptSets`, each page's score times the share of the query
   * the words hold, cubed, and the spelling's weight, keeping each page's best. At most `limit`
   * searches, taken from the sets in turn (each set as typed first, then each one's next spelling…),
   * so that every set is searched as typed before any set's other spellings.
   */
  /** The ways of keeping the query's words that a round has searched (their words joined). */
  const searchedSets = new Set<string>();
  const round = async (keptSets: string[][]) => {
    for (const kept of keptSets) searchedSets.add(kept.join(' '));
    const bySet = keptSets.map((kept) => spellings(kept).map(({ query, weight }) => ({ query, weight, share: shareOf(kept) })));
    const longest = Math.max(0, ...bySet.map((set) => set.length));
    const queries = Array.from({ length: longest }, (_, i) => bySet.flatMap((set) => (set[i] ? [set[i]] : []))).flat().slice(0, limit);
    const responses = await Promise.all(queries.map(async ({ query, weight, share }) => ({ weight, share, response: await layeredScore(query, await searchOnce(query)) })));
    for (const { weight, share, response } of responses)
      for (const result of response.results) {
        const score = result.score * share ** 3 * weight;
        const kept = best.get(result.id);
        const fuller = kept === undefined || share > kept.share || (share === kept.share && weight > kept.weight);
        const from = fuller ? { result, share, weight } : kept;
        best.set(result.id, { ...from, result: { ...from.result, score: Math.max(score, kept?.result.score ?? -Infinity) } });
      }
  };
  /**
   * A long question (“see how one competency's rating changed across all my check-ins”, six words
   * once its function words are dropped) often has its answer on a page that holds only some of
   * its words while another page holds all but one: the ways of keeping two thirds of its words or
   * more are searched too, in one more round, those that hold most of the query's information first,
   * each page at the cube of its share like any partial match. At half, the query sets lost four
   * first places to pages holding the question's commoner words.
   */
  const keptAtLeast = Math.ceil((words.length * 2) / 3);
  await round([words]);
  if (words.length >= 2) await round(subsets(words.length - 1));
  if (best.size > 0 && words.length - 2 >= keptAtLeast) {
    const deeper: string[][] = [];
    // Weighed before the round keeps the `limit` most informative: a bound for a very long question.
    const weighedAtMost = 1000;
    for (let size = words.length - 2; size >= keptAtLeast; size--) deeper.push(...subsets(size, weighedAtMost));
    await round(deeper.sort((a, b) => shareOf(b) - shareOf(a)).slice(0, limit));
  }
  const found = new Set(best.keys());
  // A way of keeping words that the deeper round searched is left out: the round's searches go to
  // the next ways, which it has not (they used to search the deeper round's ways again, and find
  // nothing new, at the size where a long question's widening begins).
  for (let size = words.length - 2; best.size < fewestPages && size >= 1; size--) {
    const kept = subsets(size, 1000).filter((set) => !searchedSets.has(set.join(' '))).sort((a, b) => shareOf(b) - shareOf(a)).slice(0, limit);
    if (kept.length > 0) await round(kept);
  }
  if (best.size === 0) return first;
  const byScore = [...best.values()].map((b) => b.result).sort((a, b) => b.score - a.score);
  if (found.size === 0 || found.size === best.size) return { ...first, results: byScore };
  return { ...first, results: [...byScore.filter((r) => found.has(r.id)), ...byScore.filter((r) => !found.has(r.id))], widenedAfter: found.size };
}
