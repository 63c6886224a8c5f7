/** A piece of prose: plain text, or code the author marked with backticks. */
export interface TextPart {
  code: boolean;
  text: string;
}

/**
 * Splits prose at backticks, so that `payment_method` shows as code. An unpaired backtick stays as it
 * is, in plain text.
 */
export function inlineCode(text: string): TextPart[] {
  const parts: TextPart[] = [];
  const pattern = /`([^`]+)`/g;
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) parts.push({ code: false, text: text.slice(last, m.index) });
    parts.push({ code: true, text: m[1]! });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ code: false, text: text.slice(last) });
  return parts;
}
