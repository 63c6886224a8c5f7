import type { Page } from 'playwright-core';

/** One stop of a keyboard walk: the element that had focus after a Tab. */
export interface FocusStop {
  /** ARIA role as Chromium's accessibility tree computes it (`link`, `button`, `textbox`…); '' for none. */
  role: string;
  /** Accessible name; '' when the element has none. */
  name: string;
  /** Tag name in lower case, e.g. `a`, `button`, `input`. */
  tag: string;
  /** `id`, `href` and `aria-current` of the element, when it has them, to tell stops apart. */
  id?: string;
  href?: string;
  current?: string;
  /** The element has a box of its own inside the viewport (after the browser scrolled it into view). */
  visible: boolean;
  /** A focus indicator is drawn: an outline or a box shadow while focused. */
  indicator: boolean;
}

export interface WalkOptions {
  /** Most Tab presses before giving up (a walk that never comes back ends there). Default 300. */
  max?: number;
  /** Walk backwards with Shift+Tab. */
  reverse?: boolean;
  /** Stop after the first stop for which this returns true (it is included). */
  until?: (stop: FocusStop) => boolean;
}

/**
 * Presses Tab (or Shift+Tab) from where focus is now and records every element that receives
 * focus, until focus leaves the page, comes back to the first stop, `until` matches, or `max` presses.
 * Start from a freshly loaded page to walk the whole page in document order.
 *
 * ```ts
 * await page.goto(url);
 * const stops = await tabWalk(page);
 * expect(stops.map((s) => s.name)).toContain('Export plan');
 * ```
 */
export async function tabWalk(page: Page, options: WalkOptions = {}): Promise<FocusStop[]> {
  const { max = 300, reverse = false, until } = options;
  const stops: FocusStop[] = [];
  let first: string | undefined;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(reverse ? 'Shift+Tab' : 'Tab');
    const stop = await focusedStop(page);
    if (!stop) break; // focus left the document (to the browser's own UI)
    const key = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el) return '';
      const path: string[] = [];
      for (let n: Element | null = el; n && n !== document.body; n = n.parentElement) path.unshift(`${n.tagName}:${[...(n.parentElement?.children ?? [])].indexOf(n)}`);
      return path.join('/');
    });
    if (first === undefined) first = key;
    else if (key === first) break; // came round to the start
    stops.push(stop);
    if (until?.(stop)) break;
  }
  return stops;
}

/** The element that has focus now, described as a {@link FocusStop}; undefined when it is the page itself. */
export async function focusedStop(page: Page): Promise<FocusStop | undefined> {
  const facts = await page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body || el === document.documentElement) return undefined;
    el.setAttribute('data-keyboard-walk', '');
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id || undefined,
      href: el.getAttribute('href') ?? undefined,
      current: el.getAttribute('aria-current') ?? undefined,
      visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth,
      indicator: outline || shadow,
    };
  });
  if (!facts) return undefined;
  const marked = page.locator('[data-keyboard-walk]');
  const { role, name } = await accessibleRoleAndName(page);
  await marked.evaluate((el) => el.removeAttribute('data-keyboard-walk'));
  const stop: FocusStop = { role, name, tag: facts.tag, visible: facts.visible, indicator: facts.indicator };
  if (facts.id) stop.id = facts.id;
  if (facts.href) stop.href = facts.href;
  if (facts.current) stop.current = facts.current;
  return stop;
}

/** Role and accessible name of the focused element from Chromium's own accessibility tree (CDP). */
async function accessibleRoleAndName(page: Page): Promise<{ role: string; name: string }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: { nodeId: number } };
    const { nodeId } = (await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[data-keyboard-walk]' })) as { nodeId: number };
    if (!nodeId) return { role: '', name: '' };
    const { nodes } = (await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false })) as {
      nodes: { ignored?: boolean; role?: { value?: string }; name?: { value?: string } }[];
    };
    const node = nodes.find((n) => !n.ignored) ?? nodes[0];
    return { role: String(node?.role?.value ?? ''), name: String(node?.name?.value ?? '').trim() };
  } finally {
    await cdp.detach();
  }
}

/** A short line per stop, for assertion messages: `link "Skip to content"`. */
export function describeStops(stops: FocusStop[]): string[] {
  return stops.map((s) => `${s.role || s.tag} "${s.name}"${s.current ? ` [current=${s.current}]` : ''}${s.visible ? '' : ' (not visible)'}${s.indicator ? '' : ' (no focus indicator)'}`);
}
