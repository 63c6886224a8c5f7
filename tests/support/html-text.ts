/** Visible text of an HTML page, for tests that compare a built page with its source text. */
import { decodeEntities } from '~/lib/text/html-entities';

const blockTags = /<\/?(?:p|li|dt|dd|td|th|tr|h[1-6]|div|section|article|aside|nav|header|footer|main|ul|ol|dl|table|thead|tbody|caption|details|summary|figure|figcaption|blockquote|br|hr)\b[^>]*>/gi;

/** The text a reader sees in `<main>`: scripts, styles and hidden templates removed, blocks separated. */
export function mainText(html: string): string {
  const main = /<main\b[\s\S]*?<\/main>/i.exec(html)?.[0] ?? html;
  return decodeEntities(
    main
      .replace(/<(script|style|template|svg)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(blockTags, ' ')
      .replace(/<[^>]+>/g, ''),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A value of the content as a page shows it: a reader's page (and mainText) runs every stretch of
 * white space into one space, so two spaces after a full stop, or the line breaks of a `|` block,
 * are not what a test should look for on the page.
 */
export const asShown = (value: string): string => value.replace(/\s+/g, ' ').trim();

/** A word as compared: without the punctuation around it (`(x),` is `x`), inner punctuation kept. */
const bareWord = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** The values of the attributes that Pagefind indexes as text (`data-pagefind-index-attrs="a,b"` on the same element). */
function indexedAttributes(html: string): string[] {
  return [...html.matchAll(/<[a-z][^>]*\bdata-pagefind-index-attrs="([^"]*)"[^>]*>/gi)].flatMap(([tag, names = '']) =>
    names.split(',').flatMap((name) => {
      const value = new RegExp(`\\s${name.trim()}="([^"]*)"`).exec(tag)?.[1];
      return value === undefined ? [] : [decodeEntities(value)];
    }),
  );
}

/**
 * The words of a search index's text of a page that a reader of the page never sees as words:
 * two words run together where elements meet without a space (`RaisedAcross`, `4·All`,
 * `Description:Writing`). Found by comparing the index's words with the page's words when every
 * tag counts as a space (and the attributes Pagefind indexes count as words of the page). Code blocks are left out: their lines are not prose.
 */
export function runTogetherWords(indexedText: string, html: string): string[] {
  const code = [...html.matchAll(/<pre\b[\s\S]*?<\/pre>/gi)].map((m) => decodeEntities(m[0].replace(/<[^>]+>/g, '')));
  const spaced = decodeEntities(html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' '));
  const known = new Set([spaced, ...code, ...indexedAttributes(html)].flatMap((text) => text.split(/\s+/)).map(bareWord));
  const codeText = code.join(' ');
  return [...new Set(indexedText.split(/\s+/).map(bareWord))].filter((word) => word && !known.has(word) && !codeText.includes(word));
}
