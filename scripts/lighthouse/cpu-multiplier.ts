/**
 * The CPU slowdown multiplier that Lighthouse's own throttling guide recommends for a host, from
 * the `benchmarkIndex` Lighthouse measures on it (docs/throttling.md#cpu-throttling, whose
 * "CPU throttling calculator" applies these three straight lines).
 *
 * Lighthouse's default, 4×, assumes a fast desktop (benchmarkIndex about 1,533): on a slower host
 * 4× emulates a phone slower than the one Lighthouse means to emulate, and the Performance score
 * measures the host as much as the page. Lighthouse warns when the index is 1,000 or less.
 */

/** Below this benchmarkIndex the guide says the host is too slow to emulate the target device. */
export const slowestEmulatableIndex = 150;

/** Each segment of the calculator: from `index` up, `multiplier` at `index`, plus one per `indexPerStep`. */
const segments = [
  { index: 1300, multiplier: 3, indexPerStep: 233 }, // 1,300 → 3×, 1,533 → 4×, 2,000 → 6×
  { index: 800, multiplier: 2, indexPerStep: 500 }, // 800 → 2×, 1,300 → 3×
  { index: slowestEmulatableIndex, multiplier: 1, indexPerStep: 650 }, // 150 → 1×, 800 → 2×
] as const;

/**
 * The multiplier for a host with this benchmarkIndex, or `undefined` when the guide gives none
 * (an index under 150, or not a number): such a host cannot emulate Lighthouse's phone at all.
 */
export function cpuSlowdownMultiplier(benchmarkIndex: number): number | undefined {
  if (!Number.isFinite(benchmarkIndex)) return undefined;
  const segment = segments.find((s) => benchmarkIndex >= s.index);
  return segment && segment.multiplier + (benchmarkIndex - segment.index) / segment.indexPerStep;
}
