/**
 * The ids an MDX page gives the handbook's own components (`<PromotionTable from="lead-ml-engineer"
 * to={['staff-ml-engineer']} />`), with their positions: the components look each one up while the
 * page renders, and one that names nothing stopped the build with a stack trace instead of a line of
 * the validator's report. Only the text values of attributes are read (`"…"`, `'…'`, `{'…'}` and the
 * texts of a list `{['…', '…']}`), outside code fences and the frontmatter. Pure.
 */
import { mdxImports } from './mdx-imports.ts';

export interface ComponentProp {
  /** The component's import path, as the page writes it (`~/components/ladder/PromotionTable.astro`). */
  specifier: string;
  /** The element the attribute is written on, as the offset of its `<` in the page: the attributes of one element share it. */
  element: number;
  attribute: string;
  value: string;
  /** 1-based line and column of the value's first character. */
  line: number;
  column: number;
}

/** The text values of the attributes of every imported component the page uses. */
export function componentProps(text: string): ComponentProp[] {
  const specifiers = new Map(mdxImports(text).flatMap((i) => i.names.map((name) => [name, i.specifier] as const)));
  const props: ComponentProp[] = [];
  const lines = text.split('\n');
  /** Offsets of the lines that are not in the frontmatter or a code fence, to skip the others. */
  const skipped = new Set<number>();
  let inFence = false;
  let inFrontmatter = lines[0]?.trimEnd() === '---';
  lines.forEach((line, i) => {
    if (inFrontmatter) {
      skipped.add(i);
      if (i > 0 && line.trimEnd() === '---') inFrontmatter = false;
      return;
    }
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      skipped.add(i);
    } else if (inFence) skipped.add(i);
  });
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  const position = (index: number) => {
    let line = starts.length - 1;
    while (starts[line]! > index) line--;
    return { line: line + 1, column: index - starts[line]! + 1 };
  };
  for (const tag of text.matchAll(/<([A-Z][\w.]*)\b((?:[^>"'{]|"[^"]*"|'[^']*'|\{[^}]*\})*)\/?>/g)) {
    const specifier = specifiers.get(tag[1]!);
    if (!specifier || skipped.has(position(tag.index).line - 1)) continue;
    const attributesAt = tag.index + 1 + tag[1]!.length;
    for (const attribute of tag[2]!.matchAll(/([A-Za-z][\w-]*)=("[^"]*"|'[^']*'|\{[^}]*\})/g)) {
      const valueAt = attributesAt + attribute.index + attribute[1]!.length + 1;
      const raw = attribute[2]!;
      const texts = raw.startsWith('{') ? [...raw.matchAll(/(["'])([^"']*)\1/g)].map((m) => ({ value: m[2]!, at: m.index + 1 })) : [{ value: raw.slice(1, -1), at: 1 }];
      for (const { value, at } of texts) props.push({ specifier, element: tag.index, attribute: attribute[1]!, value, ...position(valueAt + at) });
    }
  }
  return props;
}
