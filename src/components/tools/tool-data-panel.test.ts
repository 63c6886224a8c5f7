import { describe, expect, it } from 'vitest';
import { saveStatusText } from './tool-data-panel';

describe('the save status', () => {
  it('says why a change failed, whatever the storage', () => {
    expect(saveStatusText(false, 'Storage full F.', false)).toBe('Storage full F.');
    expect(saveStatusText(false, 'Storage full F.', true)).toBe('Storage full F.');
  });

  it('never says “saved in this browser” when the browser refused its storage and the page holds the data', () => {
    expect(saveStatusText(true, '', false)).toMatch(/saved in this browser/);
    const inPage = saveStatusText(true, '', true);
    expect(inPage).not.toMatch(/saved/i);
    expect(inPage).toMatch(/page only/);
    expect(inPage).toMatch(/export/);
  });
});
