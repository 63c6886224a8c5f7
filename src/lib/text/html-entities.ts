/**
 * Character references in built HTML, read back as text: enough for what Astro, Starlight and the
 * handbook write (numeric references and the named ones their escaping and typography produce).
 */

const named: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', ndash: '–', mdash: '—', hellip: '…', rarr: '→', ge: '≥',
};

/** `text` with its character references replaced by the characters they stand for; unknown names are kept. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return named[name] ?? whole; // names are case-sensitive (&rarr; is not &rArr;)
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
