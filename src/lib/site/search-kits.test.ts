import { describe, expect, it } from 'vitest';
import { askedAboutHiring, isInterviewKitPath } from './search-kits.ts';

describe('askedAboutHiring', () => {
  it('reads a word of the hiring words as the sign of a question about hiring', () => {
    expect(askedAboutHiring(['candidate', 'drift'], ['candidate'])).toBe(true);
    expect(askedAboutHiring(['model', 'drift'], ['candidate'])).toBe(false);
  });

  it('reads a hyphenated sign word from two query words in a row, as the search box splits it', () => {
    expect(askedAboutHiring(['take', 'home', 'deadline'], ['take-home'])).toBe(true);
    expect(askedAboutHiring(['take', 'deadline', 'home'], ['take-home'])).toBe(false);
  });

  it('reads every word of an exercise’s name as the sign, in any order, and part of it as none', () => {
    expect(askedAboutHiring(['code', 'review', 'simulation'], [], ['Code review simulation'])).toBe(true);
    expect(askedAboutHiring(['simulation', 'of', 'code', 'review'], [], ['Code review simulation'])).toBe(true);
    expect(askedAboutHiring(['code', 'review', 'checklist'], [], ['Code review simulation'])).toBe(false);
  });
});

describe('isInterviewKitPath', () => {
  const kits = ['/hiring/debugging-case/', '/hiring/materials/'];

  it('holds a kit and a page of the materials, under any base path', () => {
    expect(isInterviewKitPath('/hiring/debugging-case/', kits)).toBe(true);
    expect(isInterviewKitPath('/handbook/hiring/materials/debugging-case/candidate/scenario/', kits)).toBe(true);
  });

  it('leaves out the other hiring pages and a role’s hiring page', () => {
    expect(isInterviewKitPath('/hiring/', kits)).toBe(false);
    expect(isInterviewKitPath('/hiring/interviewer-guide/', kits)).toBe(false);
    expect(isInterviewKitPath('/roles/lead-ml-engineer/hiring/', kits)).toBe(false);
  });
});
