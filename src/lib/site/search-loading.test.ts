import { describe, expect, it } from 'vitest';
import { nextSearchUiLoad, searchHandOver, searchUiStatus, startsDrawing, type SearchUiEvent, type SearchUiLoad } from './search-loading';

const run = (events: SearchUiEvent[], from: SearchUiLoad = 'idle') => events.reduce(nextSearchUiLoad, from);
const texts = { loading: 'Loading…', failed: 'Could not load.' };

describe('drawing Pagefind’s UI in the search dialog', () => {
  it('starts drawing at the first intent only, and never again once drawn', () => {
    expect(startsDrawing('idle', nextSearchUiLoad('idle', 'intent'))).toBe(true);
    expect(startsDrawing('loading', nextSearchUiLoad('loading', 'intent'))).toBe(false);
    expect(run(['intent', 'intent', 'drawn', 'intent'])).toBe('drawn');
    expect(startsDrawing('drawn', nextSearchUiLoad('drawn', 'intent'))).toBe(false);
  });

  it('tries again at the next intent after a drawing failed', () => {
    expect(run(['intent', 'failed'])).toBe('failed');
    expect(startsDrawing('failed', nextSearchUiLoad('failed', 'intent'))).toBe(true);
    expect(run(['intent', 'failed', 'intent', 'drawn'])).toBe('drawn');
  });

  it('ignores an outcome of no drawing under way', () => {
    expect(run(['drawn'])).toBe('idle');
    expect(run(['failed'], 'drawn')).toBe('drawn');
  });

  it('says the search is loading until it fails, then that it failed, and loading again when tried again', () => {
    expect(searchUiStatus('idle', texts)).toBe(texts.loading);
    expect(searchUiStatus('loading', texts)).toBe(texts.loading);
    expect(searchUiStatus('failed', texts)).toBe(texts.failed);
    expect(searchUiStatus(run(['intent', 'failed', 'intent']), texts)).toBe(texts.loading);
  });

  it('hands over the text typed, if any, and the focus only if the placeholder held it', () => {
    expect(searchHandOver({ value: 'drift', focused: true })).toEqual({ value: 'drift', focus: true });
    expect(searchHandOver({ value: '', focused: false })).toEqual({ value: null, focus: false });
  });
});
