import { defineRule, reportedByLoader, reporter } from '../rule.ts';

export const pageMetadata = defineRule({
  id: 'page-metadata',
  description: 'Every page has frontmatter with a non-empty `title` and `description` (the description is what search results show).',
  hint: 'Give every page a `title` and a `description` (one sentence, shown in search results).',
  check(content) {
    // A page without frontmatter at all is reported by the loader, which then skips it.
    const { problems, report } = reporter('page-metadata');
    for (const page of content.pages)
      for (const field of ['title', 'description'] as const) {
        const v = page.frontmatter[field];
        if (typeof v === 'string' && v.trim() !== '') continue;
        // A missing title is already a schema error; report the description (optional for Starlight) here.
        if (field === 'title' && v === undefined) continue;
        report(page, v === undefined ? [] : [field], `the page has no ${field}`, { expected: `a non-empty \`${field}\``, found: v === undefined ? 'nothing' : 'empty text' }, v !== undefined);
      }
    return [...reportedByLoader(content, 'page-metadata'), ...problems];
  },
});
