import { describe, expect, it } from 'vitest';
import { ladderInPage } from './page-model';

describe('ladderInPage', () => {
  it('reads the ladder of the growth data block, with “<” escaped as the component writes it', () => {
    const ladder = { levels: [{ id: 'a', title: 'A \u003c B' }] };
    const json = JSON.stringify({ ladder, kpis: [] }).replace(/</g, '\\u003c');
    expect(ladderInPage(`<main><script type="application/json" data-growth-model>${json}</script></main>`)).toEqual(ladder);
  });
  it('is undefined on a page without the block', () => {
    expect(ladderInPage('<main><script type="application/json" data-other>{}</script></main>')).toBeUndefined();
  });
});
