import { describe, expect, it } from 'vitest';
import { importanceLabel } from './importance';

describe('importanceLabel', () => {
  it('is the level alone when there is no qualifier', () => {
    expect(importanceLabel({ importance: 'Critical' })).toBe('Critical');
    expect(importanceLabel({ importance: 'Optional', qualifier: '  ' })).toBe('Optional');
  });

  it('puts a space between the level and a qualifier made of words or an arrow', () => {
    expect(importanceLabel({ importance: 'Important', qualifier: '→ often Critical' })).toBe('Important → often Critical');
    expect(importanceLabel({ importance: 'Critical', qualifier: 'at Lead level' })).toBe('Critical at Lead level');
  });

  it('joins a qualifier that starts with punctuation without a space', () => {
    expect(importanceLabel({ importance: 'Optional', qualifier: '/Context-specific' })).toBe('Optional/Context-specific');
    expect(importanceLabel({ importance: 'Important', qualifier: '; context-dependent' })).toBe('Important; context-dependent');
    expect(importanceLabel({ importance: 'Important', qualifier: ', mostly' })).toBe('Important, mostly');
  });
});
