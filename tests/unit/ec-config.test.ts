import { describe, expect, it } from 'vitest';
import ecConfig from '../../ec.config.mjs';

describe('ec.config.mjs', () => {
  // Shiki leaves the rest of a line uncolored after 500 ms of tokenizing; the first line of a
  // language compiles its grammar, which a busy machine took longer than that for: two builds of the
  // same sources then differed (/reference/data-export/'s JavaScript blocks).
  it('lifts Shiki’s time limit on tokenizing a line, so every build colors every line', () => {
    const options: { lang: string; theme: string; tokenizeTimeLimit?: number } = { lang: 'js', theme: 'starlight-dark' };
    const { shiki } = ecConfig;
    const transformers = typeof shiki === 'object' ? (shiki.transformers ?? []) : [];
    for (const transformer of transformers as { preprocess?: (code: string, options: object) => unknown }[]) transformer.preprocess?.('const a = 1;', options);
    expect(options.tokenizeTimeLimit).toBe(0);
  });
});
