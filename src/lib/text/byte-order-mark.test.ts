import { describe, expect, it } from 'vitest';
import { byteOrderMark, withoutByteOrderMark } from './byte-order-mark';

describe('withoutByteOrderMark', () => {
  it('drops one leading byte order mark, as decoding a file does', async () => {
    const text = '{"a": 1}';
    expect(withoutByteOrderMark(byteOrderMark + text)).toBe(text);
    expect(withoutByteOrderMark(byteOrderMark + text)).toBe(await new Blob([byteOrderMark + text]).text());
  });

  it('leaves text without one, and a mark anywhere but first, as it is', () => {
    expect(withoutByteOrderMark('{"a": 1}')).toBe('{"a": 1}');
    expect(withoutByteOrderMark(`a${byteOrderMark}`)).toBe(`a${byteOrderMark}`);
    expect(withoutByteOrderMark('')).toBe('');
  });
});
