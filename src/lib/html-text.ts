/** Visible text of an HTML page, for tests that compare a built page with its source text. */

const blockTags = /<\/?(?:p|li|dt|dd|td|th|tr|h[1-6]|div|section|article|aside|nav|header|footer|main|ul|ol|dl|table|thead|tbody|caption|details|summary|figure|figcaption|blockquote|br|hr)\b[^>]*>/gi;

const entities: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', ndash: '–', mdash: '—', hellip: '…', rarr: '→', ge: '≥',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    return entities[name.toLowerCase()] ?? whole;
  });
}

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
 * The inner HTML of the first `<div>` with class `className` (Starlight's `sl-markdown-content`:
 * the page's content without the title, sidebar or footer), with scripts and styles removed; empty
 * when the page has none. Nested `<div>`s are balanced, so the element's own closing tag ends it.
 */
export function divContent(html: string, className: string): string {
  const open = new RegExp(`<div\\b[^>]*\\bclass="(?:[^"]*\\s)?${className}(?:\\s[^"]*)?"[^>]*>`, 'i').exec(html);
  if (!open) return '';
  const start = open.index + open[0].length;
  const tags = /<(\/?)div\b[^>]*>/gi;
  tags.lastIndex = start;
  let depth = 1;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return html.slice(start, tag.index).replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '');
  }
  return html.slice(start);
}
