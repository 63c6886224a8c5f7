import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { docsFrontmatterSchema, withoutHeroImageFiles } from './frontmatter';

type ImageHelper = Parameters<ReturnType<typeof docsFrontmatterSchema>>[0]['image'];
/** An image helper as Astro's content layer makes one for a page: it resolves the path from the page's file. */
const imageOf = (page: string) => (() => z.string().transform((file) => `${page}:${file}`)) as unknown as ImageHelper;
const page = { title: 'Home', description: 'The home page.', hero: { title: 'Home', image: { file: './ladder.svg', alt: 'A ladder' } } };

describe('the docs collection’s frontmatter schema', () => {
  it('is built once for every page when no page has a hero image file, and parses each page as one built for it', () => {
    const schemaFor = docsFrontmatterSchema(() => true);
    const first = schemaFor({ image: imageOf('a.mdx') });
    expect(schemaFor({ image: imageOf('b.mdx') })).toBe(first);
    const plain = { title: 'Guide', description: 'A guide.', hero: { title: 'Guide', image: { html: '<svg></svg>' } } };
    expect(first.parse(plain)).toEqual(docsFrontmatterSchema()({ image: imageOf('b.mdx') }).parse(plain));
  });

  it('refuses a hero image file it was told no page has, rather than resolve it from another page', () => {
    const schema = docsFrontmatterSchema(() => true)({ image: imageOf('a.mdx') });
    expect(schema.safeParse(page).success).toBe(false);
  });

  it('is built for each page otherwise, with that page’s image helper', () => {
    const schemaFor = docsFrontmatterSchema(() => false);
    expect(schemaFor({ image: imageOf('a.mdx') }).parse(page).hero?.image).toMatchObject({ file: 'a.mdx:./ladder.svg' });
    expect(schemaFor({ image: imageOf('b.mdx') }).parse(page).hero?.image).toMatchObject({ file: 'b.mdx:./ladder.svg' });
  });
});

describe('pages without hero image files', () => {
  it('are pages whose heroes have no `file`, `dark` or `light` image; none are known without a reading', () => {
    expect(withoutHeroImageFiles([{ frontmatter: { title: 'A' } }, { frontmatter: { hero: { image: { html: '<svg></svg>' } } } }])).toBe(true);
    for (const image of [{ file: 'x.png' }, { dark: 'd.png', light: 'l.png' }]) expect(withoutHeroImageFiles([{ frontmatter: { title: 'A' } }, { frontmatter: { hero: { image } } }])).toBe(false);
    expect(withoutHeroImageFiles(undefined)).toBe(false);
  });
});
