import { describe, expect, it } from 'vitest';
import { importSourceWords } from '~/lib/browser/import-source';
import { lazyCode, readingLine } from './lazy-code';

describe('lazyCode', () => {
  it('loads the module once, however often it is asked for', async () => {
    let loads = 0;
    const code = lazyCode(async () => ({ n: ++loads }));
    const [a, b] = await Promise.all([code.getOrNull(), code.getOrNull()]);
    expect(a).toBe(b);
    expect(await code.getOrNull()).toBe(a);
    expect(loads).toBe(1);
  });

  it('gives null for a load that failed (the reader was offline), and tries again on the next call rather than failing for good', async () => {
    let loads = 0;
    const code = lazyCode(async () => {
      if (++loads === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return { ok: true };
    });
    expect(await code.getOrNull()).toBe(null);
    expect(await code.getOrNull()).toEqual({ ok: true });
    expect(loads).toBe(2);
  });

  it('starts the load when the reader points at or focuses the control, once, and a failed preload stays silent', async () => {
    let loads = 0;
    const code = lazyCode(async () => {
      loads++;
      throw new Error('offline');
    });
    const control = new EventTarget() as unknown as Element;
    code.preloadOn(control);
    code.preloadOn(null);
    control.dispatchEvent(new Event('pointerenter'));
    control.dispatchEvent(new Event('pointerenter'));
    await new Promise((r) => setTimeout(r, 0));
    expect(loads).toBe(1);
    control.dispatchEvent(new Event('focusin'));
    await new Promise((r) => setTimeout(r, 0));
    expect(loads).toBe(2);
  });
});

describe('lazyCode’s reading line', () => {
  /** A status line that keeps every text it was given, saying `before` at first. */
  const statusLine = (line: string, before = '') => {
    const said: string[] = [];
    return { said, reading: { key: said, line, say: (text: string) => void said.push(text), shown: () => said.at(-1) ?? before } };
  };
  /** A module that arrives when `arrive` is called (a slow network), or fails with `fail`. */
  const slowModule = () => {
    let arrive!: () => void;
    let fail!: () => void;
    const code = lazyCode(() => new Promise<object>((resolve, reject) => ((arrive = () => resolve({})), (fail = () => reject(new Error('offline'))))));
    return { code, arrive: () => arrive(), fail: () => fail() };
  };

  it('says the line while the module loads and takes it back once it came or failed, and says nothing once it is loaded', async () => {
    let fail = true;
    const code = lazyCode(async () => {
      if (fail) throw new Error('offline');
      return {};
    });
    const failed = statusLine('Reading');
    await code.getOrNull(failed.reading);
    expect(failed.said).toEqual(['Reading', '']);
    fail = false;
    const came = statusLine('Reading');
    await code.getOrNull(came.reading);
    expect(came.said).toEqual(['Reading', '']);
    const loaded = statusLine('Reading');
    await code.getOrNull(loaded.reading);
    expect(loaded.said).toEqual([]);
  });

  it('puts back what the status line said before its own line, whether the module came or failed', async () => {
    for (const outcome of ['fail', 'arrive'] as const) {
      const slow = slowModule();
      const { said, reading } = statusLine('Reading “a.json”…', 'Exported a file.');
      const module = slow.code.getOrNull(reading);
      slow[outcome]();
      await module;
      expect(said).toEqual(['Reading “a.json”…', 'Exported a file.']);
    }
  });

  it('puts back what was said before the first of two reading lines, not the first line, when a second choice is read while the module loads', async () => {
    const slow = slowModule();
    const { said, reading } = statusLine('Reading “a.json”…', 'Exported a file.');
    const first = slow.code.getOrNull(reading);
    const second = slow.code.getOrNull({ ...reading, line: 'Reading “b.json”…' });
    slow.fail();
    await Promise.all([first, second]);
    expect(said).toEqual(['Reading “a.json”…', 'Reading “b.json”…', 'Exported a file.']);
  });

  it('puts back each status line’s own earlier line when two status lines read a file of the same name while the module loads', async () => {
    for (const outcome of ['fail', 'arrive'] as const) {
      const slow = slowModule();
      const panel = statusLine(readingLine('a.json'), 'Exported a file.');
      const team = statusLine(readingLine('a.json'), 'Saved.');
      const both = Promise.all([slow.code.getOrNull(panel.reading), slow.code.getOrNull(team.reading)]);
      slow[outcome]();
      await both;
      expect(panel.said).toEqual([readingLine('a.json'), 'Exported a file.']);
      expect(team.said).toEqual([readingLine('a.json'), 'Saved.']);
    }
  });

  it('puts back a line said between two reading lines, not the one from before the first, and the line from before a file chosen twice', async () => {
    const slow = slowModule();
    const { said, reading } = statusLine('Reading “a.json”…', 'Exported a file.');
    const first = slow.code.getOrNull(reading);
    reading.say('Saved.');
    const second = slow.code.getOrNull({ ...reading, line: 'Reading “b.json”…' });
    slow.arrive();
    await Promise.all([first, second]);
    expect(said).toEqual(['Reading “a.json”…', 'Saved.', 'Reading “b.json”…', 'Saved.']);

    const again = slowModule();
    const twice = statusLine('Reading “a.json”…', 'Exported a file.');
    const both = Promise.all([again.code.getOrNull(twice.reading), again.code.getOrNull(twice.reading)]);
    again.fail();
    await both;
    expect(twice.said).toEqual(['Reading “a.json”…', 'Reading “a.json”…', 'Exported a file.']);
  });

  it('leaves a line said while the module loaded in place of its own', async () => {
    let arrive!: () => void;
    const code = lazyCode(() => new Promise<object>((resolve) => (arrive = () => resolve({}))));
    const { said, reading } = statusLine('Reading “a.json”…');
    const module = code.getOrNull(reading);
    reading.say('Exported a file.');
    arrive();
    await module;
    expect(said).toEqual(['Reading “a.json”…', 'Exported a file.']);
  });
});

describe('readingLine', () => {
  it('names what is read as every line about the import does (importSourceWords)', () => {
    for (const source of ['ada.json', { files: ['ada.json'] }, { files: ['a.json', 'b.json'] }, { pasted: true as const }]) expect(readingLine(source)).toContain(importSourceWords(source));
    expect(readingLine({ files: ['a.json', 'b.json'] })).not.toContain('a.json');
  });
});
