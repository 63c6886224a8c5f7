/**
 * Starlight draws a page's table of contents twice: in the sidebar, shown from 72rem, and in the bar
 * above the content, shown below that. At idle after load each copy matches the whole page against
 * `:has()` selectors and observes what it finds, to mark the section in view: on a long page (a
 * level, a tool) about 100 ms of a phone's CPU per copy, a long task that blocks input, and the copy
 * that is not shown does it for nothing. Here a copy that is not shown starts only once it is (the
 * window is resized across the breakpoint), and the copy shown, on a page still at its top, marks
 * the title (what its start would mark there) and starts with the reader's first scroll (issue 20).
 *
 * It wraps the `init` method that each copy's constructor leaves for idle time, in the microtask
 * right after Starlight's script defines the elements: PageSidebar.astro puts this script ahead of
 * Starlight's, so it is already waiting then, however late it arrived. Should a Starlight
 * release rename it, or a browser lack `checkVisibility`, this does nothing and both copies start
 * as before (tests/browser/table-of-contents.test.ts would fail on the first).
 */
type TableOfContents = HTMLElement & { init?: unknown; current?: HTMLAnchorElement };

function startWhenShown(toc: TableOfContents): void {
  const init = toc.init;
  if (typeof init !== 'function' || typeof toc.checkVisibility !== 'function') return;
  const start = () => void init.call(toc);
  const startWhenScrolled = () => {
    // Scrolled already (a link to a section, the browser's restored position): the section in view is not the title.
    const title = toc.querySelector<HTMLAnchorElement>('a[href="#_top"]');
    if (window.scrollY > 0 || location.hash || !title) return start();
    toc.current = title;
    window.addEventListener('scroll', start, { once: true, passive: true });
  };
  toc.init = () => {
    if (toc.checkVisibility()) return startWhenScrolled();
    // The element is inline, which a ResizeObserver sees as 0 × 0 for good; its <nav> has a box to
    // watch once its sidebar or bar is displayed. Without one, there is nothing to wait for.
    const box = toc.querySelector('nav');
    if (!box) return start();
    const shown = new ResizeObserver(() => {
      if (!toc.checkVisibility()) return;
      shown.disconnect();
      start();
    });
    shown.observe(box);
  };
}

for (const tag of ['starlight-toc', 'mobile-starlight-toc']) {
  void customElements.whenDefined(tag).then(() => document.querySelectorAll<TableOfContents>(tag).forEach(startWhenShown));
}
