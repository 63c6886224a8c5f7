import { describe, expect, it } from 'vitest';
import { decodeEntities } from './html-entities';

describe('decodeEntities', () => {
  it('reads numeric and named references, and keeps names it does not know', () => {
    expect(decodeEntities('a &amp; b &#38; c &#x26; &rsquo; &unknown;')).toBe('a & b & c & ’ &unknown;');
  });
  it('keeps a reference past the last code point, and names in another case, as written', () => {
    expect(decodeEntities('&#x110000; &rArr; &AMP;')).toBe('&#x110000; &rArr; &AMP;');
  });
  it('leaves text without references as it is', () => {
    expect(decodeEntities('/ladder/?a=1&b')).toBe('/ladder/?a=1&b');
  });
});
