import { didYouMean } from '../did-you-mean.ts';
import { bodyOf, extractFrontmatter, findHeadings } from '../markdown.ts';
import { defineRule, reporter } from '../rule.ts';

/**
 * A heading's anchor as Starlight's Markdown gives it (github-slugger): lower case, punctuation and
 * symbols left out, each space a hyphen (“Lead → Staff” is `lead--staff`).
 */
const anchorOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');

/** The anchors of a page's Markdown headings, as Starlight gives them (a repeated one gets `-1`, `-2`…). */
function headingAnchors(text: string, firstLine: number): string[] {
  const seen = new Map<string, number>();
  return findHeadings(bodyOf(text, extractFrontmatter(text)), firstLine).map((h) => {
    // Inline Markdown (`code`, *emphasis*, [links](…)) reads as its text in the anchor.
    const slug = anchorOf(h.text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[`*_]/g, ''));
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    return n === 0 ? slug : `${slug}-${n}`;
  });
}

export const sectionSearchWords = defineRule({
  id: 'section-search-words',
  description: 'Every section a page’s `sectionSearchWords` names is a heading of the page, by its anchor (the part after `#` in the section’s link).',
  hint: 'Use the anchor of one of the page’s own headings (the heading’s text in lower case, spaces as hyphens, punctuation left out), or remove the entry.',
  check(content) {
    const { problems, report } = reporter('section-search-words');
    for (const page of content.pages) {
      const words = page.frontmatter['sectionSearchWords'];
      if (!words || typeof words !== 'object' || Array.isArray(words)) continue;
      const anchors = headingAnchors(page.text, page.bodyStartLine);
      for (const anchor of Object.keys(words)) {
        if (anchors.includes(anchor)) continue;
        const near = didYouMean(anchor, anchors);
        report(page, ['sectionSearchWords', anchor], `no heading of the page has the anchor \`${anchor}\``, { expected: near ? `a heading’s anchor, such as \`${near}\`` : 'a heading’s anchor', found: `\`${anchor}\`` }, true);
      }
    }
    return problems;
  },
});
