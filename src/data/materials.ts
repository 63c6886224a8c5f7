/**
 * The interview materials for pages and routes, from the build's one reading of the content
 * (src/lib/content/validation/content-reading.ts; read by src/lib/hiring/materials.ts). The build validates content
 * before anything renders, so a problem here means the validator and the reader disagree: fail loudly.
 */
import { formatReport } from '~/lib/content/validation/format';
import { readContent } from '~/lib/content/validation/content-reading';
import type { ExerciseMaterials } from '~/lib/hiring/materials';

let cache: ExerciseMaterials[] | undefined;

/** Every exercise's materials, in role and exercise order (in development, read again on every call). */
export function getAllMaterials(): ExerciseMaterials[] {
  if (cache && import.meta.env.PROD) return cache;
  const { materials, problems, filesChecked } = readContent(process.cwd()).materials;
  if (problems.length) throw new Error(`Interview materials have problems:\n${formatReport(problems, filesChecked)}`);
  return (cache = materials);
}

/** One exercise's materials, or undefined when it has none. */
export function getExerciseMaterials(role: string, exercise: string): ExerciseMaterials | undefined {
  return getAllMaterials().find((m) => m.role === role && m.exercise === exercise);
}
