/**
 * How the data modules, and through them the components, find an entry by the id a page gives them.
 * An id that names nothing throws the validator's own problem for it (`unknownIdError`): in `astro
 * dev`, which serves content with problems, that is what the page's error says; `astro build` stops
 * on the validator's report before any page renders.
 */
import { readContent } from '~/lib/content/validation/content-reading';
import { unknownIdError } from '~/lib/content/validation/unknown-id';

/** Throws the validator's problem for `what` `id`, which names nothing among `known`. */
export function unknownId(what: string, id: string, known: Iterable<string> = []): never {
  throw unknownIdError(readContent(process.cwd()), what, id, known);
}

/** The item of `list` whose id is `id`; one that names nothing throws the validator's problem for it. */
export function byId<T extends { id: string }>(list: readonly T[], what: string, id: string): T {
  return list.find((x) => x.id === id) ?? unknownId(what, id, list.map((x) => x.id));
}
