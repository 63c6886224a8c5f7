/**
 * A feeder role or adjacent path in words, its name linked: `<name>: <description>`. Descriptions
 * are written as sentences about the person (“A Senior Software Engineer … brings …”), so a
 * description that opens with an article and the path's own name would repeat the name right after
 * it; there the name is linked inside the sentence instead (“A [Senior Software Engineer …] brings
 * …”), and the name is read once, wherever a path is listed (level pages, the map in words, Markdown).
 */
export interface PathSentence {
  /** Words before the linked name: the description's opening article, or nothing. */
  before: string;
  name: string;
  /** Words after the linked name, with their punctuation (`: …` when the name stands before the description). */
  after: string;
}

export function pathSentence(path: { name: string; description: string }): PathSentence {
  const opening = /^(An?|The)\s+/i.exec(path.description);
  if (opening) {
    const rest = path.description.slice(opening[0].length);
    if (rest.toLowerCase().startsWith(path.name.toLowerCase())) {
      return { before: opening[0], name: rest.slice(0, path.name.length), after: rest.slice(path.name.length) };
    }
  }
  return { before: '', name: path.name, after: `: ${path.description}` };
}

/** The sentence as plain text, for tests and search text. */
export const pathSentenceText = (s: PathSentence) => `${s.before}${s.name}${s.after}`;
