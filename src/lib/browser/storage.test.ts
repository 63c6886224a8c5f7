import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { createStore, memoryStorage, maxImportBytes, type StoreSpec } from './storage';

interface Notes {
  items: { id: string; done: boolean }[];
}
const spec: StoreSpec<Notes> = {
  tool: 'test-tool',
  version: 2,
  schema: z.strictObject({ items: z.array(z.strictObject({ id: z.string().check(z.maxLength(40)), done: z.boolean() })) }),
  empty: () => ({ items: [] }),
  migrations: { 1: (d) => ({ items: (d as { ids: string[] }).ids.map((id) => ({ id, done: false })) }) },
};

describe('createStore', () => {
  it('saves, loads and round-trips an export', () => {
    const storage = memoryStorage();
    const store = createStore(spec, storage);
    expect(store.load()).toEqual({ value: { items: [] } });
    store.save({ items: [{ id: 'a', done: true }] });
    const exported = store.exportText(store.load().value);
    store.clear();
    expect(store.load().value).toEqual({ items: [] });
    expect(store.importText(exported)).toEqual({ ok: true, value: { items: [{ id: 'a', done: true }] } });
    expect(store.load().value).toEqual({ items: [{ id: 'a', done: true }] });
  });

  it('migrates data of an older version', () => {
    const store = createStore(spec, memoryStorage());
    const old = JSON.stringify({ format: 'ml-career-handbook', tool: 'test-tool', version: 1, savedAt: '', data: { ids: ['x'] } });
    expect(store.importText(old)).toEqual({ ok: true, value: { items: [{ id: 'x', done: false }] } });
  });

  it.each([
    ['not JSON', '{', 'not valid JSON'],
    ['another tool', JSON.stringify({ format: 'ml-career-handbook', tool: 'other', version: 1, data: {} }), 'exported by the “other” tool'],
    ['a newer version', JSON.stringify({ format: 'ml-career-handbook', tool: 'test-tool', version: 9, data: {} }), 'newer version'],
    ['a foreign file', JSON.stringify({ hello: 'world' }), 'not a handbook export'],
    ['a prototype key', '{"format":"ml-career-handbook","tool":"test-tool","version":2,"data":{"items":[],"__proto__":{"polluted":true}}}', '“__proto__”'],
    ['a wrong type', JSON.stringify({ format: 'ml-career-handbook', tool: 'test-tool', version: 2, data: { items: [{ id: 1, done: true }] } }), 'items.0.id'],
    ['too large', 'x'.repeat(maxImportBytes + 1), 'too large'],
  ])('refuses %s with a clear message and changes nothing', (_name, text, message) => {
    const storage = memoryStorage();
    const store = createStore(spec, storage);
    store.save({ items: [{ id: 'keep', done: true }] });
    const before = storage.dump();
    const result = store.importText(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(message);
    expect(!result.ok && result.error).toContain('Nothing was changed');
    expect(storage.dump()).toEqual(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('keeps unreadable stored data aside instead of losing it', () => {
    const storage = memoryStorage({ 'handbook:test-tool': '{"broken": true' });
    const store = createStore(spec, storage);
    const loaded = store.load();
    expect(loaded.value).toEqual({ items: [] });
    expect(loaded.problem).toContain('could not be read');
    expect(storage.getItem('handbook:test-tool')).toBe('{"broken": true');
    store.save({ items: [] });
    expect(storage.getItem('handbook:test-tool:unreadable')).toBe('{"broken": true');
  });

  it('reports a browser that refuses storage instead of throwing', () => {
    const refusing = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); }, removeItem: () => {} };
    const store = createStore(spec, refusing);
    expect(store.load().problem).toContain('does not allow local storage');
    expect(store.save({ items: [] })).toMatchObject({ ok: false });
  });
});
