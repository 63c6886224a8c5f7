import committedHashes from './inline-script-hashes.json' with { type: 'json' };

/**
 * The handbook's Content-Security-Policy, as Astro's `security.csp` option. Astro writes it into a
 * `<meta http-equiv="content-security-policy">` on every page and adds the hashes of the scripts and
 * styles it bundles itself; `_headers` repeats it as an HTTP header (src/security/headers.ts).
 *
 * Nothing loads from another origin. Starlight's inline scripts (theme, sidebar state, search
 * shortcut) run because their SHA-256 hashes are listed in `inline-script-hashes.json`, which
 * `npm run csp:hashes` rewrites from a build and `tests/dist/csp.test.ts` checks against each build.
 */

/** Directives other than script-src and style-src, which Astro writes itself. */
export const directives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * Directives a `<meta>` element cannot carry (browsers ignore them there); hosts send them as headers.
 * `frame-ancestors 'none'`: no other site may frame the handbook (clickjacking).
 */
export const headerOnlyDirectives = ["frame-ancestors 'none'"] as const;

/** The committed hashes of every inline script in the build, with a note of where each comes from. */
export interface InlineScriptHashes {
  $comment: string;
  scripts: Record<string, string>;
}

/** The file, for `scripts/csp-hashes.ts`, which rewrites it. */
export const inlineScriptHashesFile = new URL('./inline-script-hashes.json', import.meta.url);

/** The committed hashes (imported, so that pages which show the policy get them bundled). */
export function readInlineScriptHashes(): InlineScriptHashes {
  return committedHashes as InlineScriptHashes;
}

/** Where scripts may come from: the site, and WebAssembly compilation for Pagefind (it allows no JS eval). */
const scriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;
/**
 * Stylesheets come from the site only (astro.config.mjs builds no inline <style>). Starlight writes
 * custom properties in style="" attributes (icon sizes, sidebar depth), so inline style
 * *attributes* are allowed (style-src-attr), and nothing else inline.
 */
const styleSources = ["'self'"] as const;
const styleAttributeSources = ["'unsafe-inline'"] as const;

/** The value of Astro's `security.csp` option. */
export function contentSecurityPolicy() {
  return {
    algorithm: 'SHA-256' as const,
    directives: [...directives],
    scriptDirective: {
      resources: [...scriptSources],
      hashes: Object.keys(readInlineScriptHashes().scripts) as `sha256-${string}`[],
    },
    // Only the attribute sources: Astro writes `style-src 'self'` (styleSources) with the hashes of
    // its styles when no other default source is given, and a default source listed beside
    // attribute sources makes it warn that style-src-attr does not fall back to it.
    styleDirective: {
      resources: styleAttributeSources.map((resource) => ({ resource, kind: 'attribute' as const })),
    },
  };
}

/** The same policy as one HTTP header value for the whole site, with the directives only a header can carry. */
export function headerPolicy(): string {
  const hashes = Object.keys(readInlineScriptHashes().scripts).map((h) => `'${h}'`);
  return [
    ...directives,
    ...headerOnlyDirectives,
    ['script-src', ...scriptSources, ...hashes].join(' '),
    ['style-src', ...styleSources].join(' '),
    ['style-src-attr', ...styleAttributeSources].join(' '),
  ].join('; ');
}
