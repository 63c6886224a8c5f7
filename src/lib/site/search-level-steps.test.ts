import { describe, expect, it } from 'vitest';
import { functionWords } from './search-query';
import { levelsNamedIn, levelsNamedFrom, levelStepMarker, levelStepTerm, markLevelSteps, placeWords, type LevelStep } from './search-level-steps';

const levels: LevelStep[] = [
  { title: 'Junior Widget Engineer', names: ['Junior Widget Engineer', 'Junior WE', 'Junior engineer'], track: 'ic', rank: 1 },
  { title: 'Senior Widget Engineer', names: ['Senior Widget Engineer', 'Senior engineer'], track: 'ic', rank: 2 },
  { title: 'Chief Widget Engineer', names: ['Chief Widget Engineer', 'Chief engineer', 'Top engineer'], track: 'ic', rank: 3 },
  { title: 'Widget Manager', names: ['Widget Manager', 'Team manager'], track: 'management', rank: 1 },
  { title: 'Head of Widgets', names: ['Head of Widgets', 'Director'], track: 'management', rank: 2 },
];
/** A query as the search box marks it and the dialog's search reads it. */
const asked = (query: string) => levelStepTerm(markLevelSteps(query.split(' ')).join(' '), levels, placeWords, levelStepMarker, [...functionWords], levelsNamedFrom);

describe('markLevelSteps', () => {
  it('marks a word of place that follows a word for a level', () => {
    expect(markLevelSteps('the level above senior'.split(' '))).toEqual(['the', 'level', `${levelStepMarker}above`, 'senior']);
    expect(markLevelSteps('what comes before chief?'.split(' '))).toEqual(['what', 'comes', `${levelStepMarker}before`, 'chief?']);
  });

  it('leaves a word of place elsewhere as it is', () => {
    for (const query of ['experience before a senior role', 'loop over the levels', 'level above', 'next steps after a senior interview']) expect(markLevelSteps(query.split(' '))).toEqual(query.split(' '));
  });

  it('leaves a word of place after a count of levels above one, which the next rank does not answer', () => {
    for (const query of ['two levels above junior', '2 rungs below chief', 'a few steps above junior']) expect(markLevelSteps(query.split(' '))).toEqual(query.split(' '));
    expect(markLevelSteps('one level above senior'.split(' '))).toEqual(['one', 'level', `${levelStepMarker}above`, 'senior']);
  });

  it('marks a word of place after a word that says it is the very next', () => {
    expect(markLevelSteps('the role just above senior'.split(' '))).toEqual(['the', 'role', `${levelStepMarker}above`, 'senior']);
    expect(markLevelSteps('the level right below chief'.split(' '))).toEqual(['the', 'level', `${levelStepMarker}below`, 'chief']);
    expect(markLevelSteps('turn right before senior'.split(' '))).toEqual('turn right before senior'.split(' '));
  });
});

