/**
 * Nu HTML Checker errors the handbook accepts, each with the reason. Keep this list short: fix the
 * markup when you can (see src/lib/starlight-fixes.ts). An entry matches an error whose message
 * contains `message`, whose source extract matches `extract`, on a page whose path matches `page`
 * (any page when omitted).
 */
export interface AllowedHtmlError {
  message: string;
  extract?: RegExp;
  page?: RegExp;
  reason: string;
}

export const allowedHtmlErrors: AllowedHtmlError[] = [
  {
    message: 'CSS: “--”: Parse Error.',
    extract: /style="(?:--\d+:[^;"]*;?)+"/,
    reason:
      'Expressive Code colours each token of a code block with custom properties named --0, --1 (one per theme). ' +
      'Such names are valid CSS (a <dashed-ident> may continue with digits, CSS Syntax Level 3), but the checker’s CSS parser rejects them.',
  },
];
