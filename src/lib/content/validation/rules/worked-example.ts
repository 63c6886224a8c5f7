import { computeScorecard, formatScore, toScorecardModel } from '../../../hiring/scorecard.ts';
import { asList, dataOf, defineRule, entriesOf, reporter, type Data } from '../rule.ts';
import { dimensionInDoubt, unresolved } from '../unresolved.ts';

export const workedExample = defineRule({
  id: 'worked-example',
  description:
    'The worked example of an interview scorecard (`workedExample` in `scorecard.yaml`) rates every dimension on the scale, and the score and band it states are the ones the scorecard computes, decision floors applied.',
  hint: 'Give the example one rating per dimension, then write the score and band the report names as computed (a change of weights or floors changes them).',
  check(content) {
    const { problems, report } = reporter('worked-example');
    const u = unresolved(content);
    for (const s of entriesOf(content, 'scorecards')) {
      const d = dataOf(s);
      const example = d['workedExample'] as Data | undefined;
      if (!example || typeof example !== 'object') continue;
      const ratings = (example['ratings'] ?? {}) as Record<string, unknown>;
      const scale = asList(d['scale']).map((r) => r['rating']);
      const dimensions = asList(d['dimensions']);
      const competencies = dimensions.map((dim) => String(dim['competency']));
      // A misspelled dimension (broken-reference reports it) is not asked for, and a rating of the dimension as it was meant is not refused.
      const missing = competencies.filter((c) => !(c in ratings) && !dimensionInDoubt(u, s.id, c));
      const unknown = Object.keys(ratings).filter((c) => !competencies.includes(c) && !dimensionInDoubt(u, s.id, c));
      const offScale = Object.entries(ratings).filter(([, r]) => !scale.includes(r));
      if (missing.length) report(s, ['workedExample', 'ratings'], `the worked example does not rate ${missing.map((c) => `\`${c}\``).join(', ')}`, { expected: 'a rating for every dimension', found: `${Object.keys(ratings).length} of ${competencies.length}` }, true);
      for (const c of unknown) report(s, ['workedExample', 'ratings', c], `the worked example rates \`${c}\`, which is not a dimension of this scorecard`, { expected: competencies.join(', '), found: c }, true);
      for (const [c, r] of offScale) report(s, ['workedExample', 'ratings', c], `the worked example rates \`${c}\` ${String(r)}, which is not on the scale`, { expected: scale.join(', '), found: String(r) });
      // The score of a scorecard with a misspelled dimension cannot be computed as it was meant.
      if (missing.length || unknown.length || offScale.length || u.unknownDimensions.has(s.id)) continue;
      try {
        const model = toScorecardModel({ ...(d as unknown as Parameters<typeof toScorecardModel>[0]), role: s.id, roleTitle: s.id, redFlags: [] });
        const result = computeScorecard(model, { ratings: ratings as Record<string, number>, notes: {}, redFlags: [] });
        const score = formatScore(result.score ?? 0, model.bands);
        if (typeof example['score'] === 'number' && formatScore(example['score'], model.bands) !== score)
          report(s, ['workedExample', 'score'], 'the worked example states a score the scorecard does not compute', { expected: score, found: formatScore(example['score'], model.bands) });
        if (typeof example['band'] === 'string' && result.band && example['band'] !== result.band.id)
          report(s, ['workedExample', 'band'], 'the worked example states a band the scorecard does not compute', { expected: result.band.id, found: example['band'] });
      } catch {
        // A scorecard the schema refuses is reported by the schema rules.
      }
    }
    return problems;
  },
});
