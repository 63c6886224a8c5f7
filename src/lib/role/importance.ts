/**
 * A technical skill's importance as the role description writes it: the validated level
 * (`Critical`, `Important`, `Optional`) followed by the role description's own qualifier, e.g.
 * `Important → often Critical` or `Optional/Context-specific`. Pure (the skills page and the
 * export use it).
 */

export interface ImportanceLike {
  importance: string;
  qualifier?: string | undefined;
}

/** A qualifier that starts with punctuation joins the level without a space (`Optional/Context-specific`, `Important; context-dependent`). */
const joinsTight = /^[;,/]/;

/** The importance as the role description reads, e.g. `Critical at Lead level`. */
export function importanceLabel({ importance, qualifier }: ImportanceLike): string {
  const q = qualifier?.trim();
  if (!q) return importance;
  return joinsTight.test(q) ? `${importance}${q}` : `${importance} ${q}`;
}
