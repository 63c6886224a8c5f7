/**
 * The ladder as the validator's loader reads it from the files: levels in ladder order and
 * competencies in file order, each with its entry (file and positions). The scripts that work on
 * the ladder's files (release snapshots, the spreadsheet round trip) and the `release-snapshot` rule
 * read it here, the same way.
 */
import type { z } from 'astro/zod';
import type { competencySchema } from '../../schemas/family.ts';
import type { Role } from '../../schemas/role.ts';
import { inLadderOrder } from '../ladder/level-order.ts';
import type { Entry, LoadedContent } from './validation/load.ts';

export interface ContentLevel extends Role {
  id: string;
  entry: Entry;
}
type Competency = z.infer<typeof competencySchema>;

export interface ContentCompetency extends Competency {
  entry: Entry;
}

/**
 * The levels and competencies, or the reason they cannot be read as a ladder: a file that does not
 * parse or an entry that breaks its schema (the validator reports those).
 */
export function ladderOfContent(content: LoadedContent): { levels: ContentLevel[]; competencies: ContentCompetency[] } | { unreadable: string } {
  const collections = ['roles', 'competencies', 'tracks'] as const;
  for (const c of collections) if (content.unreadable.has(c)) return { unreadable: `a file of \`${c}\` does not parse` };
  const invalid = content.entries.find((e) => (collections as readonly string[]).includes(e.collection) && !e.valid);
  if (invalid) return { unreadable: `${invalid.file} (\`${invalid.id}\`) does not match its schema` };
  const of = (c: string) => content.entries.filter((e) => e.collection === c);
  const tracks = of('tracks').map((t) => t.id);
  return {
    levels: inLadderOrder(
      of('roles').map((e) => ({ ...(e.data as Role), id: e.id, entry: e })),
      tracks,
    ),
    competencies: of('competencies').map((e) => ({ ...(e.data as Competency), entry: e })),
  };
}
