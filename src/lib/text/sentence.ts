/** A clause written to be read inside other words (“the check-in of …”) as a sentence of its own: capitalized, with its full stop. */
export const asSentence = (clause: string): string => `${clause.charAt(0).toUpperCase()}${clause.slice(1)}${/[.!?]$/.test(clause) ? '' : '.'}`;

/**
 * A name read inside a sentence (“on the ML platform track”): each capitalized word lowercased, but
 * a word with a capital past its first letter (ML, MLOps, AI) kept, since lowercasing it would
 * misspell it (“ml platform”).
 */
export const inSentence = (name: string): string => name.replace(/\p{L}[\p{L}\p{N}’'-]*/gu, (word) => (/\p{Lu}/u.test(word.slice(1)) ? word : word.toLowerCase()));
