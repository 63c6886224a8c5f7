import { describe, expect, it } from 'vitest';
import { dataFilesIn, editedFile } from './edit-link';

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

describe('dataFilesIn', () => {
  it('lists the data files a page’s generated blocks name, in order, each once', () => {
    const html = `<p>Intro</p><template data-edited-in="content/roles/r/hiring.yaml"></template><ul>…</ul>
      <template data-edited-in="content/roles/r/scorecard.yaml"></template><template data-edited-in="content/roles/r/hiring.yaml"></template>
      <div class="x" data-edited-in="content/family/a&amp;b.yaml"></div>`;
    expect(dataFilesIn(html)).toEqual(['content/roles/r/hiring.yaml', 'content/roles/r/scorecard.yaml', 'content/family/a&b.yaml']);
  });
  it('finds none on a page written by hand, even one that mentions the attribute in its text', () => {
    expect(dataFilesIn('<p>Blocks carry <code>data-edited-in="…"</code>.</p>')).toEqual([]);
    expect(dataFilesIn('<p>A block carries data-edited-in="content/family/tracks.yaml" in its tag; 2 > 1 data-edited-in="content/x.yaml"</p>')).toEqual([]);
  });
  it('reads the attribute after any other in its tag, on any element', () => {
    const html = `<p>Text</p>\n<section class="a b" id="s"\n  data-edited-in="content/roles/r/kpis.yaml"><p>x</p></section><table data-x="1" data-edited-in="content/family/glossary.yaml">`;
    expect(dataFilesIn(html)).toEqual(['content/roles/r/kpis.yaml', 'content/family/glossary.yaml']);
  });
});
