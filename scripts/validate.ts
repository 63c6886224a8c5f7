/**
 * `npm run validate [-- --format json] [--root DIR]`: checks every content file against its schema
 * and the cross-file rules, prints every problem with file:line:column, and exits 1 when any is found.
 */
import { resolve } from 'node:path';
import { formatJson, formatReport } from '../src/lib/content/validation/format.ts';
import { validateContent } from '../src/lib/content/validation/validate.ts';
import { scriptArgs } from './usage.ts';

const { values } = scriptArgs(import.meta.url, { options: { format: { type: 'string', default: 'text' }, root: { type: 'string', default: '.' } } });
const { problems, filesChecked } = validateContent(resolve(values.root));
console.log(values.format === 'json' ? formatJson(problems, filesChecked) : formatReport(problems, filesChecked));
process.exitCode = problems.length ? 1 : 0;
