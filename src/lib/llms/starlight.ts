/** Starlight's components as Markdown: asides as quotes, cards as sections, link cards as links. Pure. */
import type { MdxElement } from './mdx.ts';
import { heading, link, text } from './markdown.ts';

const asideLabels: Record<string, string> = { note: 'Note', tip: 'Tip', caution: 'Caution', danger: 'Danger' };

/** The Markdown of a Starlight component, or undefined when `element` is not one. */
export function starlightMarkdown(element: MdxElement, depth: number): string | undefined {
  const { name, props, children } = element;
  switch (name) {
    case 'Aside': {
      const title = String(props['title'] ?? asideLabels[String(props['type'] ?? 'note')] ?? 'Note');
      return `> **${text(title)}:** ${children.split('\n').join('\n> ')}`;
    }
    case 'Card':
      return `${heading(depth, String(props['title'] ?? ''))}\n\n${children}`;
    case 'CardGrid':
    case 'Steps':
      return children;
    case 'LinkCard':
      return `- ${link(String(props['title']), String(props['href']))}${props['description'] ? `: ${text(String(props['description']))}` : ''}`;
    default:
      return undefined;
  }
}
