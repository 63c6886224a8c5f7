import { asStrings, dataOf, defineRule, entriesOf, reporter } from '../rule.ts';

export const trackFocus = defineRule({
  id: 'track-focus',
  description:
    'A competency that more than one track expects says, in `trackFocus`, how each of its tracks applies it, and only for its tracks; comparisons across tracks show these sentences instead of calling a lower number less depth.',
  hint: 'Add a `trackFocus` sentence for each track in the competency’s `tracks`, and remove entries for other tracks.',
  check(content) {
    const { problems, report } = reporter('track-focus');
    for (const c of entriesOf(content, 'competencies')) {
      const d = dataOf(c);
      const tracks = asStrings(d['tracks']);
      const focus = d['trackFocus'] && typeof d['trackFocus'] === 'object' ? (d['trackFocus'] as Record<string, unknown>) : {};
      if (tracks.length > 1)
        for (const track of tracks.filter((t) => typeof focus[t] !== 'string'))
          report(c, 'trackFocus' in d ? ['trackFocus'] : ['tracks'], `competency \`${c.id}\` spans several tracks but does not say how track \`${track}\` applies it`, {
            expected: `a \`trackFocus.${track}\` sentence`,
            found: 'nothing',
          }, 'trackFocus' in d);
      for (const key of Object.keys(focus).filter((k) => !tracks.includes(k)))
        report(c, ['trackFocus', key], `\`trackFocus\` names track \`${key}\`, which is not one of the competency’s tracks`, {
          expected: `one of ${tracks.join(', ')}`,
          found: `\`${key}\``,
        }, true);
    }
    return problems;
  },
});
