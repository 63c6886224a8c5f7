import { describe, expect, it } from 'vitest';
import { describeMdxError, mdxSyntaxError } from './mdx-syntax-errors';

/** A small page: frontmatter, an import, then `body` from line 7. */
const page = (...body: string[]) => ['---', 'title: A page', '---', '', "import { Note } from './note.ts';", '', ...body, ''].join('\n');

describe('MDX syntax errors as an editor needs them', () => {
  it('finds nothing wrong in a page whose tags are closed', () => {
    expect(mdxSyntaxError(page('<Note kind="tip">', 'Some text.', '</Note>', '', 'A sign: 3 &lt; 4, and a brace: \\{.'))).toBeUndefined();
  });

  it('names a component that is never closed, at its opening tag, with the closing tag to write', () => {
    expect(mdxSyntaxError(page('## First', '', '<Note kind="tip">', 'Some text.', '', '## Second', '', 'More text.'))).toEqual({
      message: '`<Note>` is never closed',
      position: { line: 9, column: 1 },
      expected: '`</Note>` after its content (or `<Note … />` when it holds nothing)',
      found: 'no `</Note>` down to the end of the page',
    });
  });

  it('names a tag opened in a paragraph that the paragraph ends', () => {
    const error = mdxSyntaxError(page('Some <em>text.', '', 'Next.'));
    expect(error).toMatchObject({ position: { line: 7, column: 6 }, found: 'the end of the paragraph before `</em>`' });
    expect(error!.expected).toContain('in the same paragraph');
  });

  it('names a closing tag that comes while a tag inside it is open, and one with no tag to close', () => {
    expect(mdxSyntaxError(page('<Note>', '<Card>', 'text', '</Note>'))).toMatchObject({
      message: '`</Note>` closes a tag while `<Card>` (line 8) inside it is still open',
      position: { line: 10, column: 1 },
      expected: '`</Card>` first (or `<Card … />` when it holds nothing)',
      found: '`</Note>`',
    });
    expect(mdxSyntaxError(page('text', '', '</Note>'))).toMatchObject({ position: { line: 9, column: 1 }, found: '`</Note>`', expected: '`<Note>` before it, or no `</Note>`' });
  });

  it('names a `<` or a `{` meant as text, with the text that follows it', () => {
    expect(mdxSyntaxError(page('Fewer than <3 of them.'))).toMatchObject({ position: { line: 7, column: 12 }, found: '`<3 of them.`' });
    expect(mdxSyntaxError(page('See <https://example.com>.'))!.expected).toContain('`[text](url)` for a link');
    expect(mdxSyntaxError(page('A {placeholder'))).toMatchObject({ message: expect.stringContaining('never closed'), position: { line: 7, column: 3 }, expected: 'a closing `}` after the expression, or `\\{` for a brace as text' });
  });

  it('keeps the words of a message it does not know, split into what was expected and found', () => {
    expect(describeMdxError('3:5: Unexpected thing, expected another thing (note: try this) (mdx-jsx:unexpected-character)', 'a\nb\nc\n')).toEqual({
      message: 'the page is not valid MDX here (try this)',
      position: { line: 3, column: 5 },
      expected: 'another thing',
      found: 'thing',
    });
    expect(describeMdxError('something odd', '')).toEqual({ message: 'something odd', position: { line: 1, column: 1 } });
  });
});
