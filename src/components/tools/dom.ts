/**
 * Small DOM helpers for the tools' islands: an element builder that sets text as text (never parsed
 * as HTML), and lookups inside an island's own markup.
 */
import { withBase } from '../../lib/site/urls.ts';

/**
 * A site path (`/ladder/levels/…/`, as urls.ts and the pages' data write them) as a link of this
 * page: under the base path the site is built for (`/ml-handbook/` on a GitHub Pages project site).
 */
export const siteHref: (path: string) => string =
  // A constant of the build: a site served from a domain's root leaves `withBase` out of its bundles
  // (the tool pages' JavaScript budget, tests/dist/budgets.test.ts).
  import.meta.env.BASE_URL === '/' ? (path) => path : (path) => withBase(path, import.meta.env.BASE_URL);

export type Child = Node | string | null | undefined | false;

/**
 * An element with attributes and children; text children become text nodes. A link's `href` that is
 * a site path is put under the base path (`siteHref`), so the islands write links as the pages do.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | false | undefined> = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== false && v !== undefined) el.setAttribute(k, tag === 'a' && k === 'href' ? siteHref(v) : v);
  for (const c of children.flat()) if (c) el.append(c);
  return el;
}

/** The first element matching `selector` inside `root`. */
export const one = <T extends Element = HTMLElement>(root: ParentNode, selector: string): T | null => root.querySelector<T>(selector);

/** Every element matching `selector` inside `root`. */
export const all = <T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] => [...root.querySelectorAll<T>(selector)];

/** Sets an element's text only when it differs, so screen readers do not hear a live region repeat itself. */
export function setText(el: Element | null, text: string): void {
  if (el && el.textContent !== text) el.textContent = text;
}

/** Shows or hides an element, touching it only when that changes (a same-value write still costs a restyle). */
export function setHidden(el: HTMLElement, hidden: boolean): void {
  if (el.hidden !== hidden) el.hidden = hidden;
}

/** Enables or disables a control, touching it only when that changes (as `setHidden`). */
export function setDisabled(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | HTMLButtonElement, disabled: boolean): void {
  if (el.disabled !== disabled) el.disabled = disabled;
}

/** Today's date in the reader's own calendar is what date inputs default to. */
export { localCalendarDate as today } from '~/lib/browser/dates';
