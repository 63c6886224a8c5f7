import { describe, expect, it } from 'vitest';
import { comparePickerCss } from './compare-picker';

describe('comparePickerCss', () => {
  it('has, for every level, a rule for it as the first choice and one for it as the second', () => {
    const css = comparePickerCss(['junior', 'senior', 'manager']);
    for (const id of ['junior', 'senior', 'manager']) {
      expect(css).toContain(`.compare-picker:has([data-pick="from"] option[value="${id}"]:checked) [data-from="${id}"] { display: block; }`);
      expect(css).toContain(`.compare-picker:has([data-pick="to"] option[value="${id}"]:checked) [data-from] > [data-to="${id}"] { display: inline-block; }`);
    }
    expect(css.match(/\{ display/g)).toHaveLength(6);
  });

  it('escapes what would end a CSS string', () => {
    expect(comparePickerCss(['a"b\\c'])).toContain('option[value="a\\22 b\\5c c"]');
  });

  it('has no rule for an empty ladder', () => {
    expect(comparePickerCss([])).not.toContain('{');
  });
});
