import { describe, expect, it } from 'vitest';
import { warningLines } from './checked-build';

describe('warningLines', () => {
  it('finds Astro’s warnings and errors, with or without colours and timestamps', () => {
    const log = [
      '14:36:29 [build] output: "static"',
      '14:36:27 \x1b[33m[WARN]\x1b[39m [csp] `security.csp.styleDirective` defines `style-src` resources',
      '[WARN] [content] The collection "i18n" does not exist or is empty.',
      '14:36:30 [ERROR] [content] Invalid content reference',
      '14:36:32   ├─ /reference/warnings/index.html (+3ms)',
    ].join('\n');
    expect(warningLines(log)).toEqual([
      '14:36:27 [WARN] [csp] `security.csp.styleDirective` defines `style-src` resources',
      '[WARN] [content] The collection "i18n" does not exist or is empty.',
      '14:36:30 [ERROR] [content] Invalid content reference',
    ]);
  });

  it('finds Node’s and npm’s warnings', () => {
    expect(warningLines('(node:4242) DeprecationWarning: `url.parse()` behavior is not standardized\r\nnpm warn config production Use `--omit=dev` instead.')).toHaveLength(2);
  });

  it('finds nothing in a quiet build log', () => {
    expect(warningLines('14:36:33 [build] 68 page(s) built in 5.44s\n14:36:33 [build] Complete!\n')).toEqual([]);
  });
});
