import { describe, expect, it } from 'vitest';
import { hiddenResultFields, showsOwnExcerpt, type TaggedResult } from './search-result-tags';
import { hiddenSearchFields } from './search-weights';

const page = '/levels/lead/';
const result = (over: Partial<TaggedResult>): TaggedResult => ({ url: page, excerpt: '', meta: { title: 'Lead', Named: 'Head; Chief' }, sub_results: [{ url: page }, { url: `${page}#scope` }], ...over });

describe('the tags under a search result', () => {
  it('shows the own excerpt only when the first section is the page itself', () => {
    expect(showsOwnExcerpt(result({}))).toBe(true);
    expect(showsOwnExcerpt(result({ sub_results: [{ url: `${page}#scope` }] }))).toBe(false);
    expect(showsOwnExcerpt(result({ sub_results: [] }))).toBe(false);
  });

  it('leaves out a field the shown excerpt holds with its label, marks and all', () => {
    expect(hiddenResultFields(result({ excerpt: 'level. Named: <mark>Head;</mark> Chief' }))).toEqual(['Named']);
  });

  it('leaves out a field the excerpt holds as words of a sentence, in any case', () => {
    expect(hiddenResultFields(result({ excerpt: 'Its roles are also <mark>named</mark> Head or Chief.' }))).toEqual(['Named']);
    expect(hiddenResultFields(result({ excerpt: 'Unnamed: Head' }))).toEqual([]);
  });

  it('keeps a field the excerpt does not hold, or holds in an excerpt the dialog does not show', () => {
    expect(hiddenResultFields(result({ excerpt: 'A level that leads.' }))).toEqual([]);
    expect(hiddenResultFields(result({ excerpt: 'Named: Head', sub_results: [{ url: `${page}#scope` }] }))).toEqual([]);
    expect(hiddenResultFields(result({ excerpt: 'Head and Chief' }))).toEqual([]);
  });

  it('always leaves out the fields that only rank', () => {
    const field = hiddenSearchFields[0]!;
    expect(hiddenResultFields(result({ meta: { title: 'Lead', [field]: 'x' }, sub_results: [] }))).toEqual([field]);
  });
});
