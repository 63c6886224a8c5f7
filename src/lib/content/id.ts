/**
 * The one definition of a content id: lower-case words of letters and digits joined by hyphens
 * (kebab case), e.g. `lead-ml-engineer`. Ids appear in URLs, anchors and references between files.
 * Free of imports, so the browser islands can use it without pulling in the schemas.
 */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const isId = (text: string): boolean => idPattern.test(text);
