import { describe, expect, it } from 'vitest';
import { inlineCode } from './inline-code';

describe('inlineCode', () => {
  it('marks text between backticks as code and keeps the rest as it is', () => {
    expect(inlineCode('The `payment_method` feature, and `v37`.')).toEqual([
      { code: false, text: 'The ' },
      { code: true, text: 'payment_method' },
      { code: false, text: ' feature, and ' },
      { code: true, text: 'v37' },
      { code: false, text: '.' },
    ]);
  });

  it('leaves text without backticks, or with an unpaired one, as plain text', () => {
    expect(inlineCode('plain')).toEqual([{ code: false, text: 'plain' }]);
    expect(inlineCode('one ` alone')).toEqual([{ code: false, text: 'one ` alone' }]);
    expect(inlineCode('')).toEqual([]);
  });
});
