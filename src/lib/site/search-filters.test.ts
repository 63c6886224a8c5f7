import { describe, expect, it } from 'vitest';
import { filterAttribute, searchFilters } from './search-filters';

describe('searchFilters', () => {
  it('tags a page with its content type only when it is about no level', () => {
    expect(searchFilters({ pageType: 'competency' })).toEqual([{ name: 'Content type', value: 'Competency' }]);
  });

  it('adds each level and its track once, for a page about two levels of one track', () => {
    const filters = searchFilters({
      pageType: 'comparison',
      levels: [
        { title: 'Lead MLE', track: 'Individual contributor' },
        { title: 'Staff MLE', track: 'Individual contributor' },
      ],
    });
    expect(filters.map(filterAttribute)).toEqual([
      'Content type:Level comparison',
      'Level:Lead MLE',
      'Level:Staff MLE',
      'Track:Individual contributor',
    ]);
  });

  it('leaves out the content type when the page does not give one', () => {
    expect(searchFilters({ levels: [{ title: 'A', track: 'B' }] }).map((f) => f.name)).toEqual(['Level', 'Track']);
  });

  it('refuses a value with a comma, which Pagefind would split in two', () => {
    expect(() => searchFilters({ levels: [{ title: 'Head, Director', track: 'Management' }] })).toThrow(/comma/);
  });
});
