import { asStrings, dataOf, defineRule, entriesOf, reporter } from '../rule.ts';
import { expectationInDoubt, unresolved } from '../unresolved.ts';

const isMap = (v: unknown): boolean => typeof v === 'object' && v !== null && !Array.isArray(v);

export const missingExpectation = defineRule({
  id: 'missing-expectation',
  description:
    'Every level has an expectation for every competency of its track (a competency lists its tracks in `competencies.yaml`), and a statement for every theme of the shared expectations (`shared-expectations.yaml`).',
  hint: 'Add an expectation for the competency to the level’s `expectations` map, or a sentence for the theme to its `sharedExpectations`.',
  check(content) {
    const { problems, report } = reporter('missing-expectation');
    const u = unresolved(content);
    for (const level of entriesOf(content, 'roles')) {
      // A file that holds no map (left empty, or a list) is the schema's to report, once (invalid-type):
      // it misses nothing in particular, and a line for each theme would bury the one real cause.
      if (!isMap(level.data)) continue;
      const d = dataOf(level);
      const expectations = (d['expectations'] ?? {}) as Record<string, unknown>;
      for (const c of entriesOf(content, 'competencies')) {
        if (!asStrings(dataOf(c)['tracks']).includes(String(d['track'])) || c.id in expectations || expectationInDoubt(u, level.id, c.id)) continue;
        report(level, 'expectations' in d ? ['expectations'] : [], `level \`${level.id}\` has no expectation for competency \`${c.id}\``, { expected: `an \`expectations.${c.id}\` entry`, found: 'nothing' }, true);
      }
      const shared = (d['sharedExpectations'] ?? {}) as Record<string, unknown>;
      for (const theme of entriesOf(content, 'sharedExpectations'))
        if (!(theme.id in shared))
          report(level, 'sharedExpectations' in d ? ['sharedExpectations'] : [], `level \`${level.id}\` says nothing for the shared expectation \`${theme.id}\``, { expected: `a \`sharedExpectations.${theme.id}\` sentence`, found: 'nothing' }, true);
    }
    return problems;
  },
});
