/**
 * Rewrites src/security/inline-script-hashes.json from the built site: the SHA-256 hash of every
 * inline script in dist/ (or the directory given as argument), each with a note of what it is.
 *
 * Run it through `npm run csp:hashes` (build, rewrite, build again so every page's policy carries
 * the new hashes). Review the diff: a new hash means a new inline script runs on the site.
 */
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inlineScriptHashesFile, readInlineScriptHashes, type InlineScriptHashes } from '../src/security/csp.ts';
import { describeScript, inlineScripts } from '../src/security/inline-scripts.ts';
import { scriptArgs } from './usage.ts';

const dist = scriptArgs(import.meta.url, { allowPositionals: true }).positionals[0] ?? fileURLToPath(new URL('../dist/', import.meta.url));
const files = globSync('**/*.html', { cwd: dist }).sort();
if (!files.length) throw new Error(`No HTML in ${dist}: run \`npm run build\` first.`);

const before = readInlineScriptHashes();
// Hash → note; a hash already listed keeps its note, so the file changes only when scripts do.
const found = new Map<string, string>();
for (const file of files) {
  for (const script of inlineScripts(readFileSync(join(dist, file), 'utf8'))) {
    if (!found.has(script.hash)) found.set(script.hash, before.scripts[script.hash] ?? `${describeScript(script)} (first seen on /${file})`);
  }
}

const next: InlineScriptHashes = {
  $comment: before.$comment,
  scripts: Object.fromEntries([...found].sort(([a], [b]) => a.localeCompare(b))),
};
writeFileSync(inlineScriptHashesFile, JSON.stringify(next, null, 2) + '\n');

const added = [...found.keys()].filter((h) => !(h in before.scripts));
const removed = Object.keys(before.scripts).filter((h) => !found.has(h));
console.log(`${found.size} inline script hashes from ${files.length} pages written to src/security/inline-script-hashes.json.`);
for (const h of added) console.log(`  + ${h}  ${found.get(h)}`);
for (const h of removed) console.log(`  - ${h}  ${before.scripts[h]}`);
if (added.length || removed.length) console.log('Rebuild so that every page\'s policy carries them (`npm run csp:hashes` does).');
