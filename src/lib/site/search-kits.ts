/**
 * The interview kits (/hiring/<exercise>/) and their printable materials (/hiring/materials/…) one
 * place down where the query gives no sign of hiring, as the editors' pages step down for a
 * reader's question (`editorsPagesStepDown`, search-editors.ts, which does the moving for both).
 * The kits are scenarios made up for one exercise (a churn model that got worse overnight, a fraud
 * design brief, a pull request that divides sessions): they hold the role's vocabulary in every
 * sentence (drift, latency, rollback, feature store, retraining), so a reader's question about the
 * role's work (“time to roll back a bad model”, “which code editor do ml leads use”) found a kit
 * first or second, above the KPI, the skill or the level that answers it. A reader who asks about an
 * interview says so: the candidate, the interview, the round, the rubric, the kit's exercise
 * (`hiringWords`); the hiring guide, the interviewer guide, the debrief and the scorecard calculator
 * stay where they are (they are about hiring as a whole, asked in its words, and stepping them down
 * too cost the committed set a first place).
 *
 * Self-contained, without imports or outside names: the dialog's Pagefind module
 * (src/routes/search-api.js.ts) carries these functions' source text.
 */

/**
 * The words that say a reader asks about hiring or an interview, lowercase as the query's words
 * are compared; a hyphenated one (“take-home”) is matched by two query words in a row, as the search
 * box splits it. “case” and “loop” stay although other pages use them (“a lead case”, “feedback
 * loop”): without them the kits' own questions (“wrong hypothesis in the debugging case”) lost their
 * kit's first place, which a word only forgoes the step for.
 */
export const hiringWords: readonly string[] = [
  // Who is interviewed, and who interviews.
  'candidate', 'candidates', 'applicant', 'applicants', 'interviewee', 'interviewer', 'interviewers',
  // The interview and the hiring around it.
  'interview', 'interviews', 'interviewing', 'interviewed', 'hire', 'hires', 'hired', 'hiring', 'recruit', 'recruiting', 'recruiter',
  // The loop's parts and its marking.
  'loop', 'round', 'rounds', 'exercise', 'exercises', 'case', 'kit', 'kits', 'take-home', 'takehome', 'role-play', 'roleplay',
  'probe', 'probes', 'rubric', 'rubrics', 'scorecard', 'scorecards', 'debrief', 'grade', 'grading',
];

/**
 * Whether `words` (a query's, lowercase, in order, function words dropped) give the sign of a
 * question about hiring: one of `signWords`, alone or as two words in a row joined by a hyphen, or
 * every word of one of `kitNames` (the exercises' names: “code review simulation” names its kit,
 * which holds none of the hiring words in it).
 */
export function askedAboutHiring(words: readonly string[], signWords: readonly string[], kitNames: readonly string[] = []): boolean {
  const pairs = words.slice(1).map((w, i) => `${words[i]}-${w}`);
  if ([...words, ...pairs].some((w) => signWords.includes(w))) return true;
  return kitNames.some((name) => {
    const nameWords = name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    return nameWords.length > 0 && nameWords.every((w) => words.includes(w));
  });
}

/** Whether the page at `path` (a URL's path, after any base) is an interview kit or one of its materials: under one of `kitPaths`. */
export function isInterviewKitPath(path: string, kitPaths: readonly string[]): boolean {
  return kitPaths.some((kit) => path.includes(kit));
}
