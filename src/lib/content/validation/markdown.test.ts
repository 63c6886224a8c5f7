import { describe, expect, it } from 'vitest';
import { findHeadings } from './markdown';

describe('findHeadings', () => {
  it('lists the headings in order with their depth and line, leaving out those in code fences', () => {
    const body = ['## One', 'Text.', '```md', '## Not a heading', '```', '### Two ##', ''].join('\n');
    expect(findHeadings(body, 10)).toEqual([
      { depth: 2, text: 'One', line: 10 },
      { depth: 3, text: 'Two', line: 15 },
    ]);
  });
});
