/**
 * A level inserted between two levels that a list of the family's data names is one that list takes in
 * too: a Staff+ archetype (`archetypes.yaml`) listing Staff and Principal applies at a Senior Staff level
 * inserted between them, and a feeder or adjacent path (`paths.yaml`) listing Senior and Staff concerns a
 * level inserted between those. The validator asks for it (rules `archetype-levels` and `path-levels`),
 * so `new:role --rank` adds it to each such item's `levels` itself, where the rules' own span
 * (ladder/level-span.ts) would miss it. Both files are lists of items with an `id` and `levels`.
 * Pure: the text of the file in, its edited text out, every other byte kept (yaml-edit.ts).
 */
import { isSeq, parseDocument } from 'yaml';
import { levelSpan } from '../ladder/level-span.ts';
import { levelsOfTrack, rankAfterInsertion, type Ranked } from '../ladder/level-order.ts';
import { byteOrderMark } from '../text/byte-order-mark.ts';
import { applyYamlEdits, YamlSyntaxError, type YamlValueEdit } from './yaml-edit.ts';

/**
 * `text` (a list of items, each with `id` and `levels`) with `inserted` added to the `levels` of every
 * item whose span (levelSpan, which the rules ask) would leave it out on the ladder the insertion makes,
 * where the levels of its track at or above its rank move up one (rankAfterInsertion; `levels`: the
 * ladder before the insertion); it goes right after the last level of its track ranked below it in the
 * list, or, in a list written highest first, right before the first. Also the ids of those items. An
 * item that lists it already, or only levels on one side of it, is left as it was. Throws as
 * `applyYamlEdits` does (a file that does not parse, a list shared through an anchor).
 */
export function addToSpansAround(text: string, inserted: Ranked, levels: readonly Ranked[]): { text: string; ids: string[] } {
  if (text.startsWith(byteOrderMark)) {
    const added = addToSpansAround(text.slice(1), inserted, levels);
    return { ...added, text: byteOrderMark + added.text };
  }
  const doc = parseDocument(text);
  if (doc.errors.length) throw new YamlSyntaxError(doc.errors[0]!.message);
  if (!isSeq(doc.contents)) return { text, ids: [] };
  const track = trackAfterInsertion(inserted, levels);
  const below = new Set(track.filter((l) => l.rank < inserted.rank).map((l) => l.id));
  const above = new Set(track.filter((l) => l.rank > inserted.rank).map((l) => l.id));
  const changed: { id: string; edit: YamlValueEdit }[] = [];
  (doc.toJS() as unknown[]).forEach((item, i) => {
    const listed = (item as { levels?: unknown } | null)?.levels;
    if (!Array.isArray(listed) || !listed.every((l): l is string => typeof l === 'string')) return;
    if (!levelSpan(listed, track)?.missing.some((l) => l.id === inserted.id)) return;
    // It lists levels below the inserted one (the span's lowest end) and above it (its highest): the
    // new level goes between them in the order the list is written, lowest first or highest first
    // (the Staff+ page names an archetype's levels in that order).
    const highestFirst = listed.findIndex((l) => above.has(l)) < listed.findIndex((l) => below.has(l));
    const at = highestFirst ? listed.findIndex((l) => below.has(l)) : listed.findLastIndex((l) => below.has(l)) + 1;
    const value = [...listed.slice(0, at), inserted.id, ...listed.slice(at)];
    changed.push({ id: String((item as { id?: unknown }).id ?? `#${i + 1}`), edit: { path: [i, 'levels'], value } });
  });
  if (!changed.length) return { text, ids: [] };
  return { text: applyYamlEdits(text, changed.map((c) => c.edit)).text, ids: changed.map((c) => c.id) };
}

/** The levels of `inserted`'s track once it is in: the others at their rank after the insertion, and it. */
function trackAfterInsertion(inserted: Ranked, levels: readonly Ranked[]): Ranked[] {
  const others = levelsOfTrack(levels, inserted.track).filter((l) => l.id !== inserted.id);
  return [...others.map((l) => ({ ...l, rank: rankAfterInsertion(l, inserted) })), inserted];
}
