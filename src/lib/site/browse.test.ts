import { describe, expect, it } from 'vitest';
import { browseGroups, browseLink, browseStatus, choiceFromQuery, pagefindFilters, queryFromChoice, sortBrowsedPages } from './browse';
import { browseHref } from './urls';
import { contentTypeLabels, filterNames, interviewMaterialType, pageTypeLabels } from './search-filters';

const groups = browseGroups({ types: contentTypeLabels(['level', 'guide']), levels: ['Junior', 'Senior Engineer'], tracks: ['IC'] });

describe('browsing by filters', () => {
  it('offers the index’s filters with their values, under the names the search dialog uses', () => {
    expect(groups.map((g) => [g.key, g.name])).toEqual([
      ['type', filterNames.type],
      ['level', filterNames.level],
      ['track', filterNames.track],
    ]);
    expect(groups[0]?.values).toEqual([pageTypeLabels.level, pageTypeLabels.guide, interviewMaterialType]);
  });

  it('keeps the choice in the URL and reads it back, dropping values no filter has', () => {
    const query = queryFromChoice({ track: ['IC'], level: ['Senior Engineer', 'Junior'] });
    expect(query).toBe('?level=Senior+Engineer&level=Junior&track=IC');
    expect(choiceFromQuery(query, groups)).toEqual({ level: ['Senior Engineer', 'Junior'], track: ['IC'] });
    expect(choiceFromQuery('?level=Principal&type=Level&type=Level&colour=red', groups)).toEqual({ type: ['Level'] });
    expect(queryFromChoice({})).toBe('');
    expect(browseLink({ level: ['Junior'] })).toBe(`${browseHref}?level=Junior`);
  });

  it('asks Pagefind for any chosen value within a filter, every filter that has one', () => {
    expect(pagefindFilters({ level: ['Junior', 'Senior Engineer'], type: [] }, groups)).toEqual({ [filterNames.level]: { any: ['Junior', 'Senior Engineer'] } });
    expect(pagefindFilters({}, groups)).toEqual({});
  });

  it('lists pages by content type, then by title, pages without a type last', () => {
    const sorted = sortBrowsedPages(
      [
        { title: 'b', url: '/b/', type: 'Guide' },
        { title: 'x', url: '/x/', type: undefined },
        { title: 'a', url: '/a/', type: 'Guide' },
        { title: 'z', url: '/z/', type: 'Level' },
      ],
      ['Level', 'Guide'],
    );
    expect(sorted.map((p) => p.url)).toEqual(['/z/', '/a/', '/b/', '/x/']);
  });

  it('says how many pages the list holds', () => {
    expect(browseStatus(12, true)).toBe('12 pages match these filters.');
    expect(browseStatus(1, false)).toBe('1 page in the handbook.');
    expect(browseStatus(0, true)).toBe('No page matches these filters.');
  });
});
