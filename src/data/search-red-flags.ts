/**
 * The data of the search's red-flag step (src/lib/site/search-red-flags.ts) that is the content's:
 * the interview kits' names, so that a kit added or renamed under content/ is a part of an
 * interview the step recognises in a query.
 */
import { getRoleParts } from './collections';

/** Every role's exercises' names (each exercise has its interview kit), each once, in the content's order. */
export async function getKitNames(): Promise<string[]> {
  const names = (await getRoleParts('hiring')).flatMap(({ data }) => data.exercises.map((x) => x.name));
  return [...new Set(names)];
}
