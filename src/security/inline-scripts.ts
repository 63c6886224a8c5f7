import { createHash } from 'node:crypto';

export interface InlineScript {
  /** The attributes of the `<script>` tag, as written. */
  attributes: string;
  /** The script's text exactly as in the page: what the browser hashes. */
  text: string;
  /** Its CSP source expression without quotes, e.g. `sha256-…`. */
  hash: string;
}

/** Every `<script>` without `src` in a page that a browser runs (JSON data blocks are not scripts). */
export function inlineScripts(html: string): InlineScript[] {
  const scripts: InlineScript[] = [];
  for (const [, attributes = '', text = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\ssrc=/i.test(attributes)) continue;
    const type = /\stype=["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
    scripts.push({ attributes: attributes.trim(), text, hash: cspHash(text) });
  }
  return scripts;
}

export function cspHash(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** A one-line note of what a script is, for reviewers of `inline-script-hashes.json`. */
export function describeScript(script: InlineScript): string {
  const start = script.text.replace(/\s+/g, ' ').trim().slice(0, 70);
  return `${script.attributes.includes('module') ? 'module' : 'classic'} script: ${start}…`;
}
