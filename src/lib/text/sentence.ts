/** A clause written to be read inside other words (“the check-in of …”) as a sentence of its own: capitalized, with its full stop. */
export const asSentence = (clause: string): string => `${clause.charAt(0).toUpperCase()}${clause.slice(1)}${/[.!?]$/.test(clause) ? '' : '.'}`;
