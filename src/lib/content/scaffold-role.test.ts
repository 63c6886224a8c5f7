import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scaffoldRole, shortTitlePlaceholder, type ScaffoldInput } from './scaffold-role';
import { shortTitleMaxChars } from '~/schemas/role';
import { titleShortenings } from './short-title';
import { dataCollectionsByName } from '../../schemas/collections';
import { repoRoot } from '../../../tests/support/repo';

const ladder: Omit<ScaffoldInput, 'id' | 'track'> = {
  tracks: ['ic', 'management'],
  competencies: [
    { id: 'design', tracks: ['ic', 'management'] },
    { id: 'coaching', tracks: ['management'] },
  ],
  levels: [
    { id: 'senior', track: 'ic', rank: 1, nextLevels: ['staff'], expectations: { design: { proficiency: 3 } } },
    { id: 'staff', track: 'ic', rank: 2, nextLevels: [], expectations: { design: { proficiency: 4 } } },
  ],
  scale: [1, 2, 3, 4, 5],
  themes: ['inclusion', 'sponsorship'],
};

describe('scaffoldRole', () => {
  it('puts the new level on top of its track with an expectation per competency of that track', () => {
    const result = scaffoldRole({ ...ladder, id: 'chief-ml-scientist', track: 'ic' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // Made from the id: this ladder has no titles to spell its words by, so each is capitalized.
    expect(result.role.title).toBe('Chief Ml Scientist');
    expect(result.role.rank).toBe(3);
    expect(Object.keys(result.role.expectations)).toEqual(['design']);
    expect(result.role.expectations['design']?.proficiency).toBe(4);
    expect(result.role.summary).toMatch(/^TODO:/);
    expect(Object.keys(result.role.sharedExpectations)).toEqual(['inclusion', 'sponsorship']);
    // The same depth as the level below: the scaffold asks what differs.
    expect(result.role.expectations['design']?.differsFromPrevious).toMatch(/^TODO: what differs from staff/);
    expect(result.page).toContain('role: chief-ml-scientist');
  });

  it('titles the role page with more than the level’s title, so that the level’s own page answers a search for its title', () => {
    const result = scaffoldRole({ ...ladder, id: 'chief-ml-scientist', track: 'ic' });
    if (!result.ok) throw new Error('not scaffolded');
    const pageTitle = (parse(result.page.split('---')[1]!) as { title: string }).title;
    expect(pageTitle).toContain(result.role.title);
    expect(pageTitle).not.toBe(result.role.title);
  });

  it('asks a level on top of its track how to keep growing, and one inserted below another how to grow into it', () => {
    const top = scaffoldRole({ ...ladder, id: 'chief-ml-scientist', track: 'ic' });
    const inserted = scaffoldRole({ ...ladder, id: 'senior-staff', track: 'ic', rank: 2 });
    if (!top.ok || !inserted.ok) throw new Error('not scaffolded');
    expect(top.role.growth.join()).not.toMatch(/next/);
    expect(inserted.role.growth.join()).toContain(inserted.role.nextLevels[0]);
  });

  it('starts the first level of a track at the lowest step of the scale', () => {
    const result = scaffoldRole({ ...ladder, id: 'manager', track: 'management', scale: [2, 3] });
    expect(result.ok && Object.values(result.role.expectations).map((e) => e.proficiency)).toEqual([2, 2]);
    expect(result.ok && Object.values(result.role.expectations).some((e) => 'differsFromPrevious' in e)).toBe(false);
  });

  it('on top of its track, leads nowhere yet and is where the level below now leads, besides where it led', () => {
    const result = scaffoldRole({ ...ladder, id: 'principal', track: 'ic' });
    expect(result.ok && result.levelEdits).toEqual([{ id: 'staff', edits: [{ path: ['nextLevels'], value: ['principal'] }] }]);
    expect(result.ok && result.role.nextLevels).toEqual([]);
    const across = scaffoldRole({ ...ladder, levels: ladder.levels.map((l) => (l.id === 'staff' ? { ...l, nextLevels: ['manager'] } : l)), id: 'principal', track: 'ic' });
    expect(across.ok && across.levelEdits).toEqual([{ id: 'staff', edits: [{ path: ['nextLevels'], value: ['manager', 'principal'] }] }]);
    // A level below that already lists the new id is left as it is; listing both, it lists the new one once.
    const listed = scaffoldRole({ ...ladder, levels: ladder.levels.map((l) => (l.id === 'staff' ? { ...l, nextLevels: ['principal'] } : l)), id: 'principal', track: 'ic' });
    expect(listed.ok && listed.levelEdits).toEqual([]);
    const both = scaffoldRole({ ...ladder, levels: ladder.levels.map((l) => (l.id === 'senior' ? { ...l, nextLevels: ['staff', 'lead'] } : l)), id: 'lead', track: 'ic', rank: 2 });
    expect(both.ok && both.levelEdits[0]).toEqual({ id: 'senior', edits: [{ path: ['nextLevels'], value: ['lead'] }] });
    // The first level of a new track has no level below it to change.
    const first = scaffoldRole({ ...ladder, id: 'manager', track: 'management' });
    expect(first.ok && first.levelEdits).toEqual([]);
  });

  it('inserted at a rank, moves the levels from that rank up one and links the new level between its neighbours', () => {
    const result = scaffoldRole({ ...ladder, id: 'lead', track: 'ic', rank: 2 });
    if (!result.ok) throw new Error(result.error);
    expect(result.role.rank).toBe(2);
    // Starts at the level below it, not at the top of the track.
    expect(result.role.expectations['design']?.proficiency).toBe(3);
    expect(result.role.expectations['design']?.differsFromPrevious).toMatch(/what differs from senior/);
    expect(result.role.nextLevels).toEqual(['staff']);
    expect(result.levelEdits).toEqual([
      { id: 'senior', edits: [{ path: ['nextLevels'], value: ['lead'] }] },
      { id: 'staff', edits: [{ path: ['rank'], value: 3 }] },
    ]);
    // A level below that led elsewhere (another track) now leads to the new level as well.
    const across = scaffoldRole({ ...ladder, levels: ladder.levels.map((l) => (l.id === 'senior' ? { ...l, nextLevels: ['manager'] } : l)), id: 'lead', track: 'ic', rank: 2 });
    expect(across.ok && across.levelEdits[0]).toEqual({ id: 'senior', edits: [{ path: ['nextLevels'], value: ['manager', 'lead'] }] });
    // At the bottom: nothing below it to link, every level moves up.
    const first = scaffoldRole({ ...ladder, id: 'mid', track: 'ic', rank: 1 });
    expect(first.ok && first.levelEdits).toEqual([
      { id: 'senior', edits: [{ path: ['rank'], value: 2 }] },
      { id: 'staff', edits: [{ path: ['rank'], value: 3 }] },
    ]);
    expect(first.ok && first.role.nextLevels).toEqual(['senior']);
    expect(first.ok && first.role.expectations['design']?.proficiency).toBe(1);
  });

  it('writes plain YAML, without anchors or aliases, that reads back as the role', () => {
    const result = scaffoldRole({ ...ladder, id: 'principal', track: 'ic' });
    if (!result.ok) throw new Error(result.error);
    expect(result.roleYaml).not.toMatch(/[&*][a-z]+\d/);
    expect(parse(result.roleYaml)).toEqual(result.role);
  });

  it.each([
    ['Bad Id', 'ic', undefined, 'not a kebab-case id'],
    ['staff', 'ic', undefined, 'already exists'],
    ['new-one', 'research', undefined, 'track “research” does not exist'],
    ['new-one', 'ic', 4, 'would break the track’s sequence'],
    ['new-one', 'ic', 0, 'would break the track’s sequence'],
  ])('refuses %s in %s', (id, track, rank, message) => {
    const result = scaffoldRole({ ...ladder, id, track, ...(rank !== undefined ? { rank } : {}) });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(message);
  });
});

it('sends a team that names a track the ladder lacks to the tracks file and to the guide’s section on adding a track', () => {
  const result = scaffoldRole({ ...ladder, id: 'new-one', track: 'platform' });
  const error = result.ok ? '' : result.error;
  expect(error).toContain(dataCollectionsByName.tracks.file);
  const slip = scaffoldRole({ ...ladder, id: 'new-one', track: 'managment' });
  expect(slip.ok ? '' : slip.error).toContain('did you mean “management”');
  // The section it links to is a heading of the page at that address.
  const [href, anchor] = error.match(/(\/[\w/-]+\/)#([\w-]+)/)!.slice(1) as [string, string];
  const page = readFileSync(join(repoRoot, 'content/docs', `${href.replace(/^\/|\/$/g, '')}.mdx`), 'utf8');
  const slugger = new GithubSlugger();
  expect(page.split('\n').filter((line) => /^#{2,6} /.test(line)).map((line) => slugger.slug(line.replace(/^#+ /, '')))).toContain(anchor);
});

describe('shortTitlePlaceholder', () => {
  // How a synthetic ladder shortens its titles (short-title.ts finds the shortenings).
  const shortenings = titleShortenings([
    { title: 'Senior Data Scientist', shortTitle: 'Senior DS' },
    { title: 'Research Engineering Manager', shortTitle: 'Research EngM' },
  ]);

  it.each([
    ['Distinguished Data Scientist', 'TODO: e.g. Distinguished DS'],
    ['Staff  data scientist ', 'TODO: e.g. Staff DS'],
    ['Platform Engineering Manager', 'TODO: e.g. Platform EngM'],
  ])('makes the example of %j from its own words, shortened as the ladder shortens', (title, placeholder) => expect(shortTitlePlaceholder(title, shortenings)).toBe(placeholder));

  it('gives a hint naming no other title where the title has nothing the ladder shortens, or the ladder shortens nothing', () => {
    for (const [title, given] of [['Chief Scientist', shortenings], ['Head of Data', shortenings], ['', shortenings], ['Distinguished Data Scientist', []]] as const) {
      const hint = shortTitlePlaceholder(title, given);
      expect(hint).toMatch(/^TODO: shorter than the title/);
      expect(hint).not.toMatch(/e\.g\./);
    }
  });

  it('fits the schema’s length, so that a scaffolded level’s short title is reported only as a placeholder', () => {
    const long = 'Distinguished Principal Research Data Scientist';
    const hint = shortTitlePlaceholder(long, shortenings);
    expect(hint.length).toBeLessThanOrEqual(shortTitleMaxChars);
    expect(shortTitlePlaceholder('Distinguished Data Scientist', shortenings).length).toBeLessThanOrEqual(shortTitleMaxChars);
  });

  it('is the placeholder of the level it scaffolds, following its title and the ladder’s own short titles', () => {
    const titled = { ...ladder, levels: ladder.levels.map((l) => ({ ...l, title: `${l.id} Data Scientist`, shortTitle: `${l.id} DS` })) };
    const derived = scaffoldRole({ ...titled, id: 'fellow-data-scientist', track: 'ic' });
    const given = scaffoldRole({ ...titled, id: 'head-scientist', title: 'Head Scientist', track: 'ic' });
    const untitled = scaffoldRole({ ...ladder, id: 'fellow-data-scientist', track: 'ic' });
    if (!derived.ok || !given.ok || !untitled.ok) throw new Error('not scaffolded');
    expect(derived.role.shortTitle).toBe('TODO: e.g. Fellow DS');
    expect(given.role.shortTitle).toBe('TODO: shorter than the title');
    // A ladder whose levels give no short titles has nothing to shorten by.
    expect(untitled.role.shortTitle).toBe('TODO: shorter than the title');
  });

  it('spells the words of a title made from an id as the ladder’s titles spell them', () => {
    const titled = { ...ladder, levels: ladder.levels.map((l) => ({ ...l, title: `${l.id} DL Engineer` })) };
    const derived = scaffoldRole({ ...titled, id: 'fellow-dl-engineer', track: 'ic' });
    if (!derived.ok) throw new Error('not scaffolded');
    expect(derived.role.title).toBe('Fellow DL Engineer');
  });

  it('shortens a title made from a new level’s id as the ladder’s ids are shortened', () => {
    const abbreviated = { ...ladder, levels: ladder.levels.map((l) => ({ ...l, id: `${l.id}-dl-engineer`, title: `${l.id} Deep Learning Engineer`, shortTitle: `${l.id} DLE` })) };
    const derived = scaffoldRole({ ...abbreviated, id: 'fellow-dl-engineer', track: 'ic' });
    if (!derived.ok) throw new Error('not scaffolded');
    expect(derived.role.shortTitle).toBe('TODO: e.g. Fellow DLE');
  });
});
