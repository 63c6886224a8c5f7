/**
 * The comparison picker, which needs no script. Why not a form: a form sends the reader to one fixed
 * address with the choices in its query (`?a=…&b=…`), and a static page cannot read a query without
 * JavaScript, so neither the list of pairs nor a generated redirect page could open the chosen
 * pair; one submit button per pair would be a button for every pair. Instead the picker renders the
 * link to every pair, hidden, and a stylesheet generated from the ladder shows the one that matches
 * the two options chosen (`:has(option:checked)`): the same link with and without JavaScript, and
 * no island to load.
 *
 * The attributes below tie the component's markup (ComparePicker.astro) to the rules.
 */

/** On each of the two `<select>`s: which end of the pair it chooses. */
export const pickAttribute = 'data-pick';
/** On the group of links for one first level, and on each link (or message) for one second level. */
export const fromAttribute = 'data-from';
export const toAttribute = 'data-to';

/** A CSS string for a level id (ids are kebab-case; anything else is escaped all the same). */
function cssString(value: string): string {
  return `"${value.replace(/["\\\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/**
 * The rules that reveal the chosen pair's link inside `.compare-picker`: for each level, one rule
 * shows its group when it is the first choice, and one shows its link in the group when it is the
 * second. The links start hidden (the component's own styles).
 */
export function comparePickerCss(order: readonly string[]): string {
  const rules = order.flatMap((id) => {
    const value = cssString(id);
    return [
      `.compare-picker:has([${pickAttribute}="from"] option[value=${value}]:checked) [${fromAttribute}=${value}] { display: block; }`,
      `.compare-picker:has([${pickAttribute}="to"] option[value=${value}]:checked) [${fromAttribute}] > [${toAttribute}=${value}] { display: inline-block; }`,
    ];
  });
  return `/* The comparison picker: the link to the pair of levels chosen (src/lib/ladder/compare-picker.ts). */\n${rules.join('\n')}\n`;
}
