/**
 * A level inserted between two levels that a Staff+ archetype lists (a Senior Staff level between
 * Staff and Principal) is one where that archetype applies too: the validator asks for it
 * (rule `archetype-levels`), so `new:role --rank` adds it to each such archetype's `levels` itself,
 * where that rule's own span (ladder/archetype-span.ts) would miss it.
 * Pure: the text of `archetypes.yaml` in, its edited text out, every other byte kept (yaml-edit.ts).
 */
import { isSeq, parseDocument } from 'yaml';
import { archetypeSpan } from '../ladder/archetype-span.ts';
import { levelsOfTrack, rankAfterInsertion, type Ranked } from '../ladder/level-order.ts';
import { applyYamlEdits, YamlSyntaxError, type YamlValueEdit } from './yaml-edit.ts';

/**
 * `text` (a list of archetypes, each with `id` and `levels`) with `inserted` added to the `levels` of
 * every archetype whose span (archetypeSpan, which rule archetype-levels asks) would leave it out on the
 * ladder the insertion makes, where the levels of its track at or above its rank move up one
 * (rankAfterInsertion, as scaffold-role.ts moves them; `levels`: the ladder before the insertion); it goes right after the last
 * level of its track ranked below it in the list. Also the ids of those archetypes. An archetype that
 * lists it already, or only levels on one side of it, is left as it was. Throws as `applyYamlEdits`
 * does (a file that does not parse, a list shared through an anchor).
 */
export function addToArchetypesAround(text: string, inserted: Ranked, levels: readonly Ranked[]): { text: string; archetypes: string[] } {
  const doc = parseDocument(text);
  if (doc.errors.length) throw new YamlSyntaxError(doc.errors[0]!.message);
  if (!isSeq(doc.contents)) return { text, archetypes: [] };
  const track = trackAfterInsertion(inserted, levels);
  const below = new Set(track.filter((l) => l.rank < inserted.rank).map((l) => l.id));
  const changed: { archetype: string; edit: YamlValueEdit }[] = [];
  (doc.toJS() as unknown[]).forEach((archetype, i) => {
    const listed = (archetype as { levels?: unknown } | null)?.levels;
    if (!Array.isArray(listed) || !listed.every((l): l is string => typeof l === 'string')) return;
    if (!archetypeSpan(listed, track)?.missing.some((l) => l.id === inserted.id)) return;
    // A level it lists lies below the inserted one, as the span's lowest end does.
    const after = listed.findLastIndex((l) => below.has(l));
    const value = [...listed.slice(0, after + 1), inserted.id, ...listed.slice(after + 1)];
    changed.push({ archetype: String((archetype as { id?: unknown }).id ?? `#${i + 1}`), edit: { path: [i, 'levels'], value } });
  });
  if (!changed.length) return { text, archetypes: [] };
  return { text: applyYamlEdits(text, changed.map((c) => c.edit)).text, archetypes: changed.map((c) => c.archetype) };
}

/** The levels of `inserted`'s track once it is in: the others at their rank after the insertion, and it. */
function trackAfterInsertion(inserted: Ranked, levels: readonly Ranked[]): Ranked[] {
  const others = levelsOfTrack(levels, inserted.track).filter((l) => l.id !== inserted.id);
  return [...others.map((l) => ({ ...l, rank: rankAfterInsertion(l, inserted) })), inserted];
}
