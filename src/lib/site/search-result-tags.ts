/**
 * Which search fields the search dialog leaves out of a result's tags. Pagefind's UI lists every
 * field of a page (`data-pagefind-meta`) as a tag under its result: those that only rank
 * (`hiddenSearchFields`) are never shown. And where the UI shows the page's own excerpt (when its
 * first section is the page itself: src/lib/site/search-sections.ts, `withOwnEntry`), that excerpt
 * often holds a field already, as the page writes it (a level's “Also called: …” line): its tag
 * would repeat it just below. Used by the dialog's `processResult` (src/components/overrides/Search.astro).
 */
import { hiddenSearchFields } from './search-weights.ts';

/** A result as Pagefind returns it to the UI, as far as its tags need it. */
export interface TaggedResult {
  url: string;
  /** The page's excerpt, HTML with the query's words in `<mark>`. */
  excerpt: string;
  meta: Record<string, unknown>;
  sub_results?: readonly { url: string }[];
}

/** Whether Pagefind's UI shows the page's own excerpt: its first section is at the page's own URL (its test, in result_with_subs.svelte). */
export const showsOwnExcerpt = (result: TaggedResult): boolean => result.sub_results?.[0]?.url === ((result.meta['url'] as string | undefined) || result.url);

/** The text of an excerpt, without its markup. */
const excerptText = (html: string): string => html.replace(/<[^>]*>/g, '');

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether `text` holds the label `field` as a page writes it: “Also called: …” on a level page, or
 * within a sentence, “Its roles are also called …” on a family's page (any case, then a colon or a space).
 */
const holdsLabel = (text: string, field: string): boolean => new RegExp(`(^|[^\\p{L}])${escaped(field)}[:\\s]`, 'iu').test(text);

/** The fields of `result` not to show as tags: those that only rank, and those its shown excerpt holds with their label (“Also called”). */
export function hiddenResultFields(result: TaggedResult): string[] {
  const shown = showsOwnExcerpt(result) ? excerptText(result.excerpt) : '';
  return Object.keys(result.meta).filter((field) => hiddenSearchFields.includes(field) || (shown !== '' && holdsLabel(shown, field)));
}
