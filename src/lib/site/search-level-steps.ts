/**
 * Questions about a level by its place on the ladder: “the level above lead”, “manager one step
 * below the director of ML”, “the rung between lead and principal”. Their words name the level
 * they start from, so without this step the search answered with that level's page (or with the
 * comparison of the two levels named), never with the level asked for, whose name the query does
 * not hold.
 *
 * Two halves, because the search box and the dialog's Pagefind module know different things:
 * - `markLevelSteps` (the search box, search-query.ts, without data): a word of place (“above”,
 *   “below”, “before”, “between”…) right after a word for a level (“level”, “rung”, “step”,
 *   “title”, “grade”, “role”, “comes”) is marked (“levelstep-above”), so that it is not dropped as
 *   a function word (“before”, “between”) and the dialog knows to read it;
 * - `levelStepTerm` (the dialog's search, with the levels' names, tracks and ranks): a marked word
 *   followed by a level's name, with that name, is replaced by the title of the level it points to
 *   on that level's track; where it points to none (the top of a track: “next step after
 *   principal” asks what the Principal's page says under “Where people go next”), the query is
 *   searched as if unmarked.
 *
 * `levelStepTerm` is self-contained, without imports or outside names: the dialog's Pagefind module
 * (src/routes/search-api.js.ts) carries its source text.
 */

/**
 * The words of place, by direction: what `markLevelSteps` marks and `levelStepTerm` resolves.
 * “Between” names two levels, the one rank between them asked for.
 */
export const placeWords = {
  up: ['above', 'after', 'beyond', 'past', 'over', 'higher'],
  down: ['below', 'under', 'before', 'beneath', 'lower', 'preceding'],
  between: ['between'],
} as const;

/** What a marked word begins with (“levelstep-above”); no page holds it, and the dialog never sends it to Pagefind. */
export const levelStepMarker = 'levelstep-';

/** A level as the dialog's search reads it: its names (title, short title, other names), its track and rank. */
export interface LevelStep {
  title: string;
  names: readonly string[];
  track: string;
  rank: number;
}

/**
 * The query's words with each word of place marked (`levelStepMarker`) where it follows a word for a
 * level (“level above”, “rung between”, “step below”, “comes before”), or that and a word that says
 * it is the very next (“the role just above”, “the level right below”: that word left out), and any
 * word after it; the words unchanged otherwise (“experience before a lead role”, “loop over the levels”).
 */
export function markLevelSteps(words: readonly string[]): string[] {
  const bare = (w: string) => w.toLowerCase().replace(/[?!.,;:]+$/, '');
  const places = new Set<string>([...placeWords.up, ...placeWords.down, ...placeWords.between]);
  // “Step” only in the singular: “next steps after a senior interview” asks what to do next, not for a level.
  const levelWord = /^(?:levels?|rungs?|step|titles?|grades?|roles?|positions?|comes?|came)$/;
  // A count of more than one (“two levels above senior”) asks for a level further than the next
  // rank, the only one `levelStepTerm` finds: left unmarked, searched as typed.
  const moreThanOne = /^(?:[2-9]|\d{2,}|two|three|four|five|several|few|multiple)$/;
  // “Right”, “directly”… between them say the next rank, which is what a marked word asks for.
  const veryNext = /^(?:just|right|directly|immediately|straight)$/;
  const stepsBefore = (i: number) => {
    const before = veryNext.test(bare(words[i - 1] ?? '')) ? i - 2 : i - 1;
    return before >= 0 && levelWord.test(bare(words[before]!)) && !moreThanOne.test(bare(words[before - 1] ?? ''));
  };
  const marks = (i: number) => i > 0 && i < words.length - 1 && places.has(bare(words[i]!)) && stepsBefore(i);
  // The word that says “very next” goes with the mark: kept, “right” found the pages that say it.
  return words.flatMap((w, i) => (marks(i) ? [`${levelStepMarker}${bare(w)}`] : veryNext.test(bare(w)) && marks(i + 1) ? [] : [w]));
}

