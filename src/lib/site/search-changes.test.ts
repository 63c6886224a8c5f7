import { describe, expect, it } from 'vitest';
import { asksAboutChange, firstInChangelog, namesChange, namesVersion } from './search-changes.ts';

describe('asksAboutChange', () => {
  it('reads a question why a part of the ladder was changed', () => {
    expect(asksAboutChange('why was budgeting split out of planning')).toBe(true);
    expect(asksAboutChange('why were the examples dropped')).toBe(true);
    expect(asksAboutChange('why did the summary change')).toBe(true);
  });

  it('reads a question about what a release or version changed', () => {
    expect(asksAboutChange('which behaviors were reworded in the latest release')).toBe(true);
    expect(asksAboutChange('which version renamed the level')).toBe(true);
  });

  it('reads a question whether a release named by its number changed a thing, in any tense', () => {
    expect(asksAboutChange('did 2.3 change anything for the junior level')).toBe(true);
    expect(asksAboutChange('what changed in v2.0.1')).toBe(true);
    expect(asksAboutChange('does version 3.1 rename the tracks')).toBe(true);
  });

  it('leaves a release named by its number without a change alone', () => {
    expect(asksAboutChange('release notes 2.3')).toBe(false);
  });

  it('leaves a verb of change without a release or a why alone', () => {
    expect(asksAboutChange('link a result to the metric it moved')).toBe(false);
    expect(asksAboutChange('rating looks unchanged after I moved up a level')).toBe(false);
  });

  it('leaves a release or version without a change alone, and a version after another noun', () => {
    expect(asksAboutChange('publish a new framework version next month')).toBe(false);
    expect(asksAboutChange('switch back to the last good model after a bad release')).toBe(false);
    expect(asksAboutChange('the export renamed a field, which format version')).toBe(false);
  });
});

describe('namesVersion', () => {
  it('finds a release number, bare, with a v or after “version”', () => {
    expect(namesVersion('did 2.3 change the summary')).toBe(true);
    expect(namesVersion('notes of v2.0.1?')).toBe(true);
    expect(namesVersion('after version 3.1 is it the same')).toBe(true);
  });

  it('leaves an amount alone: a unit after it, a range, a share', () => {
    expect(namesVersion('uptime went from 1.2 to 1.5 percent')).toBe(false);
    expect(namesVersion('availability of 99.9% changed')).toBe(false);
    expect(namesVersion('changed teams after 1.5 years')).toBe(false);
    expect(namesVersion('latency changed by 2.5 ms')).toBe(false);
  });
});

describe('namesChange', () => {
  it('finds a verb of change in any tense, as a whole word', () => {
    expect(namesChange('what changed in the summary')).toBe(true);
    expect(namesChange('did it change')).toBe(true);
    expect(namesChange('which parts were reworded')).toBe(true);
  });

  it('leaves other words alone, those that start like one among them', () => {
    expect(namesChange('changelog entry format')).toBe(false);
    expect(namesChange('an unchanged rating')).toBe(false);
  });
});

describe('firstInChangelog', () => {
  const result = (id: string, url: string) => ({ id, data: async () => ({ url }) });

  it('finds the first result on the changelog or a release page, past other pages', async () => {
    const results = [result('a', '/docs/levels/x/'), result('b', '/docs/changes/2.0/#part'), result('c', '/docs/changes/')];
    expect((await firstInChangelog(results, '/changes/'))?.id).toBe('b');
  });

  it('finds none where no result is there', async () => {
    expect(await firstInChangelog([result('a', '/docs/levels/x/')], '/changes/')).toBeUndefined();
  });
});
