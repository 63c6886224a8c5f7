import { describe, expect, it } from 'vitest';
import { otherWordForms } from './search-word-forms';
import { spelledOutAbbreviations } from './search-query';

describe('the other forms of a query word', () => {
  it('are the shorter forms of its family that the stemmer keeps apart from it', () => {
    expect(otherWordForms('recovery')).toEqual(['recover']);
    expect(otherWordForms('Delivery')).toEqual(['deliver']);
    expect(otherWordForms('failure')).toEqual(['fail']);
    expect(otherWordForms('architecture')).toEqual(['architect']);
    expect(otherWordForms('decision')).toEqual(['decide']);
    expect(otherWordForms('conclusion')).toEqual(['conclude']);
    expect(otherWordForms('extension')).toEqual(['extend']);
  });

  it('are, for a verb whose noun the stemmer keeps apart, that noun', () => {
    expect(otherWordForms('decide')).toEqual(['decision']);
    expect(otherWordForms('Decides')).toEqual(['decision']);
    expect(otherWordForms('deciding')).toEqual(['decision']);
    expect(otherWordForms('divide')).toEqual(['division']);
    expect(otherWordForms('includes')).toEqual(['inclusion']);
    expect(otherWordForms('describe')).toEqual(['description']);
  });

  it('are no made-up noun for a verb outside those families, or for a form that mostly means “with”', () => {
    for (const word of ['guides', 'provide', 'outside', 'alongside', 'override', 'hiding', 'including', 'included']) expect(otherWordForms(word), word).toEqual([]);
  });

  it('are, for “growth”, the verb it is made from, and nothing for other nouns in “-th”', () => {
    expect(otherWordForms('Growth')).toEqual(['grow']);
    for (const word of ['breadth', 'health', 'length', 'strength', 'fourth']) expect(otherWordForms(word), word).toEqual([]);
  });

  it('are none for a word the stemmer already joins to its family, or without a known ending', () => {
    for (const word of ['promotion', 'assessment', 'calibration', 'recover', 'drift', 'model']) expect(otherWordForms(word)).toEqual([]);
  });

  it('are never roots so short that they would begin unrelated words', () => {
    expect(otherWordForms('future')).toEqual([]);
    expect(otherWordForms('every')).toEqual([]);
  });

  it('are none for a word with digits or punctuation, which is a name rather than English', () => {
    for (const word of ['p99', 'ci/cd', 'on-call', 'k8s']) expect(otherWordForms(word)).toEqual([]);
  });

  it('are, for an abbreviation of the given list, the words it stands for, in any case', () => {
    const abbreviations = { sr: 'senior', ml: 'machine learning' };
    expect(otherWordForms('Sr', abbreviations)).toEqual(['senior']);
    expect(otherWordForms('ml', abbreviations)).toEqual(['machine learning']);
    expect(otherWordForms('senior', abbreviations)).toEqual([]);
    expect(otherWordForms('constructor', abbreviations)).toEqual([]);
  });

  it('are, for the abbreviations of the trade that the search spells out, their words', () => {
    expect(otherWordForms('K8s', spelledOutAbbreviations)).toEqual(['kubernetes']);
    expect(otherWordForms('iac', spelledOutAbbreviations)).toEqual(['infrastructure as code']);
  });
});
