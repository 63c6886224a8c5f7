import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyYamlEdits, offsetOf, YamlEditError, yamlPathAt } from './yaml-edit';

const file = `# A level (comments stay)
title: Lead
summary: >-
  A long folded text that
  spans two lines.
expectations:
  design:
    proficiency: 3 # the depth
    behaviors:
      - Designs systems.
      - "Reviews: designs of others."
      - Owns SLOs for
        the services.
    evidence: [A design doc, A review]
`;

describe('applyYamlEdits', () => {
  it('edits a file saved with a byte-order mark, which it keeps, as it edits one without, its spans counted in the file as written', () => {
    const list = '- id: a\n  levels: [x, y]\n';
    const plain = applyYamlEdits(list, [{ path: [0, 'levels'], value: ['x', 'z', 'y'] }]);
    const marked = applyYamlEdits(`\uFEFF${list}`, [{ path: [0, 'levels'], value: ['x', 'z', 'y'] }]);
    expect(marked.text).toBe(`\uFEFF${plain.text}`);
    expect(marked.spans.map((s) => marked.text.slice(s.start, s.end))).toEqual(plain.spans.map((s) => plain.text.slice(s.start, s.end)));
  });

  it('changes nothing when given no edits', () => {
    expect(applyYamlEdits(file, []).text).toBe(file);
  });

  it('replaces a number in place, keeping the comment after it', () => {
    const { text } = applyYamlEdits(file, [{ path: ['expectations', 'design', 'proficiency'], value: 4 }]);
    expect(text).toBe(file.replace('proficiency: 3 #', 'proficiency: 4 #'));
  });

  it('replaces only the changed item of a list of the same length', () => {
    const { text } = applyYamlEdits(file, [{ path: ['expectations', 'design', 'behaviors'], value: ['Designs systems.', 'Reviews others’ designs.', 'Owns SLOs for the services.'] }]);
    expect(text).toBe(file.replace('"Reviews: designs of others."', 'Reviews others’ designs.'));
  });

  it('rewrites a list that grows or shrinks, keeping the source of the items it keeps', () => {
    const value = ['Designs systems.', 'Owns SLOs for the services.', 'Mentors: two engineers.'];
    const { text } = applyYamlEdits(file, [{ path: ['expectations', 'design', 'behaviors'], value }]);
    expect(parse(text).expectations.design.behaviors).toEqual(value);
    expect(text).toContain('- Owns SLOs for\n        the services.\n      - "Mentors: two engineers."\n');
    // Everything outside the list is untouched.
    expect(text.replace(/behaviors:[\s\S]*?evidence/, '')).toBe(file.replace(/behaviors:[\s\S]*?evidence/, ''));
  });

  it('adds an item at the end of a list, keeping every item before it byte for byte', () => {
    const value = ['Designs systems.', 'Reviews: designs of others.', 'Owns SLOs for the services.', 'Writes a memo.'];
    const { text } = applyYamlEdits(file, [{ path: ['expectations', 'design', 'behaviors'], value }]);
    expect(parse(text).expectations.design.behaviors).toEqual(value);
    expect(text).toBe(file.replace('        the services.\n', '        the services.\n      - Writes a memo.\n'));
  });

  it('adds two items at the end of a list', () => {
    const value = ['Designs systems.', 'Reviews: designs of others.', 'Owns SLOs for the services.', 'Writes a memo.', 'Runs the review.'];
    const { text } = applyYamlEdits(file, [{ path: ['expectations', 'design', 'behaviors'], value }]);
    expect(parse(text).expectations.design.behaviors).toEqual(value);
    expect(text).toBe(file.replace('        the services.\n', '        the services.\n      - Writes a memo.\n      - Runs the review.\n'));
  });

  it('removes the last item of a list', () => {
    const value = ['Designs systems.', 'Reviews: designs of others.'];
    const { text } = applyYamlEdits(file, [{ path: ['expectations', 'design', 'behaviors'], value }]);
    expect(parse(text).expectations.design.behaviors).toEqual(value);
    expect(text).toBe(file.replace('\n      - Owns SLOs for\n        the services.', ''));
  });

  it('adds an item at the end of a flow list', () => {
    const { text } = applyYamlEdits(file, [{ path: ['expectations', 'design', 'evidence'], value: ['A design doc', 'A review', 'A memo'] }]);
    expect(text).toBe(file.replace('[A design doc, A review]', '[A design doc, A review, A memo]'));
  });

  it('rewrites a flow list as a flow list', () => {
    const { text } = applyYamlEdits(file, [{ path: ['expectations', 'design', 'evidence'], value: ['A design doc'] }]);
    expect(text).toContain('evidence: [A design doc]\n');
  });

  it('quotes an item of a flow list that holds a comma or a bracket, so that it stays one item', () => {
    const value = ['A design doc', 'Lead Software Engineer, ML', 'A [draft] memo'];
    const { text } = applyYamlEdits(file, [{ path: ['expectations', 'design', 'evidence'], value }]);
    expect(parse(text).expectations.design.evidence).toEqual(value);
  });

  it('quotes text that YAML would read as something else', () => {
    const { text } = applyYamlEdits(file, [{ path: ['expectations', 'design', 'proficiency'], value: 'five' }, { path: ['title'], value: '2026-01-01' }]);
    const data = parse(text);
    expect(data.expectations.design.proficiency).toBe('five');
    expect(data.title).toBe('2026-01-01');
  });

  it('says where each edit’s new text sits in the new file', () => {
    const { text, spans } = applyYamlEdits(file, [
      { path: ['title'], value: 'Lead Engineer' },
      { path: ['expectations', 'design', 'proficiency'], value: 5 },
    ]);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Lead Engineer', '5']);
  });

  it('adds a top-level key the file leaves out at its end, and nothing else', () => {
    const { text } = applyYamlEdits(file, [{ path: ['nextLevels'], value: ['staff'] }]);
    expect(text).toBe(`${file}nextLevels: [staff]\n`);
    expect(parse(text).nextLevels).toEqual(['staff']);
    expect(applyYamlEdits('title: Lead', [{ path: ['rank'], value: 2 }]).text).toBe('title: Lead\nrank: 2\n');
  });

  describe('keeps everything around the items it changes', () => {
    const commented = `behaviors:
  # why these
  - A thing. # the first
  # kept for the 2025 review
  - >-
    B thing
    folded.
evidence: [X]
`;
    const behaviors = (text: string) => parse(text).behaviors as string[];

    it('adds an item after a last item written as a block scalar, on a line of its own', () => {
      const { text } = applyYamlEdits(commented, [{ path: ['behaviors'], value: ['A thing.', 'B thing folded.', 'C thing.'] }]);
      expect(text).toBe(commented.replace('    folded.\n', '    folded.\n  - C thing.\n'));
      expect(parse(text)).toEqual({ behaviors: ['A thing.', 'B thing folded.', 'C thing.'], evidence: ['X'] });
    });

    it('rewords a last item written as a block scalar without joining the next key to it', () => {
      const { text } = applyYamlEdits(commented, [{ path: ['behaviors'], value: ['A thing.', 'B thing.'] }]);
      expect(parse(text)).toEqual({ behaviors: ['A thing.', 'B thing.'], evidence: ['X'] });
      const summary = 'summary: >-\n  Long\n  text.\ntitle: Lead\n';
      expect(parse(applyYamlEdits(summary, [{ path: ['summary'], value: 'Short.' }]).text)).toEqual({ summary: 'Short.', title: 'Lead' });
    });

    it('keeps the comments between items, and each item’s own comment on it, when a list grows', () => {
      const value = ['New first.', 'A thing.', 'Between.', 'B thing folded.', 'C thing.'];
      const { text } = applyYamlEdits(commented, [{ path: ['behaviors'], value }]);
      expect(behaviors(text)).toEqual(value);
      expect(text).toContain('  - A thing. # the first\n');
      expect(text.match(/#.*$/gm)).toEqual(commented.match(/#.*$/gm));
      // Only lines were added: every line of the file is still there, in order.
      const rest = text.split('\n');
      const inOrder = commented.split('\n').every((line) => rest.splice(0, rest.indexOf(line) + 1).at(-1) === line);
      expect(inOrder).toBe(true);
    });

    it('keeps the line breaks and comments of a flow list written over several lines when an item is added or reworded in it', () => {
      const flow = 'levels: [\n  staff, # where it starts\n  principal,\n] # the top two\nname: Lead\n';
      const added = applyYamlEdits(flow, [{ path: ['levels'], value: ['junior', 'staff', 'senior-staff', 'principal'] }]).text;
      expect(added).toBe('levels: [\n  junior, staff, senior-staff, # where it starts\n  principal,\n] # the top two\nname: Lead\n');
      const reworded = applyYamlEdits(flow, [{ path: ['levels'], value: ['staff', 'Principal, ML'] }]).text;
      expect(reworded).toBe(flow.replace('principal,', '"Principal, ML",'));
      expect(parse(reworded).levels).toEqual(['staff', 'Principal, ML']);
    });

    it('takes items out of a flow list where they sit: their own lines with their comments, or their comma on a shared line', () => {
      const flow = 'levels: [\n  staff, # where it starts\n  senior-staff, # added in 2026\n  principal,\n] # the top three\nname: Lead\n';
      const remove = (text: string, value: string[]) => applyYamlEdits(text, [{ path: ['levels'], value }]).text;
      expect(remove(flow, ['staff', 'principal'])).toBe(flow.replace('  senior-staff, # added in 2026\n', ''));
      expect(remove(flow, ['principal'])).toBe(flow.replace('  staff, # where it starts\n  senior-staff, # added in 2026\n', ''));
      expect(remove(flow, ['staff'])).toBe(flow.replace('  senior-staff, # added in 2026\n  principal,\n', ''));
      expect(remove(flow.replace(/\n/g, '\r\n'), ['staff', 'principal'])).toBe(flow.replace('  senior-staff, # added in 2026\n', '').replace(/\n/g, '\r\n'));
      const shared = 'levels: [a, b, # on a and b\n  c, d]\n';
      expect(remove(shared, ['a', 'c', 'd'])).toBe('levels: [a, # on a and b\n  c, d]\n');
      expect(remove(shared, ['b', 'c', 'd'])).toBe('levels: [b, # on a and b\n  c, d]\n');
      expect(remove(shared, ['a', 'b', 'd'])).toBe('levels: [a, b, # on a and b\n  d]\n');
      expect(remove(shared, ['a', 'b', 'c'])).toBe('levels: [a, b, # on a and b\n  c]\n');
      expect(remove(shared, ['x', 'd'])).toBe('levels: [x, # on a and b\n  d]\n');
      expect(remove('levels: [a, b, c]\n', ['a', 'c'])).toBe('levels: [a, c]\n');
      const ownLineThenEnd = 'levels: [\n  a,\n  b,\n  c ]\n';
      expect(remove(ownLineThenEnd, ['a'])).toBe('levels: [\n  a,\n ]\n');
      for (const value of [['a', 'c', 'd'], ['b', 'c', 'd'], ['a', 'b', 'd'], ['a', 'b', 'c'], ['x', 'd'], ['d'], ['a']]) expect(parse(remove(shared, value)).levels).toEqual(value);
      for (const value of [['staff'], ['principal'], ['senior-staff'], ['staff', 'principal'], ['junior', 'principal']]) expect(parse(remove(flow, value)).levels).toEqual(value);
    });

    it('leaves a flow list that reads as the items kept, whichever items are taken out and however the list is laid out', () => {
      const layouts = ['[a, b, c, d]', '[\n  a,\n  b,\n  c,\n  d\n]', '[a, b, # x\n  c, d]', '[ # x\n  a, # a\n  b, c, # bc\n  d ]', '[\r\n  a,\r\n  b, c,\r\n  d,\r\n]'];
      const all = ['a', 'b', 'c', 'd'];
      for (const layout of layouts)
        for (let mask = 1; mask < 16; mask++) {
          const value = all.filter((_, i) => mask & (1 << i));
          const text = applyYamlEdits(`levels: ${layout}\nname: Lead\n`, [{ path: ['levels'], value }]).text;
          expect(parse(text), `${JSON.stringify(layout)} keeping ${value.join(', ')}`).toEqual({ levels: value, name: 'Lead' });
        }
    });

    it('ends the lines it adds with the file’s own line break (CRLF, as Git for Windows checks a file out), and removes a line with its own', () => {
      const crlf = (text: string) => text.replace(/\n/g, '\r\n');
      const block = 'levels:\n  - staff\n  - principal\nname: Lead';
      expect(applyYamlEdits(crlf(block), [{ path: ['levels'], value: ['junior', 'staff', 'senior-staff', 'principal'] }]).text).toBe(
        crlf('levels:\n  - junior\n  - staff\n  - senior-staff\n  - principal\nname: Lead'),
      );
      expect(applyYamlEdits(crlf(block), [{ path: ['levels'], value: ['principal'] }]).text).toBe(crlf('levels:\n  - principal\nname: Lead'));
      expect(applyYamlEdits(crlf('levels:\n  - staff\n  - principal'), [{ path: ['levels'], value: ['staff'] }]).text).toBe(crlf('levels:\n  - staff'));
      expect(applyYamlEdits(crlf('title: Lead\n'), [{ path: ['rank'], value: 2 }]).text).toBe(crlf('title: Lead\nrank: 2\n'));
    });

    it('keeps the comments between items when a list shrinks', () => {
      const { text } = applyYamlEdits(commented, [{ path: ['behaviors'], value: ['B thing folded.'] }]);
      expect(behaviors(text)).toEqual(['B thing folded.']);
      expect(text).toBe(commented.replace('  - A thing. # the first\n', ''));
      const three = 'list:\n  - A\n  # on B\n  - B\n  - C\n';
      expect(applyYamlEdits(three, [{ path: ['list'], value: ['A', 'C'] }]).text).toBe('list:\n  - A\n  # on B\n  - C\n');
    });

    it('refuses to change a list shared through an anchor, naming it, instead of changing the other place too', () => {
      const shared = 'expectations:\n  design:\n    behaviors: &b\n      - A\n    evidence: *b\n';
      for (const field of ['behaviors', 'evidence']) {
        const edit = { path: ['expectations', 'design', field], value: ['A', 'B'] };
        const thrown = (() => {
          try {
            applyYamlEdits(shared, [edit]);
            return undefined;
          } catch (error) {
            return error;
          }
        })();
        expect(thrown).toBeInstanceOf(YamlEditError);
        expect((thrown as YamlEditError).edit).toBe(edit);
        expect((thrown as Error).message).toMatch(new RegExp(`^expectations\\.design\\.${field}: .*(anchor|alias)`));
      }
      // An anchor nothing refers to shares nothing.
      expect(parse(applyYamlEdits('list: &l\n  - A\n', [{ path: ['list'], value: ['A', 'B'] }]).text).list).toEqual(['A', 'B']);
    });
  });

  it('refuses a path that leads nowhere', () => {
    expect(() => applyYamlEdits(file, [{ path: ['expectations', 'missing', 'proficiency'], value: 1 }])).toThrow(/expectations\.missing\.proficiency/);
  });

  it('names the edit it cannot apply, so a caller can say where that edit came from', () => {
    const broken = { path: ['expectations', 'missing', 'behaviors'], value: ['A'] };
    const edits = [{ path: ['title'], value: 'Lead Engineer' }, broken];
    const thrown = (() => {
      try {
        applyYamlEdits(file, edits);
        return undefined;
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(YamlEditError);
    expect((thrown as YamlEditError).edit).toBe(broken);
  });
});

describe('yamlPathAt', () => {
  it('finds the deepest key or value at an offset', () => {
    const at = (needle: string) => yamlPathAt(file, file.indexOf(needle));
    expect(at('3 # the depth')).toEqual(['expectations', 'design', 'proficiency']);
    expect(at('Owns SLOs')).toEqual(['expectations', 'design', 'behaviors', 2]);
    expect(at('the services.')).toEqual(['expectations', 'design', 'behaviors', 2]);
    expect(at('proficiency:')).toEqual(['expectations', 'design', 'proficiency']);
    expect(at('Lead')).toEqual(['title']);
  });

  it('turns a line and column into an offset', () => {
    expect(file.slice(offsetOf(file, 2, 8), offsetOf(file, 2, 12))).toBe('Lead');
  });
});
