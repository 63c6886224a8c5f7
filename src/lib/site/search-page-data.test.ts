import { describe, expect, it } from 'vitest';
import { oneAtATimePerKey } from './search-page-data';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A call named `name` that writes its start and end into `log`, a tick apart, and answers its name. */
const loggedCall = (log: string[], name: string) => async () => {
  log.push(`${name} start`);
  await tick();
  log.push(`${name} end`);
  return name;
};

describe('oneAtATimePerKey', () => {
  it('runs the calls of one key one after another, in the order they came', async () => {
    const queue = oneAtATimePerKey();
    const log: string[] = [];
    const call = (name: string) => loggedCall(log, name);
    expect(await Promise.all([queue.run('p', call('a')), queue.run('p', call('b'))])).toEqual(['a', 'b']);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end']);
  });

  it('lets the calls of different keys overlap', async () => {
    const queue = oneAtATimePerKey();
    const log: string[] = [];
    const call = (name: string) => loggedCall(log, name);
    await Promise.all([queue.run('p', call('a')), queue.run('q', call('b'))]);
    expect(log).toEqual(['a start', 'b start', 'a end', 'b end']);
  });

  it('runs the next call of a key after one that failed, and passes the failure to its own caller only', async () => {
    const queue = oneAtATimePerKey();
    const failed = queue.run('p', async () => {
      throw new Error('gone');
    });
    const next = queue.run('p', async () => 'next');
    await expect(failed).rejects.toThrow('gone');
    expect(await next).toBe('next');
  });

  it('holds nothing once every call has settled', async () => {
    const queue = oneAtATimePerKey();
    const calls = [queue.run('p', async () => 1), queue.run('p', async () => 2), queue.run('q', async () => 3)];
    expect(queue.pending).toBe(2);
    await Promise.all(calls);
    await tick();
    expect(queue.pending).toBe(0);
  });

  it('gives each call its own value, never an earlier call’s', async () => {
    const queue = oneAtATimePerKey();
    let loaded = 'first load';
    expect(await queue.run('p', async () => loaded)).toBe('first load');
    loaded = 'second load';
    expect(await queue.run('p', async () => loaded)).toBe('second load');
  });
});
