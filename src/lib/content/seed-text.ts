/**
 * The role description ("seed") arrives with its typographic characters mis-decoded as Thai
 * letters (UTF-8 bytes read as TIS-620, with continuation bytes lost). These functions restore it
 * from context and split it into the units the site must show: lines, inline ` – ` points and
 * table cells. The seed-coverage test compares the built site with these units, and the rule
 * `source-departure` checks that each recorded departure names one of them.
 */

/** Lines at the end of the seed that are an unrelated advertisement, not part of the role. */
const advertisementStart = /^Find Trusted \S+ Hospitals$/m;

/** Remove the trailing advertisement. */
export function stripAdvertisement(text: string): string {
  const match = advertisementStart.exec(text);
  return match ? text.slice(0, match.index).trimEnd() + '\n' : text;
}

/** Restore the damaged characters of one text from their context. */
export function restoreCharacters(text: string): string {
  const M = '\u0E42'; // the Thai letter that stands where the typographic characters were
  return (
    text
      .replaceAll(`${M}\u0E05`, '≥')
      // Ranges between numbers: 1–4, 12–24, 99.5–99.9%.
      .replace(new RegExp(`(\\d)${M}(?=[<>]?\\d)`, 'g'), '$1–')
      // Possessives: team’s, Bachelor’s.
      .replace(new RegExp(`(\\p{L})${M}(s\\b)`, 'gu'), '$1’$2')
      // A progression written with spaces: data → features, Lead → Staff.
      .replaceAll(` ${M} `, ' → ')
      // One place writes a progression without spaces.
      .replaceAll(`experiment${M}prod`, 'experiment→prod')
      // Opening quotes follow a space, a bracket or the start of a line; closing quotes precede one.
      .replace(new RegExp(`(^|[\\s(])${M}(?=\\S)`, 'gmu'), '$1“')
      .replace(new RegExp(`(?<=\\S)${M}(?=$|[\\s.,;:)!?])`, 'gmu'), '”')
      // What is left joins two words: an em dash (goals—by, CI/CD—aligned).
      .replaceAll(M, '—')
  );
}

export function restoreSeed(raw: string): string {
  return restoreCharacters(stripAdvertisement(raw.replace(/\r\n/g, '\n')));
}

export interface SeedUnit {
  /** 1-based line of the seed. */
  line: number;
  kind: 'heading' | 'text' | 'point' | 'cell';
  text: string;
}

/** Collapse whitespace so text from HTML and from the seed compare equal. */
export function normalizeText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Split the restored seed into the units that must each appear on the site. Headings lose their
 * number ("3) Core Responsibilities" → "Core Responsibilities"); bullets lose their dash; a line of
 * inline points ("Lead-in: – one. – two.") yields the lead-in and each point; table rows yield
 * their cells (the separator row yields nothing).
 */
export function seedUnits(restored: string): SeedUnit[] {
  const units: SeedUnit[] = [];
  restored.split('\n').forEach((raw, i) => {
    const line = i + 1;
    const text = normalizeText(raw);
    if (!text || text === '-') return;
    const heading = /^\d+\)\s+(.+)$/.exec(text);
    if (heading) {
      units.push({ line, kind: 'heading', text: heading[1]! });
      return;
    }
    if (text.startsWith('|')) {
      const cells = text.split('|').slice(1, -1).map(normalizeText);
      if (cells.every((c) => /^-+$/.test(c))) return;
      for (const cell of cells) if (cell) units.push({ line, kind: 'cell', text: cell });
      return;
    }
    const body = text.replace(/^-\s+/, '').replace(/\s+-$/, '');
    // Inline points are separated by ` – `; a few lines also run the next bullet on after ` - `.
    const parts = body.split(/(?:^|\s)–\s|\s-\s/).map(normalizeText).filter(Boolean);
    if (parts.length > 1 || body.startsWith('– ')) {
      for (const part of parts) units.push({ line, kind: 'point', text: part.replace(/\s+-$/, '') });
      return;
    }
    units.push({ line, kind: 'text', text: body });
  });
  return units;
}
