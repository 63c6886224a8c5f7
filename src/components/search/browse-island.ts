/**
 * The Browse page's island: enhances the filter form that BrowsePages.astro rendered, lists the
 * pages that match the chosen filters with Pagefind's filter-only search (no query), keeps the
 * choice in the page's URL, and shows beside each value how many pages have it.
 *
 * The choice lives in the form's checkboxes; every change reads them, searches, and redraws the
 * list, the counts and the status from the result. Page titles from the index are only ever set
 * with `textContent`.
 */
import { browseStatus, choiceFromQuery, pagefindFilters, queryFromChoice, sortBrowsedPages, type BrowseChoice, type FilterGroup } from '~/lib/site/browse';
import { filterNames } from '~/lib/site/search-filters';

/** Pagefind's search API, as far as the island uses it (`/pagefind/pagefind.js`, `createInstance`). */
interface PagefindInstance {
  search(term: null, options: { filters: Record<string, unknown> }): Promise<{
    results: { data(): Promise<{ url: string; meta: Record<string, string | undefined>; filters: Record<string, string[]> }> }[];
  }>;
  /** Every filter value and how many pages have it. */
  filters(): Promise<Record<string, Record<string, number>>>;
}
interface PagefindModule {
  createInstance(options: { basePath: string; baseUrl: string }): PagefindInstance;
}

class BrowsePages extends HTMLElement {
  #groups: FilterGroup[] = [];
  #typeOrder: string[] = [];
  #pagefind: PagefindInstance | undefined;
  /** The number of the latest search: results of an older one that come back later are dropped. */
  #searches = 0;

  async connectedCallback() {
    this.#groups = JSON.parse(this.dataset['groups'] ?? '[]') as FilterGroup[];
    this.#typeOrder = JSON.parse(this.dataset['typeOrder'] ?? '[]') as string[];
    const base = import.meta.env.BASE_URL;
    const bundle = `${base.replace(/\/$/, '')}/pagefind/`;
    try {
      const module = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindModule;
      // An instance of its own, so the search dialog's options and state stay the dialog's.
      this.#pagefind = module.createInstance({ basePath: bundle, baseUrl: base });
    } catch {
      this.#status('The search index could not be loaded, so pages cannot be listed here. Every page is in the sidebar.');
      return;
    }
    this.#check(choiceFromQuery(location.search, this.#groups));
    const form = this.querySelector<HTMLFormElement>('[data-browse-form]')!;
    form.addEventListener('change', () => void this.#update());
    // A reset clears the boxes after its event: list again once it has.
    form.addEventListener('reset', () => setTimeout(() => void this.#update()));
    for (const control of this.querySelectorAll<HTMLFieldSetElement | HTMLButtonElement>('fieldset, [data-browse-reset]')) control.disabled = false;
    this.#counts(await this.#pagefind.filters());
    await this.#update();
    this.toggleAttribute('data-ready', true);
  }

  /** The values checked in the form, by filter. */
  #choice(): BrowseChoice {
    const choice: BrowseChoice = {};
    for (const group of this.#groups) {
      const values = [...this.querySelectorAll<HTMLInputElement>(`input[name="${group.key}"]:checked`)].map((i) => i.value);
      if (values.length) choice[group.key] = values;
    }
    return choice;
  }

  #check(choice: BrowseChoice) {
    for (const input of this.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      input.checked = (choice[input.name as keyof BrowseChoice] ?? []).includes(input.value);
    }
  }

  async #update() {
    if (!this.#pagefind) return;
    const search = ++this.#searches;
    const choice = this.#choice();
    const query = queryFromChoice(choice);
    history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
    const found = await this.#pagefind.search(null, { filters: pagefindFilters(choice, this.#groups) });
    const pages = await Promise.all(found.results.map((r) => r.data()));
    if (search !== this.#searches) return;
    const listed = sortBrowsedPages(
      pages.map((p) => ({ title: p.meta['title'] ?? p.url, url: p.url, type: p.filters[filterNames.type]?.[0] })),
      this.#typeOrder,
    );
    this.#list(listed);
    this.#status(browseStatus(listed.length, query !== ''));
  }

  /**
   * How many pages have each value. A value no page has cannot be chosen; it stays in its place
   * (greyed, with its zero), as hiding it would move every option after it.
   */
  #counts(counts: Record<string, Record<string, number>>) {
    for (const group of this.#groups) {
      for (const value of group.values) {
        const el = this.querySelector(`[data-browse-count="${CSS.escape(`${group.key}:${value}`)}"]`);
        if (!el) continue;
        const count = counts[group.name]?.[value] ?? 0;
        el.textContent = `(${count})`;
        const input = el.closest('label')?.querySelector('input');
        if (input && count === 0 && !input.checked) input.disabled = true;
      }
    }
  }

  #list(pages: ReturnType<typeof sortBrowsedPages>) {
    const list = this.querySelector('[data-browse-results]')!;
    list.replaceChildren(
      ...pages.map((page) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = page.url;
        link.textContent = page.title;
        item.append(link);
        if (page.type) {
          const type = document.createElement('span');
          type.className = 'browse-type';
          type.textContent = ` · ${page.type}`;
          item.append(type);
        }
        return item;
      }),
    );
  }

  #status(text: string) {
    const status = this.querySelector('[data-browse-status]');
    if (status) status.textContent = text;
  }
}

customElements.define('browse-pages', BrowsePages);
