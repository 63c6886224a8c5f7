/**
 * A level inserted between two levels that a Staff+ archetype lists (a Senior Staff level between
 * Staff and Principal) is one where that archetype applies too: the validator asks for it
 * (rule `archetype-levels`), so `new:role --rank` adds it to each such archetype's `levels` itself.
 * Pure: the text of `archetypes.yaml` in, its edited text out, every other byte kept (yaml-edit.ts).
 */
import { isSeq, parseDocument } from 'yaml';
import { levelsOfTrack, type Ranked } from '../ladder/level-order.ts';
import { applyYamlEdits, YamlSyntaxError, type YamlValueEdit } from './yaml-edit.ts';

/**
 * `text` (a list of archetypes, each with `id` and `levels`) with `inserted` added to the `levels`
 * of every archetype that lists a level of its track ranked below it and one ranked at or above its
 * rank (`levels`: the ladder before the insertion, so those move up one), right after the last
 * such level below it in the list; and the ids of those archetypes. An archetype that lists it
 * already, or only levels on one side of it, is left as it was. Throws as `applyYamlEdits` does
 * (a file that does not parse, a list shared through an anchor).
 */
export function addToArchetypesAround(text: string, inserted: Ranked, levels: readonly Ranked[]): { text: string; archetypes: string[] } {
  const doc = parseDocument(text);
  if (doc.errors.length) throw new YamlSyntaxError(doc.errors[0]!.message);
  if (!isSeq(doc.contents)) return { text, archetypes: [] };
  const inTrack = levelsOfTrack(levels, inserted.track).filter((l) => l.id !== inserted.id);
  const below = new Set(inTrack.filter((l) => l.rank < inserted.rank).map((l) => l.id));
  const above = new Set(inTrack.filter((l) => l.rank >= inserted.rank).map((l) => l.id));
  const changed: { archetype: string; edit: YamlValueEdit }[] = [];
  (doc.toJS() as unknown[]).forEach((archetype, i) => {
    const listed = (archetype as { levels?: unknown } | null)?.levels;
    if (!Array.isArray(listed) || !listed.every((l): l is string => typeof l === 'string')) return;
    if (listed.includes(inserted.id) || !listed.some((l) => above.has(l))) return;
    const after = listed.findLastIndex((l) => below.has(l));
    if (after < 0) return;
    const value = [...listed.slice(0, after + 1), inserted.id, ...listed.slice(after + 1)];
    changed.push({ archetype: String((archetype as { id?: unknown }).id ?? `#${i + 1}`), edit: { path: [i, 'levels'], value } });
  });
  if (!changed.length) return { text, archetypes: [] };
  return { text: applyYamlEdits(text, changed.map((c) => c.edit)).text, archetypes: changed.map((c) => c.archetype) };
}
