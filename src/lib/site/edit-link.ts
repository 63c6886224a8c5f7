/**
 * The "Edit page" link of a built page, read back: which repository file a page is edited in, for
 * messages about the page (the build's link check) and for the tests of the links themselves.
 */
import { decodeEntities } from '../text/html-entities.ts';

/**
 * The repository file (such as `content/docs/reference/editing.mdx`) of the page's edit link: the
 * last link under `editBaseUrl`, since Starlight puts it in the footer, after any link the content
 * itself makes into the repository. Undefined when the page has none.
 */
export function editedFile(html: string, editBaseUrl: string): string | undefined {
  const edits = [...html.matchAll(/<a\b[^>]*?\shref="([^"]+)"/g)].map((m) => decodeEntities(m[1]!)).filter((href) => href.startsWith(editBaseUrl));
  return edits.at(-1)?.slice(editBaseUrl.length);
}

/**
 * The attribute with which a block generated from a data file names that file in the page's HTML
 * (`<template data-edited-in="content/roles/…/kpis.yaml">`), so that the page can send an editor to
 * the data as well as to its MDX: "Edit page" edits only the text around the block.
 */
export const dataFileAttribute = 'data-edited-in';

const writtenAttribute = new RegExp(`\\s${dataFileAttribute}="([^"]+)"`, 'g');

/**
 * The data files the generated blocks of a page's HTML name, in order of first appearance, each once:
 * the attribute where an element's tag holds it, not where a text shows it. The attribute is looked
 * for as written, and its tag from there back to the `>` before it: a pattern starting at every tag
 * of the page (`<[a-z][^>]*?\sdata-edited-in=…`) read each tag to its end, 20–30 ms of a build.
 */
export function dataFilesIn(html: string): string[] {
  const files = new Set<string>();
  let searchedTo = 0;
  for (const match of html.matchAll(writtenAttribute)) {
    // The text between the end of the last tag (or the last attribute found) and the attribute opens a tag.
    const tagFrom = Math.max(html.lastIndexOf('>', match.index) + 1, searchedTo);
    if (!/<[a-z]/.test(html.slice(tagFrom, match.index))) continue;
    files.add(decodeEntities(match[1]!));
    searchedTo = match.index + match[0].length;
  }
  return [...files];
}
