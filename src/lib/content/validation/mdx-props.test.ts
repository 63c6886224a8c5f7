import { describe, expect, it } from 'vitest';
import { componentProps } from './mdx-props';

describe('componentProps', () => {
  it('finds the text values of the attributes of imported components, each at its line and column, outside fences', () => {
    const page = [
      '---',
      'title: <Fake from="x" />',
      '---',
      "import Table from '~/components/ladder/PromotionTable.astro';",
      '',
      '<Table from="lead" to={[\'staff\', "principal"]} />',
      '```mdx',
      '<Table from="in-a-fence" to={[]} />',
      '```',
      '<Other from="not-imported" /> and <Table from=\'quoted\' to={"one"}/>',
    ].join('\n');
    expect(componentProps(page).map(({ attribute, value, line, column }) => [attribute, value, line, column])).toEqual([
      ['from', 'lead', 6, 14],
      ['to', 'staff', 6, 26],
      ['to', 'principal', 6, 35],
      ['from', 'quoted', 10, 48],
      ['to', 'one', 10, 61],
    ]);
  });
});
