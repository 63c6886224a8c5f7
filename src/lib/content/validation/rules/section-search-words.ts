import GithubSlugger from 'github-slugger';
import { didYouMean } from '../did-you-mean.ts';
import { bodyOf, extractFrontmatter, findHeadings, headingText } from '../markdown.ts';
import { defineRule, reporter } from '../rule.ts';

/**
 * The anchors of a page's Markdown headings, made by the slugger Astro's Markdown uses
 * (github-slugger, one per page: a repeated anchor gets `-1`, `-2`…), so that the rule and the
 * built page agree on every heading the rule can see. Headings a component or HTML writes are not
 * among them, so a page cannot name them (the editing guide says so); the build's own check
 * (src/components/overrides/MarkdownContent.astro) looks at the page as built.
 */
function headingAnchors(text: string, firstLine: number): string[] {
  const slugger = new GithubSlugger();
  return findHeadings(bodyOf(text, extractFrontmatter(text)), firstLine).map((h) => slugger.slug(headingText(h.text)));
}

/** The anchor meant by one that no heading has: a likely typo of one, else the only anchor it begins (`monitor` for `monitoring`). */
function nearestAnchor(typed: string, anchors: readonly string[]): string | undefined {
  const starting = anchors.filter((a) => a.startsWith(typed));
  return didYouMean(typed, anchors) ?? (starting.length === 1 ? starting[0] : undefined);
}

export const sectionSearchWords = defineRule({
  id: 'section-search-words',
  description: 'Every section a page’s `sectionSearchWords` names is a heading of the page, by its anchor (the part after `#` in the section’s link).',
  hint: 'Use the anchor of one of the page’s own headings (the heading’s text in lower case, spaces as hyphens, punctuation other than `-` and `_` left out), or remove the entry.',
  check(content) {
    const { problems, report } = reporter('section-search-words');
    for (const page of content.pages) {
      const words = page.frontmatter['sectionSearchWords'];
      if (!words || typeof words !== 'object' || Array.isArray(words)) continue;
      const anchors = headingAnchors(page.text, page.bodyStartLine);
      for (const anchor of Object.keys(words)) {
        if (anchors.includes(anchor)) continue;
        const near = nearestAnchor(anchor, anchors);
        report(page, ['sectionSearchWords', anchor], `no heading of the page has the anchor \`${anchor}\``, { expected: near ? `a heading’s anchor, such as \`${near}\`` : 'a heading’s anchor', found: `\`${anchor}\`` }, true);
      }
    }
    return problems;
  },
});
