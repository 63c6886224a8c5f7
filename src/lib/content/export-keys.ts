/**
 * The top-level keys of the published `/ladder.json`, in the order the file writes them, with their
 * type and description, from the export's schema: what the data guide's table lists.
 */
import { ladderExportSchema } from '../../schemas/export.ts';
import { describeFields, type FieldDoc } from './schema-doc.ts';

export const exportKeys = (): FieldDoc[] => describeFields(ladderExportSchema).filter((f) => !/[.[<]/.test(f.path));
