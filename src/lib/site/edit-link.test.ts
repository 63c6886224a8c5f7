import { describe, expect, it } from 'vitest';
import { editedFile } from './edit-link';

const base = 'https://example.org/repo/edit/main/';

describe('editedFile', () => {
  it('reads the file of the footer’s edit link, after any link the content makes into the repository', () => {
    const html = `<main><a href="${base}content/other.yaml">see</a></main><footer><a href="${base}content/docs/a&amp;b.mdx" class="edit">Edit page</a></footer>`;
    expect(editedFile(html, base)).toBe('content/docs/a&b.mdx');
  });
  it('is undefined on a page without one', () => {
    expect(editedFile('<a href="https://example.org/elsewhere/">x</a>', base)).toBeUndefined();
  });
});
