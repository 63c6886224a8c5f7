import { dataCollectionsByName } from '../../../../schemas/collections.ts';
import { sourceFile } from '../../seed-coverage.ts';
import { normalizeText } from '../../seed-text.ts';
import { readSourceUnits } from '../../source-units.ts';
import { didYouMean } from '../did-you-mean.ts';
import { asList, dataOf, defineRule, reporter } from '../rule.ts';

export const sourceDeparture = defineRule({
  id: 'source-departure',
  description:
    'Each departure recorded in `content/sources/departures.yaml` names a level with a role description as received (`content/sources/<level-id>.txt`) and one of its sentences, bullets or cells word for word, once; a departure that names nothing would excuse nothing and mislead the next editor.',
  hint: 'Copy the text as the coverage check prints it (`seed line N (kind): …`, each unit the pages no longer show), or remove the entry if the pages show the unit again.',
  check(content) {
    const { problems, report } = reporter('source-departure');
    const unitsByLevel = new Map<string, string[] | undefined>();
    for (const entry of content.entries.filter((e) => e.collection === dataCollectionsByName.sourceDepartures.name)) {
      const seen = new Set<string>();
      asList(dataOf(entry)['departures']).forEach((item, i) => {
        const departure = (item ?? {}) as Record<string, unknown>;
        const { source, text } = departure;
        if (typeof source !== 'string' || typeof text !== 'string') return; // the schema reports it
        if (!unitsByLevel.has(source)) unitsByLevel.set(source, readSourceUnits(content.root, source)?.map((u) => u.text));
        const units = unitsByLevel.get(source);
        if (!units) {
          report(entry, ['departures', i, 'source'], `\`${source}\` has no role description as received to depart from`, {
            expected: `a level whose source is in content/sources/ (${sourceFile('<level-id>')})`,
            found: `no file ${sourceFile(source)}`,
          });
          return;
        }
        const unit = normalizeText(text);
        if (!units.includes(unit)) {
          // A slip or a changed word or two: within a quarter of the text's length.
          const meant = didYouMean(unit, units, Math.floor(unit.length / 4));
          report(entry, ['departures', i, 'text'], `the text is not a sentence, bullet or table cell of ${sourceFile(source)}`, {
            expected: meant ? `a unit word for word, such as “${meant}”` : 'a unit word for word, as the seed-coverage test prints it',
            found: `“${unit}”`,
          });
          return;
        }
        const key = `${source}\n${unit}`;
        if (seen.has(key)) report(entry, ['departures', i, 'text'], 'the same departure is recorded twice', { expected: 'each unit once', found: `“${unit}” again` });
        seen.add(key);
      });
    }
    return problems;
  },
});