/**
 * The levels named in `words` from word `start` on, in order, at most `most` of them, and the index
 * of the word after the last name (`start` where none is named). A name is read whole (“Senior AI
 * Engineer”), the longest first, or by the words that tell it apart, generic words between them
 * (“Head ML Engineering / Director”); generic words between two names belong to them (“lead and
 * principal”), those after the last stay in the query (“above lead ML skills”). One reader for the
 * questions about a level by its place (`levelStepTerm`) and those that name two levels to compare
 * (`levelsNamedIn`); self-contained, as they are.
 */
export function levelsNamedFrom(words: readonly string[], start: number, most: number, levels: readonly LevelStep[], functionWords: readonly string[]): { named: LevelStep[]; end: number } {
  /** A text's words as names are compared: lowercase, split at anything but letters, digits and hyphens (“AI/ML” is two). */
  const wordsOf = (text: string) =>
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}-]+/u)
      .filter(Boolean);
  // The family's own words, which tell no level apart (“Lead ML Engineer”, “Senior AI Engineer”):
  // those in the names of at least half the levels, and of more than one; read from the levels, so
  // that a family of other names (“Data Engineer”) has its own. With them, the function words that
  // join names (“lead and principal”).
  const levelsHolding = new Map<string, number>();
  for (const level of levels) for (const w of new Set(level.names.flatMap(wordsOf))) levelsHolding.set(w, (levelsHolding.get(w) ?? 0) + 1);
  const familyWords = [...levelsHolding].filter(([, count]) => count > 1 && count * 2 >= levels.length).map(([w]) => w);
  const generic = new Set([...familyWords, ...familyWords.map((w) => `${w}s`), ...functionWords]);
  /** Each level's names, whole (without the words the search box drops) and as the words that tell it apart. */
  const names = levels.flatMap((level) =>
    level.names.map((name) => {
      const whole = wordsOf(name).filter((w) => !functionWords.includes(w));
      return { level, whole, key: whole.filter((w) => !generic.has(w)) };
    }),
  );
  const parts = words.slice(start).flatMap((word, i) => {
    const split = wordsOf(word);
    return split.length ? split.map((w) => ({ w, word: start + i })) : [{ w: '', word: start + i }];
  });
  const isGeneric = (w: string) => w === '' || generic.has(w);
  /**
   * The parts a name takes from `at` on (0 for none): typed whole (`whole`; the marks between its
   * words, “Head of ML Engineering / Director”, skipped), or by the words that tell it apart, and
   * then whether it skipped generic words between them.
   */
  const takes = (at: number, name: (typeof names)[number]) => {
    const none = { taken: 0, skipped: false, whole: false };
    let p = at;
    for (const w of name.whole) {
      while (p > at && parts[p]?.w === '') p++;
      if (parts[p]?.w !== w) {
        p = -1;
        break;
      }
      p++;
    }
    if (p !== -1 && name.whole.length) return { taken: p - at, skipped: false, whole: true };
    if (name.key.length === 0) return none;
    p = at;
    let skipped = false;
    for (const k of name.key) {
      while (p < parts.length && isGeneric(parts[p]!.w)) {
        if (p > at) skipped = true;
        p++;
      }
      if (parts[p]?.w !== k) return none;
      p++;
    }
    return { taken: p - at, skipped, whole: false };
  };
  /**
   * The name read from `at`: the longest typed whole, unless the words that tell a level apart take
   * more. Those may skip generic words (“Head ML Engineering / Director”), but not where a name of
   * another level was typed whole: “Senior Machine Learning Engineer and Staff …” names Senior,
   * then Staff, never the Senior Staff level whose telling words, senior and staff, it also holds.
   */
  const nameAt = (at: number) => {
    const read = names.map((name) => ({ name, ...takes(at, name) }));
    const longest = (list: typeof read) => list.reduce((a, b) => (b.taken > a.taken ? b : a), { name: names[0]!, taken: 0, skipped: false, whole: false });
    const whole = longest(read.filter((r) => r.whole));
    const best = longest(read);
    return whole.taken > 0 && best.skipped && whole.name.level !== best.name.level ? whole : best;
  };
  const named: LevelStep[] = [];
  let at = 0;
  let end = start;
  while (named.length < most) {
    while (at < parts.length && isGeneric(parts[at]!.w) && !names.some((n) => n.whole[0] === parts[at]!.w)) at++;
    const best = nameAt(at);
    if (best.taken === 0) break;
    named.push(best.name.level);
    at += best.taken;
    end = parts[at - 1]!.word + 1;
  }
  return { named, end };
}

