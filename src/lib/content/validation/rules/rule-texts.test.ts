import { expect, it } from 'vitest';
import { rules } from './index';

it('words every rule’s description and hint as the handbook’s prose: typographic apostrophes and quotes outside code (the Validation rules page shows them as written)', () => {
  const prose = (text: string) => text.replace(/`[^`]*`/g, '');
  const straight = rules.flatMap((rule) =>
    [rule.description, rule.hint].filter((text) => /\p{L}'\p{L}|(^|\s)["']\p{L}|\p{L}["'](\s|[.,;:?!)]|$)/u.test(prose(text))).map((text) => `${rule.id}: ${text}`),
  );
  expect(straight).toEqual([]);
});
