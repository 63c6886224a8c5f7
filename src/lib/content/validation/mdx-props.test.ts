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

  it('tells the elements apart: the attributes of one element share its offset', () => {
    const page = ["import Kit from '~/components/hiring/InterviewKit.astro';", '', '<Kit role="lead" exercise="design" />', '<Kit role="staff" exercise="review" />'].join('\n');
    const props = componentProps(page);
    const exerciseOf = (role: string) => props.find((p) => p.attribute === 'exercise' && p.element === props.find((r) => r.value === role)!.element)?.value;
    expect([exerciseOf('lead'), exerciseOf('staff')]).toEqual(['design', 'review']);
    expect(props[0]!.element).toBe(page.indexOf('<Kit role="lead"'));
  });
});
