import { describe, expect, it } from 'vitest';
import { pageTopAnchor, sectionScore, strongestSections, withOwnEntry, type RankedSection } from './search-sections';

/** A section `#anchor` of `/p/` whose matches have these weights. */
const section = (anchor: string, weights: number[]): RankedSection => ({
  url: `/p/#${anchor}`,
  locations: weights.map((_, i) => i),
  weighted_locations: weights.map((weight, location) => ({ weight, balanced_score: weight * weight, location })),
});
const urls = (sections: RankedSection[]) => sections.map((s) => s.url.replace('/p/', ''));

describe('the sections the search dialog shows under a result', () => {
  it('are those whose matches weigh most, not those with most matches, in page order', () => {
    const sections = [section('loop', [1, 1, 1, 1, 1, 1, 1]), section('signals', [6, 1]), section('strong', [5, 5, 5]), section('weak', [5, 5]), section('scorecard', [1])];
    expect(urls(strongestSections('/p/', sections))).toEqual(['#signals', '#strong', '#weak']);
  });

  it('keep the page’s own entry first, and all sections when there are few', () => {
    const own = { url: '/p/', locations: [0] };
    const sections = [own, section('a', [1]), section('b', [1]), section('c', [1]), section('d', [7])];
    expect(urls(strongestSections('/p/', sections))).toEqual(['', '#a', '#b', '#d']);
    expect(urls(strongestSections('/p/', sections.slice(0, 3)))).toEqual(['', '#a', '#b']);
  });

  it('show a first section at the page’s top anchor as the page’s own entry, not as one of the three', () => {
    const top = { url: `/p/#${pageTopAnchor}`, locations: [0] };
    const sections = [top, section('a', [1]), section('b', [1]), section('c', [1])];
    expect(urls(strongestSections('/p/', sections))).toEqual(['', '#a', '#b', '#c']);
  });

  it('leave a top anchor that is not the first section where it is', () => {
    const sections = [section('a', [1]), { url: `/p/#${pageTopAnchor}`, locations: [0] }];
    expect(urls(withOwnEntry('/p/', sections))).toEqual(['#a', `#${pageTopAnchor}`]);
  });

  it('break ties by the number of matches, then by page order', () => {
    const sections = [section('a', [5]), section('b', [5]), section('c', [5, 1]), section('d', [5])];
    expect(urls(strongestSections('/p/', sections))).toEqual(['#a', '#b', '#c']);
  });

  it('count matches when Pagefind gives no weights', () => {
    expect(sectionScore({ url: '/p/#a', locations: [1, 2] })).toBe(2);
  });
});
