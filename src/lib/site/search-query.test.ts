import { describe, expect, it } from 'vitest';
import { levelStepMarker } from './search-level-steps';
import { functionWords, handbookAbbreviations, spelledOutAbbreviations, searchTerms } from './search-query';

describe('the words a query sends to the search index', () => {
  it('are the words of a question that carry its topic', () => {
    expect(searchTerms('how do I get promoted to Staff?')).toBe('promoted Staff?');
    expect(searchTerms('What is the SLO')).toBe('define SLO');
    expect(searchTerms('Head of ML')).toBe('Head ML');
    expect(searchTerms('should I rate myself on my usual work')).toBe('rate usual work');
    expect(searchTerms('what do I need for X')).toBe('X');
  });

  it('are `define` and the topic’s words for a question that asks what a thing means', () => {
    expect(searchTerms('what does the ABC stand for?')).toBe('define ABC');
    expect(searchTerms('what is meant by time to fix')).toBe('define time fix');
    expect(searchTerms('widget meaning')).toBe('define widget');
  });

  it('leave out adverbs of degree and frequency, the rarer prepositions and “all”, “any”, “some”, “every”, but not “after” or “each”', () => {
    expect(searchTerms('candidate is not quite at lead level')).toBe('candidate not lead level');
    expect(searchTerms('what improved since my last check-in')).toBe('improved last check-in');
    expect(searchTerms('clear all my saved data')).toBe('clear saved data');
    expect(searchTerms('so every release can be repeated')).toBe('release repeated');
    expect(searchTerms('what happens after the first year')).toBe('happens after first year');
    // A word of place after a word for a level is marked for the dialog's search (search-level-steps.ts).
    expect(searchTerms('what comes after staff')).toBe(`comes ${levelStepMarker}after staff`);
    expect(searchTerms('the rung between lead and principal')).toBe(`rung ${levelStepMarker}between lead principal`);
    expect(searchTerms('rate each competency')).toBe('rate each competency');
    expect(searchTerms('where do seniors usually go next')).toBe('seniors go next');
    expect(searchTerms('a widget lead who still writes code')).toBe('widget lead writes code');
    expect(searchTerms('someone who always scores high')).toBe('someone always scores high');
  });

  it('leave out contracted function words and possessives’ “s”, with either apostrophe', () => {
    expect(searchTerms("how do I know if I'm ready for lead")).toBe('ready lead');
    expect(searchTerms('how’s a good rollback rate? I don’t know')).toBe('good rollback rate?');
    expect(searchTerms("one engineer's ratings look off")).toBe('one engineer ratings look off');
    expect(searchTerms('the team’s KPIs?')).toBe('team KPIs?');
    expect(searchTerms("she's sure we'll see if they couldn't")).toBe('sure see');
    expect(searchTerms("can't won't let's IT it's")).toBe('IT');
    expect(searchTerms("IT's budget (I'm “don't")).toBe('IT budget');
  });

  it('are the things a comparison names, without the words that ask for it', () => {
    expect(searchTerms('difference between senior and lead')).toBe('senior lead');
    expect(searchTerms('how is staff different from lead')).toBe('staff lead');
    expect(searchTerms('staff vs principal')).toBe('staff vs principal');
    expect(searchTerms('what separates a lead from a director')).toBe('lead director');
    expect(searchTerms('which level is equal to lead')).toBe('level lead');
  });

  it('are `measure` and the question’s words for a question that asks for an amount', () => {
    expect(searchTerms('how often do widgets break?')).toBe('measure widgets break?');
    expect(searchTerms('share of widgets with alarms')).toBe('measure widgets alarms');
    expect(searchTerms('how much widget design should a lead know')).toBe('widget design lead');
    expect(searchTerms('what is the widget rate')).toBe('define widget rate');
    // An amount asked as a definition is still an amount.
    expect(searchTerms('what is the share of widgets with alarms')).toBe('measure widgets alarms');
  });

  it('are `changelog` and the question’s words for a question about a change, keeping a “why” for the reasons', () => {
    expect(searchTerms('why was budgeting split out of planning')).toBe('changelog why budgeting split out planning');
    expect(searchTerms('which widget rules were reworded in the latest release')).toBe('changelog widget rules reworded latest release');
    expect(searchTerms('link a result to the metric it moved')).toBe('link result metric it moved');
  });

  it('leave out the word that asks whether a thing exists in some form, but not the noun its stem would find', () => {
    expect(searchTerms('is the widget available as csv')).toBe('widget csv');
    expect(searchTerms('widget availability')).toBe('widget availability');
  });

  it('leave out the word that makes “how” ask for an amount, a frequency or a degree, and only after “how”', () => {
    expect(searchTerms('how much experience does a principal need')).toBe('experience principal');
    expect(searchTerms('how good at planning does a senior need to be')).toBe('planning senior');
    expect(searchTerms('how well does X work')).toBe('X work');
    expect(searchTerms('how far ahead do leads plan')).toBe('ahead leads plan');
    expect(searchTerms('a good rollback rate')).toBe('good rollback rate');
    expect(searchTerms('How Many models')).toBe('measure models');
    expect(searchTerms('how often?')).toBe('measure how often?');
    expect(searchTerms('too many alerts')).toBe('too many alerts');
  });

  it('send “out” after “how far” as “ahead”, and “out” elsewhere as typed', () => {
    expect(searchTerms('how far out does each one plan')).toBe('ahead each one plan');
    expect(searchTerms('seniors vs leads: How far out?')).toBe('seniors vs leads: ahead?');
    expect(searchTerms('roll out a model')).toBe('roll out model');
    expect(searchTerms('far out ideas')).toBe('far out ideas');
    expect(searchTerms('how long does a level take')).toBe('measure long level take');
  });

  it('leave out the word that asks for a ratio before “of”, and keep it elsewhere', () => {
    expect(searchTerms('share of widgets with labels')).toBe('measure widgets labels');
    expect(searchTerms('percent of builds that pass')).toBe('measure builds pass');
    expect(searchTerms('Fraction Of runs')).toBe('measure runs');
    expect(searchTerms('share my widgets')).toBe('share widgets');
    expect(searchTerms('a fair share')).toBe('fair share');
  });

  it('leave out a count of years, which the pages write as a range, and keep other numbers', () => {
    expect(searchTerms('widget level for 5 years of work')).toBe('widget level years work');
    expect(searchTerms('10+ yrs gizmos')).toBe('yrs gizmos');
    expect(searchTerms('90 day plan')).toBe('90 day plan');
    expect(searchTerms('5 widgets in 3 years')).toBe('5 widgets years');
    expect(searchTerms('title for someone with ten years of widgets')).toBe('title someone years widgets');
    expect(searchTerms('widget plan in three years')).toBe('widget plan three years');
    expect(searchTerms('title for ten years’ experience')).toBe('title years’ experience');
    expect(searchTerms("10 years' experience")).toBe("years' experience");
  });

  it('keep a query without function words as typed', () => {
    expect(searchTerms('  rollback   rate ')).toBe('rollback rate');
    expect(searchTerms('training/serving skew')).toBe('training/serving skew');
    expect(searchTerms('on-call')).toBe('on-call');
  });

  it('keep a query made only of function words whole, so it still searches', () => {
    expect(searchTerms('how to')).toBe('how to');
  });

  it('never drop a word that is also a name in the handbook', () => {
    for (const name of ['em', 'it', 'am', 'us', 'ml', 'ai']) expect(functionWords.has(name)).toBe(false);
  });

  it('never drop an abbreviation that the search spells out', () => {
    for (const abbreviation of Object.keys({ ...spelledOutAbbreviations, ...handbookAbbreviations })) expect(functionWords.has(abbreviation)).toBe(false);
  });
});
