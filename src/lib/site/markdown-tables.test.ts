import { describe, expect, it } from 'vitest';
import { markdownTableLabel, type HastNode } from './markdown-tables';

const el = (tagName: string, ...children: (HastNode | string)[]): HastNode => ({
  type: 'element',
  tagName,
  children: children.map((c) => (typeof c === 'string' ? { type: 'text', value: c } : c)),
});
const table = (head: (HastNode | string)[][], ...rows: string[][]) =>
  el('table', el('thead', el('tr', ...head.map((h) => el('th', ...h)))), el('tbody', ...rows.map((r) => el('tr', ...r.map((c) => el('td', c))))));

describe('markdownTableLabel', () => {
  it('names a table after its column headings, as an American English list', () => {
    expect(markdownTableLabel(table([['What'], ['Where']], ['a', 'b']))).toBe('Table of What and Where');
    expect(markdownTableLabel(table([['Group'], ['Goal'], ['When']]))).toBe('Table of Group, Goal, and When');
  });

  it('reads the text inside a heading’s markup and collapses its white space', () => {
    expect(markdownTableLabel(table([[el('code', 'id')], ['\n  Long\n  name ']]))).toBe('Table of id and Long name');
  });

  it('skips empty headings, and says only "Table" when no heading has text', () => {
    expect(markdownTableLabel(table([[''], ['Value']]))).toBe('Table of Value');
    expect(markdownTableLabel(table([[' '], []]))).toBe('Table');
  });

  it('reads a first row of header cells when there is no <thead>, and not a first row of data', () => {
    expect(markdownTableLabel(el('table', el('tbody', el('tr', el('th', 'Key'), el('th', 'Value')), el('tr', el('td', 'a'), el('td', 'b')))))).toBe('Table of Key and Value');
    expect(markdownTableLabel(el('table', el('tbody', el('tr', el('td', 'a'), el('td', 'b')))))).toBe('Table');
  });
});
