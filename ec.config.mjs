// @ts-check
import { defineEcConfig } from '@astrojs/starlight/expressive-code';

/**
 * Expressive Code's options that are functions, which only this file can hold: Starlight's
 * `<Code>` component reads its options from here, the ones in astro.config.mjs as JSON.
 */
export default defineEcConfig({
  shiki: {
    transformers: [
      {
        // Shiki stops coloring a line that takes more than 500 ms to tokenize and leaves the rest
        // of it plain. The first line of a language compiles that grammar's expressions, which on a
        // busy machine took longer than that (the JavaScript blocks of /reference/data-export/ came
        // out half-colored in some builds): no limit, so every build writes the same pages.
        name: 'no-tokenize-time-limit',
        preprocess(_code, options) {
          options.tokenizeTimeLimit = 0;
        },
      },
    ],
  },
});
