import type { Page } from 'playwright-core';

/** What makes a page wider than the viewport, and the boxes that scroll sideways inside it. */
export interface OverflowReading {
  /** The viewport's width (the root's client width). */
  viewport: number;
  /** The document's scroll width: more than `viewport` means the page scrolls sideways. */
  page: number;
  /**
   * The elements that stick out past the viewport while their containing block does not: the
   * causes, not the boxes that only widen because the page does; and the elements whose text runs
   * past the viewport although their box does not (a word too long for any line). Each is
   * described as `tag#id.class "text…"` with the right edges in px.
   */
  causes: string[];
  /** Every box that scrolls sideways at this width, and what it lacks for a keyboard user. */
  scrollBoxes: { box: string; problems: string[] }[];
  /**
   * The links and controls that start past the viewport's left edge: no scrolling reaches them, and
   * their focus ring is cut (a heading's anchor link that wrapped onto a line of its own).
   */
  cutOff: string[];
}

/**
 * Opens every `<details>` of the page (what a reader can open must fit too), lets the browser lay
 * the page out and update its scroll timelines, then measures it. Runs in the page, so it must not
 * close over anything.
 *
 * An element sticks out when its border box reaches past the viewport's edge and no box that clips
 * it (overflow other than `visible`, on its containing-block chain) sits between it and the root:
 * an absolutely positioned element escapes a scroll box that is not positioned, which is how a
 * visually hidden label can widen a page although its table scrolls in its own box. Text sticks out
 * when its line runs past the viewport's edge although its element's box does not.
 */
async function measure(): Promise<OverflowReading> {
  for (const details of document.querySelectorAll('details')) details.open = true;
  // Scroll timelines, hence the cue, follow a layout change at the next frame.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const root = document.documentElement;
  const viewport = root.clientWidth;
  const describe = (el: Element): string => {
    const id = el.id ? `#${el.id}` : '';
    const classes = [...el.classList]
      .filter((c) => !c.startsWith('astro-'))
      .slice(0, 3)
      .map((c) => `.${c}`)
      .join('');
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `${el.tagName.toLowerCase()}${id}${classes}${text ? ` "${text}"` : ''}`;
  };
  const clips = (el: Element) => getComputedStyle(el).overflowX !== 'visible';
  /** The element whose box positions `el`'s box (enough of CSS for this: no transforms or filters). */
  const containingBlock = (el: Element): Element | null => {
    const position = getComputedStyle(el).position;
    if (position === 'fixed') return null;
    let parent = el.parentElement;
    if (position === 'absolute') while (parent && parent !== root && getComputedStyle(parent).position === 'static') parent = parent.parentElement;
    return parent;
  };
  /** Past the right edge: what sticks out on the left cannot be scrolled to and widens nothing. */
  const sticksOut = (el: Element) => {
    const r = el.getBoundingClientRect();
    return (r.width > 0 || r.height > 0) && r.right > viewport + 0.5;
  };
  /**
   * Whether `el` cannot widen the page: a box on its containing-block chain clips it, or the chain
   * ends in a fixed box (laid out against the viewport, which on a phone widens with the page, and
   * never part of what the page scrolls).
   */
  const contained = (el: Element) => {
    for (let box: Element | null = el; box && box !== root && box !== document.body; box = containingBlock(box)) {
      if (getComputedStyle(box).position === 'fixed') return true;
      if (box !== el && clips(box)) return true;
    }
    return false;
  };
  const causes: string[] = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (!sticksOut(el) || contained(el)) continue;
    const cb = containingBlock(el);
    if (cb && cb !== root && cb !== document.body && sticksOut(cb)) continue;
    const right = Math.round(el.getBoundingClientRect().right);
    const within = cb ? Math.round(cb.getBoundingClientRect().right) : viewport;
    causes.push(`${describe(el)} reaches ${right} px, its container ${within} px`);
  }
  // Text that overflows its element (a word too long for the line) while the element's box fits.
  const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.textContent?.trim() || sticksOut(parent) || clips(parent) || contained(parent)) continue;
    range.selectNodeContents(node);
    const right = Math.round(range.getBoundingClientRect().right);
    if (right > viewport + 0.5) causes.push(`${describe(parent)}: its text reaches ${right} px, its box ${Math.round(parent.getBoundingClientRect().right)} px`);
  }
  const scrollBoxes: OverflowReading['scrollBoxes'] = [];
  for (const el of document.body.querySelectorAll('*')) {
    const style = getComputedStyle(el);
    if (!/auto|scroll/.test(style.overflowX) || el.scrollWidth <= el.clientWidth + 1 || !el.checkVisibility()) continue;
    const problems: string[] = [];
    if ((el as HTMLElement).tabIndex < 0 && !el.querySelector('a[href], button, input, select, textarea, [tabindex="0"]')) problems.push('not reachable by keyboard (tabindex="0")');
    else if ((el as HTMLElement).tabIndex < 0) problems.push('not focusable itself (tabindex="0"): a keyboard user can only scroll it by tabbing to a link inside');
    const name = el.getAttribute('aria-label') ?? (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    if (!name.trim()) problems.push('no accessible name (aria-label or aria-labelledby)');
    // A table keeps its own role, which says more than `region`.
    if (el.getAttribute('role') !== 'region' && el.tagName !== 'TABLE') problems.push('not a region (role="region")');
    // The cue (src/styles/scroll-box.css) animates `--scrolls` to 1 on every scroll box that scrolls.
    if (getComputedStyle(el).getPropertyValue('--scrolls').trim() !== '1') problems.push('no visible cue that it scrolls (is it a focusable region, which the scroll-box styles reach?)');
    scrollBoxes.push({ box: describe(el), problems });
  }
  const cutOff: string[] = [];
  for (const el of document.body.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')) {
    const r = el.getBoundingClientRect();
    // A visually hidden element is a pixel or none; a fixed one moves with the viewport (a skip link).
    if (r.width <= 1 || r.height <= 1 || !el.checkVisibility() || r.left >= -0.5 || contained(el)) continue;
    cutOff.push(`${describe(el)} starts at ${Math.round(r.left)} px`);
  }
  return { viewport, page: root.scrollWidth, causes, scrollBoxes, cutOff };
}

/** Opens the `<details>` of the page in `page` and measures what makes it wider than its viewport (see {@link OverflowReading}). */
export function readOverflow(page: Page): Promise<OverflowReading> {
  return page.evaluate(measure);
}
