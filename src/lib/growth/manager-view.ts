/**
 * Which review the manager's view opens, and the address that remembers it. The person and check-in
 * on screen are the page's own state, not the team's data (two tabs may show two people), so they
 * live in the address (`?person=<record id>&check-in=<check-in id>`, the same `person` the promotion
 * packet reads): a reload, or Back to the page, reopens the same review. Ids only, never a name.
 *
 * Pure and free of Astro and Node imports (the island uses it).
 */
import { checkInById, latestCheckIn } from './growth-record.ts';
import type { TeamData } from './growth-store.ts';
import { checkInParam, personParam } from '../site/urls.ts';

export interface ShownReview {
  person: string | null;
  checkIn: string | null;
}

/**
 * The review to show of `team` when `asked` is wanted: the person asked for if the team still holds
 * them, else the first person; their check-in asked for if they still have it, else their latest.
 */
export function shownReview(team: TeamData, asked: ShownReview): ShownReview {
  const person = team.people.find((p) => p.id === asked.person) ?? team.people[0];
  if (!person) return { person: null, checkIn: null };
  const checkIn = checkInById(person, asked.checkIn) ?? latestCheckIn(person);
  return { person: person.id, checkIn: checkIn?.id ?? null };
}

/** The review an address asks for (`search`, as `location.search`). */
export function askedReview(search: string): ShownReview {
  const params = new URLSearchParams(search);
  return { person: params.get(personParam), checkIn: params.get(checkInParam) };
}

/** `href` with `shown` in its query, every other part of it kept (a heading's `#anchor` too). */
export function reviewAddress(href: string, shown: ShownReview): string {
  const url = new URL(href);
  for (const [key, value] of [
    [personParam, shown.person],
    [checkInParam, shown.checkIn],
  ] as const)
    if (value) url.searchParams.set(key, value);
    else url.searchParams.delete(key);
  return url.href;
}
