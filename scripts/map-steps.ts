/**
 * `npm run map:steps`: writes the progression map's container rules, one per step of the switch
 * between its drawings (src/lib/ladder/progression-map-switch.ts explains why steps), to
 * src/components/ladder/progression-map-steps.css. Needed only after a change to the steps
 * themselves, never after a content edit; progression-map-switch.test.ts fails while the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { switchSteps, wideStepsCss, wideStepsCssFile } from '../src/lib/ladder/progression-map-switch.ts';
import { scriptArgs } from './usage.ts';

scriptArgs(import.meta.url, {});

const root = fileURLToPath(new URL('..', import.meta.url));
writeFileSync(root + wideStepsCssFile, wideStepsCss());
console.log(`${wideStepsCssFile}: ${switchSteps().length} steps`);
