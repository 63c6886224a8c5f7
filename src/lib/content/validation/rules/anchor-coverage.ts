import { asList, dataOf, defineRule, entriesOf, reporter, type Data } from '../rule.ts';
import { unresolved } from '../unresolved.ts';
import type { PathKey } from '../yaml-source.ts';

export const anchorCoverage = defineRule({
  id: 'anchor-coverage',
  description:
    'In a role’s `hiring.yaml`, every rubric of an interview kit and every entry of `scorecardAnchors` has one anchor per rating of the role’s scorecard scale, and every dimension of the scorecard has exactly one entry in `scorecardAnchors` (the calculator shows it).',
  hint: 'Write an anchor for each rating of the scorecard scale, and one `scorecardAnchors` entry for each scorecard dimension.',
  check(content) {
    const { problems, report } = reporter('anchor-coverage');
    const { unknownDimensions } = unresolved(content);
    for (const h of entriesOf(content, 'hiring')) {
      const scorecard = entriesOf(content, 'scorecards').find((s) => s.id === h.id);
      if (!scorecard) continue;
      const d = dataOf(h);
      const ratings = asList(dataOf(scorecard)['scale']).map((r) => String(r['rating']));
      const everyRating = (path: PathKey[], anchors: unknown) => {
        const list = asList(anchors);
        const missing = ratings.filter((r) => !list.some((a) => String(a['rating']) === r));
        if (missing.length && list.length)
          report(h, path, `no anchor for rating ${missing.join(', ')} of the scorecard scale`, { expected: `one anchor for each rating ${ratings.join(', ')}`, found: `ratings ${list.map((a) => String(a['rating'])).join(', ')}` }, true);
      };
      asList(d['exercises']).forEach((x, i) =>
        asList((x['kit'] as Data | undefined)?.['rubrics']).forEach((r, j) => everyRating(['exercises', i, 'kit', 'rubrics', j, 'anchors'], r['anchors'])),
      );
      const anchored = asList(d['scorecardAnchors']);
      anchored.forEach((a, i) => everyRating(['scorecardAnchors', i, 'anchors'], a['anchors']));
      if (!('scorecardAnchors' in d)) continue;
      for (const dimension of new Set(asList(dataOf(scorecard)['dimensions']).map((dim) => String(dim['competency'])))) {
        // A dimension that is no competency is broken-reference's to report: no anchors could name it.
        if (unknownDimensions.get(h.id)?.has(dimension)) continue;
        const entries = anchored.filter((a) => a['competency'] === dimension).length;
        if (entries !== 1)
          report(h, ['scorecardAnchors'], `scorecard dimension \`${dimension}\` needs exactly one entry in \`scorecardAnchors\``, { expected: 'one entry per dimension of scorecard.yaml', found: `${entries}` }, true);
      }
    }
    return problems;
  },
});
