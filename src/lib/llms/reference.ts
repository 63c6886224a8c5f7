/** The glossary and the changelog as Markdown. Pure. */
import type { Changelog } from '../../schemas/changelog.ts';
import { byLetter } from '../glossary/terms.ts';
import { rules } from '../content/validation/rules/index.ts';
import { changeSubjectLabel, judgedOnWords, releaseStandings, standingSentence, type SubjectNames } from '../ladder/changelog.ts';
import { blocks, heading, link, list, table, text } from './markdown.ts';
import { exportKeys } from '../content/export-keys.ts';
import { alsoCalledField } from '../site/search-weights.ts';

interface Term {
  id: string;
  term: string;
  aliases: string[];
  definition: string;
  related: string[];
}

/** Every term by letter, each under its own heading with its definition and other names. */
export function glossaryMarkdown(terms: readonly Term[]): string {
  const names = new Map(terms.map((t) => [t.id, t.term]));
  return blocks(
    `${terms.length} terms.`,
    ...byLetter(terms).map((group) =>
      blocks(
        heading(2, group.letter),
        ...group.terms.map((t) =>
          blocks(
            heading(3, t.term),
            text(t.definition),
            (t.aliases.length > 0 || t.related.length > 0) &&
              list([
                ...(t.aliases.length ? [`${alsoCalledField}: ${text(t.aliases.join(', '))}`] : []),
                ...(t.related.length ? [`Related: ${text(t.related.map((id) => names.get(id) ?? id).join(', '))}`] : []),
              ]),
          ),
        ),
      ),
    ),
  );
}

/**
 * The releases, newest first, each with where it stands on `today` (the day the site is built), its
 * changes by the names readers know, and a link to its page of differences.
 */
export function changelogMarkdown(
  releases: Changelog['releases'],
  releasePageHref: (version: string) => string | undefined,
  names: SubjectNames,
  today: string,
): string {
  const standings = releaseStandings(releases, today);
  return blocks(
    judgedOnWords('text').join(today),
    ...releases.map((r, i) => {
      const page = releasePageHref(r.version);
      return blocks(
        heading(2, `Version ${r.version}`),
        `${standingSentence(standings[i]!)} ${text(r.summary)}${page ? ` ${link('What changed, level by level', page)}.` : ''}`,
        list(r.changes.map((c) => `**${c.kind[0]!.toUpperCase()}${c.kind.slice(1)}** (${link(text(changeSubjectLabel(c, names)), names.href(c, r.version))}): ${text(c.what)} *Why:* ${text(c.why)}`)),
      );
    }),
  );
}

/** Every validation rule, from the rules' own definitions, with how to fix what it finds. */
export function validationRulesMarkdown(): string {
  return list(rules.map((rule) => `\`${rule.id}\`: ${rule.description} *To fix:* ${rule.hint}`));
}

/** The top-level keys of `/ladder.json` as a table, as the data guide shows them (`LadderJsonKeys.astro`). */
export function ladderJsonKeysMarkdown(): string {
  return table(
    ['Key', 'Type', 'What it holds'],
    exportKeys().map((k) => [`\`${k.path}\``, [text(k.type), ...(k.allowed ?? []).map((a) => `\`${a}\``)].join(' '), k.description ?? '']),
  );
}
