/**
 * One reading of the content per build. The configuration reads and validates every content file
 * as the build starts (astro.config.mjs); the content layer's loaders (content.config.ts), the
 * data modules and the materials routes then take that same reading instead of parsing the files
 * again. A reading is reused while the files under content/ are unchanged (same names, sizes and
 * modification times), so the dev server reads again after an edit. Kept by `content-readings.ts`.
 */
import { resolve } from 'node:path';
import { contentStamp, heldReading, keepReading, keptReading } from './content-readings.ts';
import { loadContent, type LoadedContent } from './load.ts';

/** The content under `root`, read once for as long as its files do not change. */
export function readContent(root: string): LoadedContent {
  const dir = resolve(root);
  const held = heldReading(dir);
  if (held) return held;
  const stamp = contentStamp(dir);
  const kept = keptReading(dir, stamp);
  if (kept) return kept;
  const content = loadContent(dir);
  keepReading(dir, stamp, content);
  return content;
}
