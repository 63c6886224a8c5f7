import { EventEmitter } from 'node:events';
import { sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type { DataCollection } from '../../../schemas/collections';
import type { Entry } from './load';
import { isCollectionFile, readingLoader, writtenValue } from './reading-loader';

const tracks = { name: 'tracks', kind: 'list', file: 'content/family/tracks.yaml', title: 'Tracks' } as unknown as DataCollection;
const root = `${sep}site${sep}`;

/** An entry of `tracks.yaml` as the reading holds it: the file's value, and the schema's output. */
function entry(index: number, written: Record<string, unknown>, valid = true): Entry {
  const list: unknown[] = [];
  list[index] = written;
  return { collection: 'tracks', id: String(written['id']), file: 'content/family/tracks.yaml', data: { ...written, parsed: true }, valid, pathPrefix: [index], source: { value: list } } as unknown as Entry;
}

function context(withWatcher: boolean) {
  const stored = new Map<string, unknown>();
  const watcher = withWatcher ? new EventEmitter() : undefined;
  const parseData = vi.fn(async ({ data }: { data: Record<string, unknown> }): Promise<Record<string, unknown>> => ({ ...data, checkedByAstro: true }));
  const logger = { warn: vi.fn(), error: vi.fn() };
  const ctx = { config: { root: pathToFileURL(root) }, store: { clear: () => stored.clear(), set: ({ id, data }: { id: string; data: unknown }) => stored.set(id, data) }, parseData, watcher, logger };
  return { ctx, stored, parseData, watcher, logger };
}

const reading = (entries: Entry[], unreadable: string[] = [], problems: unknown[] = []) => () => ({ entries, unreadable: new Set(unreadable), problems }) as never;

describe('readingLoader', () => {
  it('in a build, stores valid entries as the reading parsed them and sends only invalid ones through Astro’s check', async () => {
    const { ctx, stored, parseData } = context(false);
    await readingLoader(tracks, reading([entry(0, { id: 'ic' }), entry(1, { id: 'bad' }, false)])).load(ctx as never);
    expect(stored.get('ic')).toEqual({ id: 'ic', parsed: true });
    expect(stored.get('bad')).toEqual({ id: 'bad', checkedByAstro: true });
    expect(parseData).toHaveBeenCalledTimes(1);
  });

  it('in dev, checks every entry from its written value (the schema may have changed) and fills again when a YAML file changes', async () => {
    const entries = [entry(0, { id: 'ic' })];
    const { ctx, stored, parseData, watcher } = context(true);
    await readingLoader(tracks, reading(entries)).load(ctx as never);
    expect(stored.get('ic')).toEqual({ id: 'ic', checkedByAstro: true });
    entries.push(entry(1, { id: 'management' }));
    watcher!.emit('all', 'change', `${root}content${sep}family${sep}tracks.yaml`);
    watcher!.emit('all', 'change', `${root}src${sep}other.yaml`);
    await vi.waitFor(() => expect(stored.has('management')).toBe(true));
    expect(parseData).toHaveBeenCalledTimes(3);
  });

  const parseErrors = [
    { file: 'content/family/tracks.yaml', line: 3, column: 5, rule: 'yaml-syntax', message: 'bad indentation' },
    { file: 'content/family/glossary.yaml', line: 1, column: 1, rule: 'yaml-syntax', message: 'elsewhere' },
  ];

  it('in a build, stops with the parse errors of the collection’s files instead of leaving it empty', async () => {
    const { ctx } = context(false);
    await expect(readingLoader(tracks, reading([], ['tracks'], parseErrors)).load(ctx as never)).rejects.toThrow(/tracks\.yaml:3:5\s+yaml-syntax\s+bad indentation/);
  });

  it('in dev, keeps serving a collection with a file that does not parse: its other entries stay, and a warning gives the parse errors', async () => {
    const roles = { name: 'roles', kind: 'document', base: 'content/roles', pattern: '*/role.yaml' } as unknown as DataCollection;
    const lead = { ...entry(0, { id: 'lead' }), collection: 'roles', file: 'content/roles/lead/role.yaml', pathPrefix: [] } as Entry;
    lead.source = { value: { id: 'lead' } } as never;
    const problems = [{ ...parseErrors[0]!, file: 'content/roles/staff/role.yaml' }, parseErrors[1]];
    const { ctx, stored, logger } = context(true);
    await readingLoader(roles, reading([lead], ['roles'], problems)).load(ctx as never);
    expect([...stored.keys()]).toEqual(['lead']);
    expect(logger.warn).toHaveBeenCalledTimes(1);
    const warning = String(logger.warn.mock.calls[0]![0]);
    expect(warning).toContain('every entry of content/roles/staff/role.yaml');
    expect(warning).toMatch(/content\/roles\/staff\/role\.yaml:3:5\s+yaml-syntax\s+bad indentation/);
    expect(warning).not.toContain('glossary');
  });

  it('in dev, leaves out an entry with a problem, warning with the validator’s report of it, and keeps the valid ones', async () => {
    const problems = [
      { file: 'content/family/tracks.yaml', line: 7, column: 9, rule: 'invalid-type', message: '`rank` has the wrong type', expected: 'number', found: '"three"' },
      { file: 'content/family/glossary.yaml', line: 2, column: 3, rule: 'invalid-type', message: 'elsewhere' },
    ];
    const { ctx, stored, parseData, logger } = context(true);
    await readingLoader(tracks, reading([entry(0, { id: 'ic' }), entry(1, { id: 'bad' }, false)], [], problems)).load(ctx as never);
    expect([...stored.keys()]).toEqual(['ic']);
    expect(parseData).toHaveBeenCalledTimes(1);
    const warning = String(logger.warn.mock.calls[0]![0]);
    expect(warning).toContain('leaves out bad ');
    expect(warning).toContain('content/family/tracks.yaml:7:9  invalid-type  `rank` has the wrong type (expected number, found "three")');
    expect(warning).not.toContain('glossary');
  });

  it('in dev, leaves out an entry that the schema as it is now refuses, with Astro’s message, and warns nothing when all is well', async () => {
    const { ctx, stored, parseData, logger, watcher } = context(true);
    const entries = [entry(0, { id: 'ic' }), entry(1, { id: 'management' })];
    parseData.mockImplementation(async ({ data }) => {
      if (data['id'] === 'management') throw new Error('management data does not match collection schema');
      return data;
    });
    await readingLoader(tracks, reading(entries)).load(ctx as never);
    expect([...stored.keys()]).toEqual(['ic']);
    expect(String(logger.warn.mock.calls[0]![0])).toMatch(/leaves out management [^]*content\/family\/tracks\.yaml {2}management: management data does not match/);
    parseData.mockImplementation(async ({ data }) => data);
    watcher!.emit('all', 'change', `${root}content${sep}family${sep}tracks.yaml`);
    await vi.waitFor(() => expect(stored.has('management')).toBe(true));
    expect(logger.warn).toHaveBeenCalledTimes(1);
  });
});

describe('the helpers', () => {
  it('read an entry’s value as written, inside its file', () => {
    expect(writtenValue({ pathPrefix: [1], source: { value: [{ id: 'a' }, { id: 'b' }] } } as never)).toEqual({ id: 'b' });
    expect(writtenValue({ pathPrefix: [], source: { value: { id: 'doc' } } } as never)).toEqual({ id: 'doc' });
  });
  it('know which files belong to a list or a folder collection', () => {
    const roles = { name: 'roles', kind: 'document', base: 'content/roles', pattern: '*/role.yaml' } as unknown as DataCollection;
    expect(isCollectionFile(tracks, 'content/family/tracks.yaml')).toBe(true);
    expect(isCollectionFile(tracks, 'content/family/paths.yaml')).toBe(false);
    expect(isCollectionFile(roles, 'content/roles/lead/role.yaml')).toBe(true);
    expect(isCollectionFile(roles, 'content/rolesx/a.yaml')).toBe(false);
  });
});
