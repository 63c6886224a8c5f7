import { dataOf, defineRule, levelsByTrack, reporter } from '../rule.ts';
import { holdsPlaceholder } from './placeholder-text.ts';

/**
 * The fields in which a level states its reach (the schema's `breadth` and `horizon`, its
 * provenance's `reach`, and `scope`), with how a message names the one copied: two levels whose
 * reach reads alike are one level on the level pages, the comparisons and the map.
 */
const reachFields = [
  { field: 'breadth', what: 'phrase' },
  { field: 'horizon', what: 'phrase' },
  { field: 'scope', what: 'list' },
] as const;

export const whatDiffers = defineRule({
  id: 'what-differs',
  description:
    'Where a level expects the same proficiency as the level below it in its track, its expectation says what differs (`differsFromPrevious`), so no two levels read alike; a track’s first level has no level below to differ from. Nor does a level repeat the behaviors of the level below for a competency it expects at the same proficiency (the same items, in any order), or, at any proficiency, the sentence that says how the level below differs from its own level below, or the level below’s reach (its `breadth`, `horizon` or `scope`, a list of the same items in any order), as a level written by copying its neighbor’s file does. Texts compare as they read, whatever their spacing or line wrapping; the message says whether a list is repeated word for word or in another order.',
  hint: 'Add a `differsFromPrevious` sentence on what changes at the same depth (scope, breadth, who adopts the work), or change the proficiency; remove it from a track’s first level. Where a level repeats the level below’s behaviors, `differsFromPrevious`, `breadth`, `horizon` or `scope`, write what this level does.',
  check(content) {
    const { problems, report } = reporter('what-differs');
    for (const { track, levels: ordered } of levelsByTrack(content)) {
      ordered.forEach((level, i) => {
        const below = ordered[i - 1];
        // A copied file keeps its neighbor's reach too: how far the work reaches and looks ahead is what
        // sets two levels apart before any competency does.
        if (below && below.rank !== level.rank)
          for (const { field, what } of reachFields) {
            const [mine, theirs] = [dataOf(level.entry)[field], dataOf(below.entry)[field]];
            if (what === 'list' ? sameTexts(mine, theirs) : sameText(mine, theirs))
              report(level.entry, [field], `\`${level.id}\`’s \`${field}\` ${what === 'list' ? sameItemsIn(mine, theirs, 'is', below.id) : `is \`${below.id}\`’s, word for word`}`, {
                expected: `the ${field} of this level`,
                found: `\`${below.id}\`’s ${what}`,
              });
          }
        for (const [competency, expectation] of Object.entries(level.expectations)) {
          const says = typeof expectation?.['differsFromPrevious'] === 'string';
          if (!below || below.rank === level.rank) {
            if (says)
              report(level.entry, ['expectations', competency, 'differsFromPrevious'], `\`${level.id}\` is the first level of track \`${track}\`: there is no level below to differ from`, {
                expected: 'no `differsFromPrevious`',
                found: 'a sentence',
              }, true);
            continue;
          }
          // A copied file keeps its neighbor's words: at the same depth, the same behaviors read alike on
          // the level and comparison pages, and a copied `differsFromPrevious` compares two other levels.
          const ownBelow = below.expectations[competency];
          const here = expectation?.['proficiency'];
          const there = ownBelow?.['proficiency'];
          if (says && sameText(expectation['differsFromPrevious'], ownBelow?.['differsFromPrevious']))
            report(level.entry, ['expectations', competency, 'differsFromPrevious'], `\`${level.id}\`’s \`differsFromPrevious\` for \`${competency}\` is \`${below.id}\`’s own, which compares \`${below.id}\` with the level below it`, {
              expected: `what differs from \`${below.id}\``,
              found: `\`${below.id}\`’s sentence`,
            });
          if (typeof here === 'number' && here === there && sameTexts(expectation?.['behaviors'], ownBelow?.['behaviors']))
            report(level.entry, ['expectations', competency, 'behaviors'], `\`${level.id}\`’s behaviors for \`${competency}\` ${sameItemsIn(expectation?.['behaviors'], ownBelow?.['behaviors'], 'are', below.id)}`, {
              expected: 'behaviors of this level',
              found: `\`${below.id}\`’s list`,
            });
          if (typeof here === 'number' && here === there && !says)
            report(level.entry, ['expectations', competency, 'proficiency'], `\`${level.id}\` expects the same proficiency for \`${competency}\` as \`${below.id}\` without saying what differs`, {
              expected: 'a `differsFromPrevious` sentence',
              found: 'nothing',
            });
        }
      });
    }
    return problems;
  },
});

/** A text as it reads: YAML's block styles and line wrapping change its spacing, not its words. */
const asRead = (text: unknown) => String(text).replace(/\s+/g, ' ').trim();

/**
 * Two texts that read the same, ignoring spacing. Placeholders never count as copied: two levels
 * scaffolded at once share them until filled in, and placeholder-text reports those already.
 */
const sameText = (a: unknown, b: unknown): boolean => typeof a === 'string' && typeof b === 'string' && !holdsPlaceholder(a) && asRead(a) === asRead(b);

/**
 * How a list that `sameTexts` matched repeats the list of level `belowId`, as the message says it:
 * word for word when its items come in the same order, otherwise the same items in another order
 * (reordering a copied list does not make it this level's own).
 */
function sameItemsIn(mine: unknown, theirs: unknown, verb: 'is' | 'are', belowId: string): string {
  const inOrder = Array.isArray(mine) && Array.isArray(theirs) && mine.every((text, i) => asRead(text) === asRead(theirs[i]));
  return inOrder ? `${verb} \`${belowId}\`’s, word for word` : `${verb === 'is' ? 'holds' : 'are'} the same items as \`${belowId}\`’s, in another order`;
}

/** Two lists of texts that hold the same texts, ignoring order and spacing (and placeholders, as `sameText`). */
function sameTexts(a: unknown, b: unknown): boolean {
  if (!Array.isArray(a) || !Array.isArray(b) || a.length === 0 || a.length !== b.length) return false;
  if (a.some((text) => holdsPlaceholder(String(text)))) return false;
  const norm = (list: unknown[]) => list.map(asRead).sort().join('\n');
  return norm(a) === norm(b);
}
