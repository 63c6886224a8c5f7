/**
 * The pages `npm run lighthouse` measures: the standard list (unless `--only`) and the paths given,
 * each only if the build has it. A given path the build lacks used to be dropped without a word,
 * so a typo (or paths joined by commas instead of spaces) measured nothing and the summary still
 * said “Every page scores 100”: such paths are returned as `missing`, for the script to refuse.
 * Each page is measured once, under its first label: a standard page given again as a path (or a
 * path given twice) was measured twice and counted twice in the summary.
 */
export interface Target {
  label: string;
  path: string;
}

export function chooseTargets(options: { standard: readonly { label: string; path: string | undefined }[]; extra: readonly string[]; only: boolean; built: ReadonlySet<string> }): {
  targets: Target[];
  missing: string[];
} {
  const candidates = [...(options.only ? [] : options.standard), ...options.extra.map((path) => ({ label: 'extra', path }))];
  const targets = candidates.filter((t, i): t is Target => t.path !== undefined && options.built.has(t.path) && candidates.findIndex((c) => c.path === t.path) === i);
  const missing = options.extra.filter((path) => !options.built.has(path));
  return { targets, missing };
}
