/**
 * Names joined as prose: `Ada`, `Ada and Bo`, `Ada, Bo and Cy`; past `max` names, the first `max`
 * and how many more (`Ada, Bo, Cy, Di, Ed and 3 more`), so that a message about a long list stays a
 * sentence. The one place the handbook's code joins a list with “and” (a test holds every other to it).
 */
export function listWords(items: readonly string[], max = Infinity): string {
  const shown = items.length > max ? [...items.slice(0, max), `${items.length - max} more`] : items;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : (shown[0] ?? '');
}
