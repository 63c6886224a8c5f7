/**
 * The name an editor most likely meant when they typed one that does not exist: a field name, an id.
 * Shared by the rules that say "did you mean …?" (unknown-key, broken-reference).
 */

/** Edit distance (insertions, deletions, substitutions) between two short strings. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/**
 * The candidate nearest to `typed`, if it is a likely typo of it: at most `maxEdits` edits away (two
 * for a name or an id; a rule that matches sentences allows more), and fewer edits than half of what
 * was typed (so `3` does not suggest `1`, nor `sli` anything but a one-letter slip).
 */
export function didYouMean(typed: string, candidates: Iterable<string>, maxEdits = 2): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of candidates) {
    // Lengths further apart than the edits allowed cannot be close: skip the distance.
    if (Math.abs(name.length - typed.length) > maxEdits) continue;
    const distance = editDistance(name, typed);
    if (distance <= maxEdits && distance < typed.length / 2 && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}
