/**
 * The Lead ML Engineer's scorecard model for the scorecard tests, read from content/ with the
 * validator's loader (Astro's collections are empty inside Vitest), through the same
 * `toScorecardModel` the calculator page uses.
 */
import { join } from 'node:path';
import type { Hiring, Scorecard } from '../../src/schemas/role-description.ts';
import { toScorecardModel, type ScorecardModel } from '../../src/lib/hiring/scorecard.ts';
import { loadContent } from '../../src/lib/content/validation/load.ts';

export function realScorecardModel(role = 'lead-ml-engineer', root = join(import.meta.dirname, '../..')): ScorecardModel {
  const { entries } = loadContent(root);
  const entry = <T>(collection: string) => {
    const found = entries.find((e) => e.collection === collection && e.id === role && e.valid);
    if (!found) throw new Error(`no valid ${collection} entry for ${role}`);
    return found.data as T;
  };
  const scorecard = entry<Scorecard>('scorecards');
  const hiring = entry<Hiring>('hiring');
  const { title } = entry<{ title: string }>('roles');
  return toScorecardModel({ role, roleTitle: title, ...scorecard, redFlags: hiring.redFlags });
}
