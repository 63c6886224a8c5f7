/**
 * A noun with its indefinite article, as messages name what an id should be (“an exercise”, “a level”).
 * Chosen by the first letter, a vowel or not: right for the nouns the handbook's messages use (level,
 * track, competency, exercise, glossary term, KPI…), wrong for a word whose sound differs from its letter
 * (“a user”, “an hour”), which none of them is.
 */
export const withArticle = (noun: string): string => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
