/**
 * Which pages the llms files carry. llms-full.txt has the handbook's content: every page but those
 * written for editors and hosts, the 404 page and the pages whose content is a form (the tools),
 * with any form on another page replaced by a note. llms-small.txt keeps what a model needs to
 * answer questions about the role and the ladder, and fits in its context (`smallBudget`).
 */

/** Pages under content/docs (their file, without extension) left out of the llms files, and why. */
export const leftOutOfLlms: Readonly<Record<string, string>> = {
  '404': 'the page-not-found page',
  'reference/add-a-role': 'for editors',
  'reference/content-reference': 'for editors',
  'reference/editing': 'for editors',
  'reference/spreadsheet': 'for editors',
  'reference/validation-rules': 'for editors',
  'reference/hosting': 'for hosts: web server configurations',
};

export type PageKind = 'home' | 'role' | 'ladder' | 'level' | 'competency' | 'comparisons' | 'hiring' | 'onboarding' | 'reference' | 'glossary' | 'other';

/**
 * What llms-small.txt keeps: every level (its expectations without evidence) and competency (how
 * deep each level goes), the ladder's overview, the glossary, and of each role description its
 * overview and its one-page summary (llms-full.txt has the rest).
 */
export function inSmall(page: { kind: PageKind; file?: string | undefined }): boolean {
  if (page.kind === 'level' || page.kind === 'competency' || page.kind === 'glossary') return true;
  if (page.kind === 'ladder') return page.file === 'ladder/index';
  if (page.kind === 'role') return /^roles\/[^/]+\/(index|at-a-glance)$/.test(page.file ?? '');
  return false;
}

/** Tokens as a model counts them, roughly: four characters a token for English prose. */
export const tokensOf = (text: string): number => Math.ceil(text.length / 4);

/** llms-small.txt stays under this many tokens (≈ chars/4): it fits a model with a 32K-token context. */
export const smallBudget = 32_000;
