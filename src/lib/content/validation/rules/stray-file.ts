import { globSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { dataCollections, rolesBase } from '../../../../schemas/collections.ts';
import { isId } from '../../id.ts';
import type { Problem } from '../problem.ts';
import { defineRule } from '../rule.ts';

/** The files of a level's folder the handbook reads (`role.yaml`, `kpis.yaml` …). */
const roleFolderFiles = dataCollections.flatMap((c) => (c.kind === 'document' && c.base === rolesBase ? [c.pattern.replace(/^\*\//, '')] : []));

/**
 * Files read by other readers: interview materials (their own reader judges every file in them) and
 * Starlight's overrides of its interface strings (content/i18n/, read by Starlight's i18n loader).
 */
const readElsewhere = (file: string) => /^content\/roles\/[^/]+\/materials\//.test(file) || file.startsWith('content/i18n/');

/**
 * The files a team means as data or as a page, whatever the case of their ending: YAML, and Markdown
 * by every ending Starlight's docs loader looks for (`.markdown`, `.mdown`, `.mkd`…), of which Astro
 * reads `.md` and `.mdx` only: it leaves the others out of the site with a warning among the build's
 * other warnings ("No entry type found").
 */
const markdownEnding = /\.(?:mdx?|markdown|mdown|mkdn|mkd|mdwn)$/i;
const meantAsContent = (file: string) => /\.ya?ml$/i.test(file) || markdownEnding.test(file);

/** Where a file that nothing reads was most likely meant to go. */
function meantFor(file: string, text: string): string {
  const name = basename(file).replace(/\.ya?ml$/i, '.yaml');
  const folder = basename(dirname(file));
  const levelId = dirname(dirname(file)) === rolesBase && isId(folder) ? folder : '<level-id>';
  if (roleFolderFiles.includes(name)) return `${rolesBase}/${levelId}/${name}`;
  if (/^track:/m.test(text) && /^rank:/m.test(text)) {
    const id = name.replace(/\.ya?ml$/, '');
    return `${rolesBase}/${isId(id) && id !== 'role' ? id : levelId}/role.yaml (a level is a folder named after its id)`;
  }
  if (markdownEnding.test(file)) {
    const page = file.replace(/^content\//, '').replace(/^docs\//, '').replace(markdownEnding, (ending) => (ending.toLowerCase() === '.mdx' ? '.mdx' : '.md'));
    return `a page under content/docs/, e.g. content/docs/${page}`;
  }
  const read = dataCollections.flatMap((c) => (c.kind === 'list' ? [c.file] : c.base === rolesBase ? [] : [`${c.base}/${c.pattern}`]));
  return `one of the files the handbook reads: ${read.join(', ')}, ${rolesBase}/<level-id>/{${roleFolderFiles.join(',')}} or content/docs/**/*.mdx`;
}

export const strayFile = defineRule({
  id: 'stray-file',
  description:
    'Every YAML, Markdown and MDX file under `content/` is one the handbook reads: a data file where the Content reference places it (a level’s `role.yaml` in `content/roles/<level-id>/`), a page under `content/docs/` (`.md` or `.mdx`), or an interview material. A file anywhere else, or named otherwise (`role.yml`, `Role.yaml`, `page.markdown`, `page.MDX`), would be left out of the site without a word.',
  hint: 'Move or rename the file to the place the message names (a level goes in its own folder, `content/roles/<level-id>/role.yaml`), or delete it if it is a copy.',
  check(content) {
    const read = new Set(content.files.map((f) => f.file));
    return globSync('content/**/*', { cwd: content.root })
      .map((p) => p.split('\\').join('/'))
      .filter((file) => meantAsContent(file) && !read.has(file) && !readElsewhere(file))
      .sort()
      .map((file): Problem<'stray-file'> => ({
        file,
        line: 1,
        column: 1,
        rule: 'stray-file',
        message: 'nothing reads this file, so the site would leave it out',
        expected: `the file at ${meantFor(file, readText(content.root, file))}`,
        found: file,
      }));
  },
});

/** A file the loader did not read (so not in `content.files`). */
function readText(root: string, file: string): string {
  try {
    return readFileSync(join(root, file), 'utf8');
  } catch {
    return '';
  }
}