/**
 * `term` (as the search box sends it) with each marked word and the level's name after it replaced
 * by the title of the level it points to on that level's track: the next rank up or down, the one
 * rank between two levels named. Where it points to no level (a name missing, the top or bottom of a
 * track, two levels of different tracks or next to each other), the word is as the search box would
 * have sent it unmarked: as typed, or dropped if it is a function word (`functionWords`).
 */
export function levelStepTerm(
  term: string,
  levels: readonly LevelStep[],
  places: { up: readonly string[]; down: readonly string[]; between: readonly string[] },
  marker: string,
  functionWords: readonly string[],
  /** `levelsNamedFrom`, passed in so that this function stays self-contained. */
  namedFrom: typeof levelsNamedFrom,
): string {
  const words = term.trim().split(/\s+/).filter(Boolean);
  if (!words.some((w) => w.startsWith(marker))) return term;
  /** The level a word of place points to from the levels named after it. */
  const pointedTo = (place: string, [from, to]: LevelStep[]): LevelStep | undefined => {
    if (!from) return undefined;
    const step = places.up.includes(place) ? 1 : places.down.includes(place) ? -1 : 0;
    if (step !== 0) return levels.find((l) => l.track === from.track && l.rank === from.rank + step);
    if (!to || to.track !== from.track) return undefined;
    const within = levels.filter((l) => l.track === from.track && l.rank > Math.min(from.rank, to.rank) && l.rank < Math.max(from.rank, to.rank));
    return within.length === 1 ? within[0] : undefined;
  };
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!word.startsWith(marker)) {
      out.push(word);
      continue;
    }
    const place = word.slice(marker.length);
    // A step up or down reads one level's name, “between” two: names after them stay in the query
    // (“the role after lead, staff or manager”).
    const { named, end } = namedFrom(words, i + 1, places.between.includes(place) ? 2 : 1, levels, functionWords);
    const target = pointedTo(place, named);
    if (target) {
      out.push(target.title);
      i = end - 1;
    } else if (!functionWords.includes(place)) out.push(place);
  }
  return out.join(' ');
}

/**
 * The levels a query names, each once, in the order named, and its other words. Two named (“what
 * changes in leadership and mentorship from lead to em”, “data quality duties, head of ml compared
 * with a first-line manager”): the reader asks how the two compare, which their comparison answers,
 * at the section the other words name; their comparison's page holds neither “em” nor “first-line
 * manager”, nor the reader's other words (“duties”), so the search alone found the levels' own
 * pages and the other comparisons of one of them, never theirs (fresh34 and fresh35 each missed one
 * so). One named (“staff eng at a big tech company, what is that here”): the reader asks about that
 * level, whose page the search alone put below another level's page when the other words are
 * nowhere near the level's own (handbook-search.ts). Self-contained (`namedFrom` is `levelsNamedFrom`).
 */
export function levelsNamedIn(
  term: string,
  levels: readonly LevelStep[],
  functionWords: readonly string[],
  namedFrom: typeof levelsNamedFrom,
): { levels: LevelStep[]; rest: string } {
  const words = term.trim().split(/\s+/).filter(Boolean);
  const named: LevelStep[] = [];
  const rest: string[] = [];
  for (let i = 0; i < words.length; ) {
    const read = namedFrom(words, i, words.length, levels, functionWords);
    if (read.named.length === 0 || read.end <= i) {
      rest.push(words[i]!);
      i++;
      continue;
    }
    for (const level of read.named) if (!named.includes(level)) named.push(level);
    i = read.end;
  }
  return { levels: named, rest: rest.join(' ') };
}