describe('levelStepTerm', () => {
  it('asks for the level one rank up or down the named level’s track', () => {
    expect(asked('the level above senior')).toBe('the level Chief Widget Engineer');
    expect(asked('the level below senior widget skills')).toBe('the level Junior Widget Engineer widget skills');
    expect(asked('the level right below senior')).toBe('the level Junior Widget Engineer');
    expect(asked('manager one step below the director')).toBe('manager one step Widget Manager');
  });

  it('reads a level’s name whole, its generic words and slashes included, or by the words that tell it apart', () => {
    const named: LevelStep[] = [
      { title: 'Lead Widget Engineer', names: ['Lead Widget Engineer', 'Lead AI/ML Engineer'], track: 'ic', rank: 1 },
      { title: 'Staff Widget Engineer', names: ['Staff Widget Engineer'], track: 'ic', rank: 2 },
    ];
    const read = (term: string) => levelStepTerm(term, named, placeWords, levelStepMarker, [...functionWords], levelsNamedFrom);
    expect(read(`level ${levelStepMarker}above Lead AI/ML Engineer`)).toBe('level Staff Widget Engineer');
    expect(read(`level ${levelStepMarker}above lead ML skills`)).toBe('level Staff Widget Engineer ML skills');
  });

  it('reads one level’s name after a step up or down, the names after it left in the query', () => {
    expect(asked('the role after junior, senior or director')).toBe('the role Senior Widget Engineer senior or director');
  });

  it('tells levels apart by the words not shared by half the levels, whatever the family is called', () => {
    const data: LevelStep[] = [
      { title: 'Associate Data Engineer', names: ['Associate Data Engineer', 'Associate DE'], track: 'ic', rank: 1 },
      { title: 'Senior Data Engineer', names: ['Senior Data Engineer', 'Senior DE'], track: 'ic', rank: 2 },
      { title: 'Staff Data Engineer', names: ['Staff Data Engineer'], track: 'ic', rank: 3 },
    ];
    const read = (query: string) => levelStepTerm(markLevelSteps(query.split(' ')).join(' '), data, placeWords, levelStepMarker, [...functionWords], levelsNamedFrom);
    expect(read('the level above senior data engineers')).toBe('the level Staff Data Engineer data engineers');
    expect(read('the level above associate de')).toBe('the level Senior Data Engineer');
  });

  it('reads two names typed whole as those two levels, not as a third level whose distinguishing words they hold (Senior … Staff is not Senior Staff)', () => {
    const named: LevelStep[] = [
      { title: 'Senior Widget Engineer', names: ['Senior Widget Engineer', 'Senior engineer'], track: 'ic', rank: 1 },
      { title: 'Lead Widget Engineer', names: ['Lead Widget Engineer'], track: 'ic', rank: 2 },
      { title: 'Staff Widget Engineer', names: ['Staff Widget Engineer', 'Staff engineer'], track: 'ic', rank: 3 },
      { title: 'Senior Staff Widget Engineer', names: ['Senior Staff Widget Engineer', 'Senior Staff engineer'], track: 'ic', rank: 4 },
      { title: 'Principal Widget Engineer', names: ['Principal Widget Engineer', 'Principal engineer'], track: 'ic', rank: 5 },
    ];
    const read = (query: string) => levelStepTerm(markLevelSteps(query.split(' ')).join(' '), named, placeWords, levelStepMarker, [...functionWords], levelsNamedFrom);
    expect(read('the level between Senior Widget Engineer and Staff Widget Engineer')).toBe('the level Lead Widget Engineer');
    expect(read('the level between Senior engineer and Staff Widget Engineer')).toBe('the level Lead Widget Engineer');
    // The distinguishing words together still name the level that has them.
    expect(read('the level above senior staff')).toBe('the level Principal Widget Engineer');
    expect(read('the level between staff and principal')).toBe('the level Senior Staff Widget Engineer');
    expect(read('the level below Senior Staff Widget Engineer')).toBe('the level Staff Widget Engineer');
  });

  it('reads a title that holds another of its level’s names whole to its end (“Head of Widgets / Director of Widget Engineering”)', () => {
    const named: LevelStep[] = [
      { title: 'Widget Manager', names: ['Widget Manager', 'Manager of Widget Engineering'], track: 'management', rank: 1 },
      { title: 'Head of Widgets / Director of Widget Engineering', names: ['Head of Widgets / Director of Widget Engineering', 'Head of Widgets'], track: 'management', rank: 2 },
      { title: 'Junior Widget Engineer', names: ['Junior Widget Engineer'], track: 'ic', rank: 1 },
    ];
    const read = (query: string) => levelStepTerm(markLevelSteps(query.split(' ')).join(' '), named, placeWords, levelStepMarker, [...functionWords], levelsNamedFrom);
    expect(read('what comes before Head Widgets / Director Widget Engineering')).toBe('what comes Widget Manager');
  });

  it('asks for the one rank between two levels of a track', () => {
    expect(asked('the rung between junior and chief')).toBe('the rung Senior Widget Engineer');
    expect(asked('the grade between junior widget engineer and chief')).toBe('the grade Senior Widget Engineer');
  });

  it('searches as if unmarked where the place points to no level', () => {
    // The top of a track, a name missing, two levels next to each other or on different tracks.
    expect(asked('next step after chief')).toBe('next step after chief');
    expect(asked('the level above everything')).toBe('the level above everything');
    expect(asked('the rung between junior and senior')).toBe('the rung junior and senior');
    expect(asked('the level between senior and director')).toBe('the level senior and director');
  });

  it('leaves a query without a marked word as it is', () => {
    expect(levelStepTerm('senior skills', levels, placeWords, levelStepMarker, [...functionWords], levelsNamedFrom)).toBe('senior skills');
  });
});

describe('levelsNamedIn', () => {
  const named = (term: string) => {
    const found = levelsNamedIn(term, levels, [...functionWords], levelsNamedFrom);
    return { titles: found.levels.map((l) => l.title), rest: found.rest };
  };

  it('reads the levels named anywhere in the query, by any of their names, and keeps the other words', () => {
    // Function words before and between names go with them (“from senior to team manager”).
    expect(named('code review from senior to team manager')).toEqual({ titles: ['Senior Widget Engineer', 'Widget Manager'], rest: 'code review' });
    expect(named('director compared with a chief engineer, what changes')).toEqual({ titles: ['Head of Widgets', 'Chief Widget Engineer'], rest: 'compared what changes' });
    expect(named('junior and senior')).toEqual({ titles: ['Junior Widget Engineer', 'Senior Widget Engineer'], rest: '' });
    expect(named('senior code review')).toEqual({ titles: ['Senior Widget Engineer'], rest: 'code review' });
    expect(named('junior senior chief').titles).toEqual(['Junior Widget Engineer', 'Senior Widget Engineer', 'Chief Widget Engineer']);
  });

  it('counts a level named twice once', () => {
    expect(named('senior widget engineer or chief, is a senior engineer enough')).toEqual({ titles: ['Senior Widget Engineer', 'Chief Widget Engineer'], rest: 'enough' });
  });

  it('reads no level from the family’s own words', () => {
    expect(named('widget engineer interview')).toEqual({ titles: [], rest: 'widget engineer interview' });
  });

  it('works when its source text is all that is carried, as the dialog’s module carries it', () => {
    const carried = <T,>(fn: T) => new Function(`return ${String(fn)}`)() as T;
    const found = carried(levelsNamedIn)('senior or team manager', levels, [...functionWords], carried(levelsNamedFrom));
    expect(found.levels.map((l) => l.title)).toEqual(['Senior Widget Engineer', 'Widget Manager']);
  });
});
