/**
 * Readers' text written into the Markdown files the tools export (the growth plan, a candidate's
 * scorecard). A Markdown file is read in editors and wikis that render it, and Markdown passes raw
 * HTML through: a note holding `<img src=x onerror=…>` would run there. So every `<` that could
 * open a tag, a comment or an autolink becomes `&lt;`, and what would change the document's
 * structure around the text (a line starting a heading or a list, a table's `|`) is escaped.
 *
 * Pure and free of Astro and Node imports (the islands use it).
 */

/**
 * In one pass over a line: a code span (a run of backticks, what it holds, the same run; never one
 * after a backslash) is kept, and any other `<` before what would make it HTML (a tag, `</`, `<!`,
 * `<?`) or an autolink becomes `&lt;`. Where this reading and Markdown's differ, it escapes more:
 * a `&lt;` shown as typed in code is a blemish, a `<` left live is not.
 */
const spanOrTag = /(?<![`\\])(`+)(?!`)[^`]*?(?<!`)\1(?!`)|<(?=[A-Za-z/!?])/g;

/**
 * Text on one line of Markdown, in a table cell, a heading, a list item or a sentence: line breaks
 * become spaces and every character that could start markup is escaped, so that it reads exactly as
 * typed; a start that would open a list or a setext heading where the text begins a line too.
 */
export function markdownInline(text: string): string {
  return text
    .replace(/\s*(?:\r\n?|\n)\s*/g, ' ')
    .trim()
    .replace(/[\\`*_[\]|#~]/g, '\\$&')
    .replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'))
    .replace(/^(\d{1,9})([.)])/, '$1\\$2')
    .replace(/^[-+=]/, '\\$&');
}

/**
 * A reader's multi-line note, quoted in the file with its own Markdown (emphasis, links, lists,
 * code) kept, minus what could not be meant as a note's formatting: raw HTML (outside code, where
 * Markdown shows it as typed anyway) and headings, which would enter the document's outline.
 */
export function markdownNote(text: string): string {
  /** The fence of the fenced code block the line is in (its backticks or tildes), if any. */
  let fence: string | null = null;
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => {
      // Markdown's fences: up to three spaces, then three or more backticks (with no backtick after
      // them on the line) or tildes. A closing fence is the same character, at least as many.
      const mark = /^\s{0,3}(`{3,}(?!.*`)|~{3,})/.exec(line)?.[1];
      if (fence) {
        if (mark && mark[0] === fence[0] && mark.length >= fence.length) fence = null;
        return line;
      }
      if (mark) {
        fence = mark;
        return line;
      }
      const escaped = line.replace(spanOrTag, (m, ticks?: string) => (ticks ? m : '&lt;'));
      // A heading, ATX or setext, would enter the document's outline: its mark is kept as text.
      return escaped.replace(/^(\s{0,3})(#{1,6}(?=\s|$)|=+\s*$|-+\s*$)/, '$1\\$2');
    })
    .join('\n');
}
