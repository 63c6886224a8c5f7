/**
 * The validator's checks of the interview materials: each file against its schema, references
 * between them, and the materials against the kits of `hiring.yaml` (see ./materials.ts).
 */
import type { LoadedContent } from '../validation/load.ts';
import type { Problem } from '../validation/problem.ts';
import { materialsAgainstKits, readMaterials, type HiringForMaterials } from './materials.ts';

export function materialProblems(root: string, content: LoadedContent): { problems: Problem[]; filesChecked: number } {
  const reading = readMaterials(root);
  const hiring: HiringForMaterials[] = content.entries
    .filter((e) => e.collection === 'hiring' && e.valid)
    .map((e) => ({ role: e.id, file: e.file, source: e.source, pathPrefix: e.pathPrefix, exercises: (e.data as { exercises: HiringForMaterials['exercises'] }).exercises }));
  return { problems: [...reading.problems, ...materialsAgainstKits(reading, hiring)], filesChecked: reading.filesChecked };
}
