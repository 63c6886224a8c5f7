import { describe, expect, it } from 'vitest';
import { mdxToMarkdown, parseLiteral, withTypographicQuotes, type MdxElement } from './mdx';

const seen: MdxElement[] = [];
const render = (e: MdxElement) => {
  seen.push(e);
  if (e.name === 'Box') return `> ${e.children.split('\n').join('\n> ')}`;
  if (e.inline) return `[${e.name}]`;
  return `<<${e.name} ${JSON.stringify(e.props)}>>`;
};

describe('mdxToMarkdown', () => {
  it('drops imports and expressions and keeps the prose as written', async () => {
    const body = `import A from './a';
import { B } from 'b';

Some *prose* with a [link](/x/) and   odd  spacing.

{/* a comment */}

## A heading`;
    expect(await mdxToMarkdown(body, render)).toBe('Some *prose* with a [link](/x/) and   odd  spacing.\n\n## A heading');
  });

  it('gives a page saved with CRLF line ends (a Windows editor) the Markdown of the same page with LF', async () => {
    const body = `import A from './a';\n\nSome prose\non two lines.\n\n<Box>\n  Inside\n</Box>\n\n## A heading\n`;
    const written = await mdxToMarkdown(body.replace(/\n/g, '\r\n'), render);
    expect(written).not.toContain('\r');
    expect(written).toBe(await mdxToMarkdown(body, render));
  });

  it('replaces a component with its Markdown, reading literal attributes', async () => {
    seen.length = 0;
    const out = await mdxToMarkdown(`<Table role="lead" to={['a', 'b']} n={-2} flag opts={{ k: 'v' }} />`, render);
    expect(out).toBe('<<Table {"role":"lead","to":["a","b"],"n":-2,"flag":true,"opts":{"k":"v"}}>>');
  });

  it('tells an inline component from a block one', async () => {
    expect(await mdxToMarkdown('Before <Range /> after.', render)).toBe('Before [Range] after.');
  });

  it('gives a component its children as Markdown at the margin, components inside them replaced', async () => {
    const body = `<Box>
    Indented **text**
    on two lines.

    <Inner />
</Box>`;
    expect(await mdxToMarkdown(body, render)).toBe('> Indented **text**\n> on two lines.\n> \n> <<Inner {}>>');
  });

  it('refuses an attribute that is not a literal', async () => {
    await expect(mdxToMarkdown('<X value={someVariable} />', render)).rejects.toThrow(/only literal values/);
  });
});

describe('typographic quotes', () => {
  it('gives prose the quotes the site shows, and leaves code, attributes and escapes as written', async () => {
    const body = `The team's "north star" and \\'escaped\\' quotes.

| It's | a table |
| --- | --- |
| don't | 'quoted' |

Use \`it's\` in code and <Range label="it's" />.

\`\`\`
it's code
\`\`\``;
    const out = await mdxToMarkdown(body, render);
    expect(out).toContain('The team’s “north star” and');
    expect(out).toContain('| It’s | a table |');
    expect(out).toContain('| don’t | ‘quoted’ |');
    expect(out).toContain("Use `it's` in code");
    expect(out).toContain("it's code");
    expect(out).toContain("\\'escaped\\'");
  });

  it('keeps the text as written where the shown text cannot be matched to it', () => {
    expect(withTypographicQuotes("it's", 'it’s')).toBe('it’s');
    expect(withTypographicQuotes("it's", 'something else')).toBe("it's");
    expect(withTypographicQuotes('a &amp; "b"', 'a & “b”')).toBe('a &amp; “b”');
  });
});

describe('parseLiteral', () => {
  it('reads text, numbers, booleans, null, lists and objects as JavaScript writes them', () => {
    expect(parseLiteral(`{ section: 'A "quoted" \\'one\\'', href: "/x/", n: -1.5, 'k-2': [true, false, null, \`t\`], }`, 'x')).toEqual({
      section: `A "quoted" 'one'`,
      href: '/x/',
      n: -1.5,
      'k-2': [true, false, null, 't'],
    });
  });

  it('refuses what would need the page’s code to run', () => {
    for (const source of ['someVariable', 'f()', '[a]', '`${x}`', "'open"]) expect(() => parseLiteral(source, '<X y>')).toThrow(/only literal values/);
  });
});
