/**
 * How far a role's goals reach, in words, from its goal phases: “in the first 30, 60 and 90 days,
 * at 6 and 12 months and in its long-term impact goals”. A page that says what the goals cover
 * takes this phrase instead of a hand-written list, so that a phase added to goals.yaml is named.
 * A phase's horizon is read from its id (`30-day`, `6-month`, `2-year`); a phase without a number
 * (`long-term`) is named by its title.
 */
import { listWords } from '../text/list-words.ts';

interface Phase {
  id: string;
  title: string;
}

const timed = /^(\d+)-(day|week|month|year)s?$/;

/** A phase's horizon: a number of units, or `null` for a phase named only by its title. */
export function phaseHorizon(phase: Phase): { count: number; unit: string } | null {
  const m = timed.exec(phase.id);
  return m ? { count: Number(m[1]), unit: m[2]! } : null;
}

export function goalHorizons(phases: readonly Phase[]): string {
  // Consecutive phases of one unit share it: 30, 60 and 90 days.
  const groups: ({ unit: string; counts: number[] } | { title: string })[] = [];
  for (const phase of phases) {
    const h = phaseHorizon(phase);
    const last = groups.at(-1);
    if (h && last && 'unit' in last && last.unit === h.unit) last.counts.push(h.count);
    else groups.push(h ? { unit: h.unit, counts: [h.count] } : { title: phase.title });
  }
  const parts = groups.map((g, i) => {
    if ('title' in g) return `in its ${g.title.charAt(0).toLowerCase()}${g.title.slice(1)}`;
    const unit = g.counts.length === 1 && g.counts[0] === 1 ? g.unit : `${g.unit}s`;
    return `${i === 0 ? 'in the first' : 'at'} ${listWords(g.counts.map(String))} ${unit}`;
  });
  return listWords(parts);
}
