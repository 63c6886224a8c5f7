/**
 * How the data modules, and through them the components, find an entry by the id a page gives them.
 * An id that names nothing throws the validator's own problem for it (`unknownIdError`): in `astro
 * dev`, which serves content with problems, that is what the page's error says; `astro build` stops
 * on the validator's report before any page renders.
 */
import { readContent } from '~/lib/content/validation/content-reading';
import { unknownIdError, type LookupPlace } from '~/lib/content/validation/unknown-id';

export type { LookupPlace };

/**
 * Throws the validator's problem for `what` `id`, which names nothing among `known`; `where` (the data
 * file, and the role for a role's part) names the place in the message when no content file writes the id.
 */
export function throwUnknownId(what: string, id: string, known: Iterable<string> = [], where?: LookupPlace): never {
  throw unknownIdError(readContent(process.cwd()), what, id, known, where);
}

/** The item of `list` whose id is `id`; one that names nothing throws the validator's problem for it (`where`: as for `throwUnknownId`). */
export function byId<T extends { id: string }>(list: readonly T[], what: string, id: string, where?: LookupPlace): T {
  return list.find((x) => x.id === id) ?? throwUnknownId(what, id, list.map((x) => x.id), where);
}
