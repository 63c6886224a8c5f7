/**
 * Where the search dialog stands in drawing Pagefind's UI, which it draws when a reader is about to
 * search rather than at page load (src/components/overrides/Search.astro, issue 20). Until the UI
 * is drawn the dialog shows a placeholder: a search box and a status line. The component only
 * renders and wires what these functions decide.
 *
 *   idle ──intent──▶ loading ──drawn──▶ drawn
 *                       └────failed──▶ failed ──intent──▶ loading …
 *
 * An intent is a pointer over or down on the search button, a touch, focus on it, a click, Ctrl K.
 */
export type SearchUiLoad = 'idle' | 'loading' | 'drawn' | 'failed';

/** What happens to the drawing: a reader's intent to search, the UI drawn, or its drawing failed (offline, a chunk gone after a deploy). */
export type SearchUiEvent = 'intent' | 'drawn' | 'failed';

/** The state after `event`: an intent starts a drawing only when none is under way or done, so a failed one is tried again at the next. */
export function nextSearchUiLoad(load: SearchUiLoad, event: SearchUiEvent): SearchUiLoad {
  if (event === 'intent') return load === 'idle' || load === 'failed' ? 'loading' : load;
  return load === 'loading' ? event : load;
}

/** Whether going from `before` to `after` starts drawing Pagefind's UI. */
export const startsDrawing = (before: SearchUiLoad, after: SearchUiLoad): boolean => before !== 'loading' && after === 'loading';

/** The placeholder's status line in `load`, from the texts the page carries (the loading one is its server-rendered text). */
export function searchUiStatus(load: SearchUiLoad, texts: { loading: string; failed: string }): string {
  return load === 'failed' ? texts.failed : load === 'drawn' ? '' : texts.loading;
}

/**
 * What the placeholder's search box hands over to Pagefind's once it is drawn: the text typed in it
 * (as Pagefind's box's value, searched as if typed), and the focus if it held it (a focus moved from
 * a focused input keeps a phone's keyboard open).
 */
export function searchHandOver(placeholder: { value: string; focused: boolean }): { value: string | null; focus: boolean } {
  return { value: placeholder.value ? placeholder.value : null, focus: placeholder.focused };
}
