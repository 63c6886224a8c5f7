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
